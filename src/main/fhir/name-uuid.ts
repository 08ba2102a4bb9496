import { createHash } from 'node:crypto';

/**
 * RFC 4122 §4.3 name-based UUIDs (version 5, SHA-1): the same namespace and name always give the same UUID, so an
 * exported episode's resources keep their ids from one export to the next. SHA-1 is what the RFC specifies for
 * version 5; it makes ids, it protects nothing.
 */
export function nameBasedUuid(namespace: string, name: string): string {
  const space = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (space.length !== 16) throw new TypeError(`Not a UUID: ${namespace}`);
  const hash = createHash('sha1').update(space).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Duet's namespace for the ids in its FHIR exports (a fixed random UUID; never change it). */
export const DUET_FHIR_NAMESPACE = '5b0b7c2e-4f57-4d5e-9a3c-2f6d1e8a7b41';

export const fhirUuidFor = (name: string): string => nameBasedUuid(DUET_FHIR_NAMESPACE, name);
