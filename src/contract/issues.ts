import type * as z from 'zod/mini';
import type { core } from 'zod/mini';
import { isValidationKey, validationMessage, type ValidationKey } from './i18n/validation.js';
import { mapIssue } from './i18n/registry.js';
import type { Bilingual, Params } from './i18n/format.js';

/**
 * One problem with one field: where (dot path, `vehicles.0.dot`), which rule
 * (a message key and its params) and what to tell a person, in both languages.
 */
export interface FieldError {
  path: string;
  key: ValidationKey;
  params?: Params;
  message: Bilingual;
}

type Issue = core.$ZodIssue & { input?: unknown };

/** Joins a zod path the way our API and forms name fields. */
export const joinPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

const isMissing = (v: unknown) => v === undefined || v === null || v === '';

/** Maps zod's built-in issue codes to our keys; our own rules already carry a key as their message. */
function keyOf(issue: Issue): { key: ValidationKey; params?: Params } {
  if (issue.code === 'custom' && isValidationKey(issue.message)) {
    return { key: issue.message, params: (issue.params as Params | undefined) ?? undefined };
  }
  // A missing choice (an enum, a literal list, a union) is "required" like any
  // missing field; only an agreement keeps its "you need to accept" message.
  if ((issue.code === 'invalid_value' || issue.code === 'invalid_union') && isMissing(issue.input)) {
    const agreement = issue.code === 'invalid_value' && issue.values.length === 1 && issue.values[0] === true;
    if (!agreement) return { key: 'required' };
  }
  const shape = mapIssue(issue as never);
  if (shape) return shape as { key: ValidationKey; params?: Params };
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue.input)) return { key: 'required' };
      if (issue.expected === 'number' || issue.expected === 'int') return { key: issue.expected === 'int' ? 'integer' : 'number' };
      return { key: 'invalid' };
    case 'too_small': {
      const min = Number(issue.minimum);
      return { key: issue.inclusive ? 'min' : 'gt', params: { min } };
    }
    case 'too_big':
      return { key: 'max', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      if (issue.values.length === 1 && issue.values[0] === true) return { key: 'mustBeTrue' };
      return { key: 'oneOf', params: { values: issue.values.map(String) } };
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'email' : 'format' };
    case 'not_multiple_of':
      return { key: 'integer' };
    default:
      return { key: 'invalid' };
  }
}

/** Turns zod issues into field errors, one per field (the first problem found is the one a person fixes first). */
export function toFieldErrors(issues: readonly core.$ZodIssue[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const raw of issues) {
    const issue = raw as Issue;
    const paths =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path as PropertyKey[]];
    for (const p of paths) {
      const path = joinPath(p);
      if (seen.has(path)) continue;
      seen.add(path);
      const { key, params } = keyOf(issue);
      out.push(params ? { path, key, params, message: validationMessage(key, params) } : { path, key, message: validationMessage(key) });
    }
  }
  return out;
}

/** The result of checking a body against a contract schema: typed data, or field errors. */
export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

/** Parses with `reportInput` so a missing field reads "required", not "wrong type". */
export function checkWith<S extends z.ZodMiniType>(schema: S, input: unknown): Checked<z.output<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, data: r.data } : { ok: false, errors: toFieldErrors(r.error.issues) };
}
