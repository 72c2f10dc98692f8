import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldError } from '../contract/issues.js';
import type { Locale, Params } from '../contract/i18n/format.js';

/**
 * The form's state is one flat map from body path (`tire.dot`,
 * `policyholder.address.county`, `tireFleet.vehicles.3.dot`) to what the
 * customer typed. Paths are the contract's field paths, so a validation error —
 * ours or the proxy's — lands on its field by name. Keys starting with `$` are
 * the form's own (a brand id for a lookup, the person kind, a row count) and
 * never go into the body.
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

const isIndex = (k: string) => /^\d+$/.test(k);

/**
 * Builds the nested request body from the flat values, dropping blanks and the form's own keys.
 * A numeric segment is an array index (`vehicles.3.dot` → `vehicles[3].dot`), as a repeated section's
 * rows are (a repeated section fills the rows left empty: rows.ts).
 */
export function toBody(values: Values, keep: (path: string) => boolean = () => true): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    if (path.startsWith('$') || value === '' || !keep(path)) continue;
    const keys = path.split('.');
    let node = body;
    keys.slice(0, -1).forEach((k, i) => (node = (node[k] ??= isIndex(keys[i + 1]!) ? [] : {}) as Record<string, unknown>));
    node[keys.at(-1)!] = value;
  }
  return body;
}

/** Merges body parts (each step builds its own) into one request body. */
export function merge(into: Record<string, unknown>, part: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(part)) {
    const have = into[k];
    into[k] = have && v && typeof have === 'object' && typeof v === 'object' && !Array.isArray(v) ? merge(have as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return into;
}

/** The values under any of these path prefixes. */
export function pick(values: Values, prefixes: readonly string[]): Values {
  // A loop, not entries → filter → fromEntries: each step's body picks from every value at every keystroke.
  const out: Values = {};
  for (const k in values) if (prefixes.some((p) => k.startsWith(p))) out[k] = values[k]!;
  return out;
}

/** A DOM id for a field path, unique within the element's shadow root. */
export const fieldId = (path: string): string => `f-${path.replace(/[^\w-]/g, '-')}`;

export interface FormOptions {
  /** Every problem with the whole body now (the product's contract schema over its steps' parts). */
  validate(): FieldError[];
  /** The step a path belongs to, so its error shows once that step was submitted. */
  stepOf(path: string): string | undefined;
  language(): Locale;
}

/**
 * The form's state as a controller: values, what the customer touched, which steps they tried to
 * leave, the proxy's refusals, and the errors of the contract schema — shown only after
 * interaction (a field left, a submit attempt) and never while the customer types in that field.
 * Repeated sections (vehicles, items) are rows `base.<i>.<field>` (see rows.ts).
 */
export class FormController implements ReactiveController {
  values: Values = {};
  errors = new Map<string, FieldError>();
  #touched = new Set<string>();
  #submitted = new Set<string>();
  #editing?: string;
  #server = new Map<string, string>();
  #dirty = true;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: FormOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.#dirty) return;
    this.#dirty = false;
    this.errors = new Map(this.o.validate().map((e) => [e.path, e]));
  }

  /** Sets values (several at once; all of them with `replace`); the errors follow on the next update. */
  assign(values: Values, replace = false): void {
    this.values = replace ? values : { ...this.values, ...values };
    this.#dirty = true;
    this.host.requestUpdate();
  }

  val = (path: string): string => {
    const v = this.values[path];
    return typeof v === 'string' ? v : '';
  };

  checked = (path: string): boolean => this.values[path] === true;

  set = (path: string, value: string | boolean): void => {
    this.assign({ [path]: value });
    this.#editing = typeof value === 'string' ? path : undefined;
    this.#server.delete(path);
  };

  touch = (path: string): void => {
    this.#touched.add(path);
    if (this.#editing === path) this.#editing = undefined;
    // Shown a moment later: an error appearing at once would move the button a click is on.
    setTimeout(() => this.host.requestUpdate(), 150);
  };

  err = (path: string): string | undefined => {
    if (path === this.#editing) return undefined;
    const server = this.#server.get(path);
    if (server) return server;
    const step = this.o.stepOf(path);
    const shown = this.#touched.has(path) || (step !== undefined && this.#submitted.has(step));
    return shown ? this.errors.get(path)?.message[this.o.language()] : undefined;
  };

  /** Marks many fields left at once (rows pasted in): their errors show, after one update. */
  touchAll(paths: readonly string[]): void {
    for (const p of paths) this.#touched.add(p);
    this.host.requestUpdate();
  }

  /** A refusal from the proxy (or a check only the flow makes), shown on its field until it is edited; `''` forgets it. */
  serverError(path: string, message: string): void {
    if (message) this.#server.set(path, message);
    else this.#server.delete(path);
    this.host.requestUpdate();
  }

  /** Marks a step submitted: from now on its fields show their errors. Returns them. */
  submit(step: string): FieldError[] {
    this.#submitted.add(step);
    this.#editing = undefined;
    this.host.requestUpdate();
    return [...this.errors.values()].filter((e) => this.o.stepOf(e.path) === step);
  }

  /** Back to these values, nothing touched or submitted. */
  reset(values: Values): void {
    this.values = values;
    this.#dirty = true;
    this.#touched.clear();
    this.#submitted.clear();
    this.#server.clear();
    this.host.requestUpdate();
  }
}
