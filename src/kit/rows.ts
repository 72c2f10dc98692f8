import type { FormController, Values } from './form.js';

/**
 * A repeated section (vehicles, solar items, coverages): rows `base.<i>.<field>` in the form's flat
 * values, their count under the form's own key `$rows:<base>`. Only a product with one loads this.
 */
export const countKey = (base: string) => `$rows:${base}`;

/** How many rows the section has now. */
export const rowCount = (form: FormController, base: string): number => Number(form.values[countKey(base)] ?? 0);

/** Adds an empty row at the end; returns its index. */
export function addRow(form: FormController, base: string): number {
  const n = rowCount(form, base);
  form.assign({ [countKey(base)]: String(n + 1) });
  return n;
}

/** Removes row `index`: the rows after it move up one, with what was typed in them (and their names, `$base.<i>…`). */
export function removeRow(form: FormController, base: string, index: number): void {
  const rowOf = (k: string): number => {
    const rest = k.startsWith(`${base}.`) ? k.slice(base.length + 1) : k.startsWith(`$${base}.`) ? k.slice(base.length + 2) : undefined;
    return rest === undefined ? -1 : Number(rest.split('.')[0]);
  };
  const next: Values = {};
  for (const [k, v] of Object.entries(form.values)) {
    const i = rowOf(k);
    if (i < index) next[k] = v;
    else if (i > index) next[k.replace(`${base}.${i}.`, `${base}.${i - 1}.`)] = v;
    // A refusal of the proxy on a row that moved no longer names its field.
    if (i >= index) form.serverError(k, '');
  }
  next[countKey(base)] = String(Math.max(0, rowCount(form, base) - 1));
  form.assign(next, true);
}

/**
 * The section's part of the body as its rows stand: one entry per row, an empty row an empty object
 * (so each of its fields gets its own "required"), never a hole that shifts another row's errors.
 */
export function rowsBody(body: Record<string, unknown>, values: Values, base: string): Record<string, unknown> {
  const keys = base.split('.');
  let node = body;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  const list = ((node[keys.at(-1)!] ??= []) as unknown[]);
  list.length = Math.max(list.length, Number(values[countKey(base)] ?? 0));
  for (let i = 0; i < list.length; i++) list[i] ??= {};
  return body;
}

/** Copies row `index` into a new row right after it (the rows after move down one); returns the new row's index. */
export function duplicateRow(form: FormController, base: string, index: number): number {
  const n = rowCount(form, base);
  const next: Values = {};
  // From the last row down, each moves one place; then the copy takes the place after the original.
  for (const [k, v] of Object.entries(form.values)) {
    const m = new RegExp(`^(\\$?)${base.replace(/\./g, '\\.')}\\.(\\d+)\\.(.*)$`).exec(k);
    const i = m ? Number(m[2]) : -1;
    if (i > index) next[`${m![1]}${base}.${i + 1}.${m![3]}`] = v;
    else next[k] = v;
    if (i === index) next[`${m![1]}${base}.${i + 1}.${m![3]}`] = v;
  }
  next[countKey(base)] = String(n + 1);
  form.assign(next, true);
  return index + 1;
}

/**
 * Writes many rows at once (a paste from a spreadsheet), from row `at` on, adding rows as needed: one
 * change of the form, so the body is validated once, not once a row. Returns the paths written.
 */
export function putRows(form: FormController, base: string, at: number, rows: readonly Values[]): string[] {
  const next: Values = {};
  rows.forEach((row, r) => {
    for (const [field, v] of Object.entries(row)) {
      next[`${base}.${at + r}.${field}`] = v;
      // A name a list kept for the cell's old value (`$<path>`) goes with it.
      next[`$${base}.${at + r}.${field}`] = '';
    }
  });
  next[countKey(base)] = String(Math.max(rowCount(form, base), at + rows.length));
  form.assign(next);
  return Object.keys(next).filter((k) => !k.startsWith('$'));
}
