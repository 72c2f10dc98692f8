/**
 * The wire mode: what the insurer's API itself accepts, as opposed to what a
 * person may type. The schemas read friendly input — "+40 722 123 456",
 * "2.396,50", termTime "12", "true", "Michelin", a CNP with spaces — and hand
 * on the canonical value; the elements and the proxy rely on that and send
 * only the canonical value upstream. On the wire, only that value is valid.
 *
 * So a body is wire-valid when the schemas accept it AND it already is what
 * they hand on (surrounding whitespace aside). Every rule stays in the
 * schemas, once; this module only compares what came in with what the
 * schemas would send, and names the first field where they differ. The
 * sandbox insurer uses it; no element imports it, so it costs a widget
 * nothing (and the lenient exports are untouched).
 */
import type * as z from 'zod/mini';
import { checkWith, joinPath, type Checked, type FieldError } from './issues.js';
import { validationMessage, type ValidationKey } from './i18n/validation.js';
import { PRODUCTS, detectProduct, type ProductBody, type ProductKey } from './products/index.js';
import './i18n/messages/wire.js';
import './i18n/messages/identifiers.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Obj, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * A field's own wording where the docs give its format ("Exactly 10 digits
 * (without prefix)"); any other field gets the generic `wire.canonical`.
 */
const FORMAT_KEYS: Record<string, ValidationKey> = { mobileNumber: 'phone.format' };

/** What the schema makes of `input`, even where some fields fail (their values are then unused). */
function canonicalForm(schema: z.ZodMiniType, input: unknown): unknown {
  // zod's own parse step, as safeParse runs it, but keeping the value it built
  // when some field failed, so wire problems come in the same answer as the
  // schema's. The errors themselves come from the public checkWith.
  const run = (schema as unknown as { _zod: { run: (p: { value: unknown; issues: unknown[] }, ctx: object) => { value: unknown } } })._zod.run;
  const out = run({ value: input, issues: [] }, { async: false, reportInput: true });
  return out instanceof Promise ? undefined : out.value;
}

/** Fields where `input` is not already its canonical form (absent fields and stripped keys are not compared). */
function differences(input: unknown, output: unknown, path: PropertyKey[], out: { path: PropertyKey[]; key: ValidationKey }[]): void {
  if (input === output || output === undefined) return;
  if (Array.isArray(output)) {
    if (Array.isArray(input)) output.forEach((o, i) => differences(input[i], o, [...path, i], out));
    return;
  }
  if (isObj(output)) {
    if (isObj(input)) for (const k of Object.keys(output)) if (own(input, k)) differences(input[k], output[k], [...path, k], out);
    return;
  }
  if (typeof output === 'number' && typeof input !== 'number') out.push({ path, key: 'wire.number' });
  else if (typeof output === 'boolean' && typeof input !== 'boolean') out.push({ path, key: 'wire.boolean' });
  else if (typeof output === 'string') {
    if (typeof input !== 'string') out.push({ path, key: 'wire.text' });
    // Surrounding whitespace is the one thing let through: the docs say nothing of it, and trimming loses nothing.
    else if (input.trim() !== output) out.push({ path, key: FORMAT_KEYS[String(path[path.length - 1])] ?? 'wire.canonical' });
  }
}

/** Is `inner` the same path as `outer` or below it? */
const within = (inner: string, outer: string) => outer === '' || inner === outer || inner.startsWith(`${outer}.`);

/**
 * Checks `input` as the API receives it: the schema's rules, and every value
 * already in its canonical form and JSON type. The schema's own errors come
 * first; a wire error is added only where the schema found nothing at or
 * above that field.
 */
export function checkWire<S extends z.ZodMiniType>(schema: S, input: unknown): Checked<z.output<S>> {
  const lenient = checkWith(schema, input);
  const found: { path: PropertyKey[]; key: ValidationKey }[] = [];
  differences(input, canonicalForm(schema, input), [], found);
  const taken = lenient.ok ? [] : lenient.errors.map((e) => e.path);
  const wire: FieldError[] = found
    .map(({ path, key }) => ({ path: joinPath(path), key, message: validationMessage(key) }))
    .filter((e) => !taken.some((t) => within(e.path, t)));
  if (lenient.ok && wire.length === 0) return lenient;
  return { ok: false, errors: [...(lenient.ok ? [] : lenient.errors), ...wire] };
}

/** `checkProduct` (products/index.ts) in wire mode: the product key, then its schema via `checkWire`. */
export function checkProductWire(body: unknown): { ok: true; key: ProductKey; data: ProductBody } | { ok: false; key?: ProductKey; errors: FieldError[] } {
  const found = detectProduct(body);
  if (!found.ok) return found;
  const r: Checked<ProductBody> = checkWire(PRODUCTS[found.key].schema, body);
  return r.ok ? { ok: true, key: found.key, data: r.data } : { ok: false, key: found.key, errors: r.errors };
}
