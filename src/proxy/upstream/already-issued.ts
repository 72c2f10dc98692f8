/**
 * The insurer's refusal to issue an offer twice names the policy it already
 * became. The Assets docs leave the wording of that 409 open; the sandbox
 * says "…turned into policy SBX-MTR 100001." / "…transformată în polița
 * SBX-MTR 100001." (docs/sandbox.md). This is the one place that reads it, so
 * a real insurer's wording is added here and nowhere else.
 */

export interface PolicyName {
  series: string;
  number: string;
}

// "policy", "polița", "poliței", "politei" — then a series (letters, digits, dashes) and a number.
const NAMED = /\bpoli\S*\s+([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\s+(?:(?:no|nr|number)\.?\s*)?(\d{1,18})\b/iu;

/** The series and number an insurer's messages name, or undefined when none does. */
export function policyNamedIn(messages: readonly string[]): PolicyName | undefined {
  for (const m of messages) {
    const hit = NAMED.exec(m);
    if (hit) return { series: hit[1]!, number: hit[2]! };
  }
  return undefined;
}
