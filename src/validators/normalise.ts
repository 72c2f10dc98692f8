/**
 * Input clean-up shared by the validators: people paste identifiers with
 * spaces and dashes ("1630615 123457", "CJ-59-LIH"), and in any case.
 * A non-string (from untyped JS callers) becomes '', which every validator rejects.
 */
export function compactUpper(input: unknown): string {
  return typeof input === 'string' ? input.replace(/[\s-]+/g, '').toUpperCase() : '';
}
