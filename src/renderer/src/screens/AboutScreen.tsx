// Placeholder until the About screen lands (owned by the evidence/plan/print helper).
export function AboutScreen() {
  return null;
}
