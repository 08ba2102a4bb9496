// Placeholder until the print work lands (owned by the evidence/plan/print helper).
export function PrintScreen(_props: { sessionId: string }) {
  return null;
}
