import type { Params } from '../contract/i18n/format.js';

/**
 * The form's state is one flat map from body path (`tire.dot`,
 * `policyholder.address.county`) to what the customer typed. Paths are the
 * contract's field paths, so a validation error — ours or the proxy's — lands
 * on its field by name. Keys starting with `$` are the form's own (a brand id
 * for a lookup, the person kind) and never go into the body.
 */
export type Values = Record<string, string | boolean>;

/** What every field render function needs from the element that hosts it. */
export interface FormHost {
  t(key: string, params?: Params): string;
  val(path: string): string;
  checked(path: string): boolean;
  /** The error to show on a field now (after blur, a submit attempt, or from the proxy). */
  err(path: string): string | undefined;
  set(path: string, value: string | boolean): void;
  touch(path: string): void;
  requestUpdate(): void;
}

/** Builds the nested request body from the flat values, dropping blanks and the form's own keys. */
export function toBody(values: Values, keep: (path: string) => boolean = () => true): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    if (path.startsWith('$') || value === '' || !keep(path)) continue;
    const keys = path.split('.');
    let node = body;
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  }
  return body;
}

/** A DOM id for a field path, unique within the element's shadow root. */
export const fieldId = (path: string): string => `f-${path.replace(/[^\w-]/g, '-')}`;
