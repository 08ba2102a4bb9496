/**
 * The activity log: who-did-what-when for IT and audits, without any clinical content. An entry names the
 * session only by its random id, never by the patient label or any answer.
 */
/** 'expired': deleted by Duet itself because the practice's retention period had passed (see main/retention.ts). */
export const AUDIT_ACTIONS = [
  'created',
  'opened',
  'printed',
  'pdf-saved',
  'exported',
  'deleted',
  'expired',
  'follow-up-started',
  'follow-up-deleted',
  /** An episode saved as a FHIR R4 bundle for a health record (issue 12). */
  'fhir-exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  /** ISO 8601 time (UTC). */
  at: string;
  action: AuditAction;
  sessionId: string;
}

/** How many entries listAuditLog returns (newest first); the file itself keeps everything. */
export const AUDIT_LIST_LIMIT = 500;
