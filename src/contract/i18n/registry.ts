import type { Bilingual } from './format.js';

/**
 * Validation messages live beside the rules that emit them (messages/*.ts),
 * each with its English and Romanian, and register here when their module is
 * loaded. So an element bundles only the messages of the rules it uses.
 */
const registry = new Map<string, Bilingual>();

export function defineMessages<const M extends Record<string, Bilingual>>(messages: M): M {
  for (const [key, text] of Object.entries(messages)) registry.set(key, text);
  return messages;
}

export const lookupMessage = (key: string): Bilingual | undefined => registry.get(key);

/** A message key and its params for one zod issue. */
export type Keyed = { key: string; params?: Record<string, string | number | readonly (string | number)[]> };
type Mapper = (issue: { code: string } & Record<string, unknown>) => Keyed | undefined;
const mappers: Mapper[] = [];

/** Adds a mapping from zod issues to message keys (shapes only an API caller breaks register theirs with their messages). */
export const addIssueMapper = (m: Mapper): void => {
  mappers.push(m);
};

export const mapIssue: Mapper = (issue) => {
  for (const m of mappers) {
    const found = m(issue);
    if (found) return found;
  }
  return undefined;
};
