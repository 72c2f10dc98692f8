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
