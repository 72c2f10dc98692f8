/**
 * What the fuzz files share: the seed and run counts, a mutation engine over
 * the fixtures' valid bodies (random JSON rarely gets past the first check),
 * the values that break things, and the check every error answer must pass.
 *
 * Replay: FUZZ_SEED=<printed seed> (dates in the fixtures follow today, so a
 * replay on another day mutates bodies whose dates moved with it).
 * Longer: FUZZ_RUNS=200000 npm run fuzz (the total, shared as below).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, addYears, today } from '../../src/contract/clock.js';
import { PRODUCT_KEYS, type ProductKey } from '../../src/contract/products/index.js';
import type { ProxyConfigInput } from '../../src/proxy/config.js';
import { BODIES, address, company, foreigner, individual } from '../support/fixtures.js';

export const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
/** Generated bodies per run, all files together. */
export const TOTAL_RUNS = Math.max(100, Number(process.env.FUZZ_RUNS ?? 12_000));
/** A target's share of the total (the Assets shares add up to 1; casco.test.ts adds 0.13 on top). */
export const runsFor = (share: number): number => Math.max(1, Math.round(TOTAL_RUNS * share));

/** Thousands of requests from one address: limits high enough that a 429 never stands in for an answer. */
export function unlimited(c: ProxyConfigInput): void {
  const lots = { requests: 1_000_000_000, windowSeconds: 60 };
  c.rateLimits = { perClient: lots, perNetwork: lots, perSite: { ...lots, reservedRequests: 0 }, failedSecrets: { failures: 1_000_000_000, windowSeconds: 60 } };
}

/** fast-check options: the run's seed, so a failure replays. */
export const fcOptions = (numRuns: number) => ({ seed: SEED, numRuns });

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/**
 * Deep nesting is spliced into the JSON text as a placeholder string, so the
 * test never builds (or stack-overflows on) a 40,000-deep value itself.
 */
const DEEP = '\u0000deep:';
const deep = (depth: number, kind: 'array' | 'object') => `${DEEP}${kind}:${depth}\u0000`;
export function serialise(body: unknown): string {
  return JSON.stringify(body).replace(/"\\u0000deep:(array|object):(\d+)\\u0000"/g, (_, kind: string, n: string) => {
    const depth = Number(n);
    return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  });
}

/** Sets an own property, even one named __proto__ (plain assignment would change the prototype instead). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const EVIL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '', ' ', '0', 'length'];

/** JSON with __proto__/constructor/prototype keys as own properties. */
const evilObject = fc
  .tuple(fc.constantFrom(...EVIL_KEYS), fc.constantFrom<Json>(null, 1, 'x', [], {}, { polluted: true }, { toString: 'x' }, { toString: null, valueOf: null }))
  .map(([k, v]) => {
    const o: Record<string, unknown> = {};
    setOwn(o, k, v);
    return o;
  });

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Dates around every window: the product rules', the calendar's (1900–2100) and impossible ones. */
export const dateArb = fc.oneof(
  fc.constantFrom('9999-12-31', '0000-00-00', '0001-01-01', '0099-12-31', '0100-01-01', '1899-12-31', '1900-01-01', '2100-12-31', '2101-01-01', '2024-02-29', '2025-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '20260101', ' 2026-01-01 ', '2026-01-01T00:00:00Z'),
  fc.integer({ min: -800, max: 800 }).map((d) => addDays(today(), d)),
  fc.integer({ min: -130, max: 80 }).map((n) => addYears(today(), n)),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([yy, m, d]) => `${pad(yy, 4)}-${pad(m)}-${pad(d)}`),
);

/** Numbers at the edges of every bound and of floating point. JSON has no NaN or Infinity (1e400 parses as Infinity). */
export const numberArb = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 0.005, 11, 12, 13, 24, 36, 48, 60, 72, 73, 99, 100, 101, 120, 121, 999, 1000, 1001, 2000, 2001, 4999, 5000, 8000, 8000.01, 9999, 10_000, 10_001, 50_000, 50_001, 100_000, 100_001, 150_000, 150_001, 180_000, 180_001, 999_999, 1_000_000, 1_000_001, 2 ** 31, 2 ** 53, 2 ** 53 + 2, 1e20, 1e21, 1e300, 1e308, 1.7976931348623157e308, -1e308, 5e-324),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const hugeString = fc.constantFrom('x'.repeat(20_000), 'ș'.repeat(8_000), '😀'.repeat(4_000), '\u0000'.repeat(500), ' '.repeat(10_000));
export const stringArb = fc.oneof(
  fc.constantFrom('', ' ', '\t\n', 'null', 'true', 'false', 'NaN', 'Infinity', '1e20', '1e400', '9'.repeat(400), '-0', '0x10', '12', '1.000.000,50', '2.396,5', '8.000', '__proto__', 'constructor', 'CJ', 'michelin', 'CI', 'registered', 'personal', 'M1', 'Volkswagen', 'javascript:alert(1)', 'http://localhost', 'www.firma.ro', '%00', '\u202e', '\ud800', '<script>'),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  hugeString,
);

/** Anything JSON can hold, and the shapes that trip parsers: nulls, wrong containers, deep nesting, evil keys. */
export const weirdArb: fc.Arbitrary<unknown> = fc.oneof(
  // Copies: a constant put into one body and changed there must not change the next body.
  { arbitrary: fc.constantFrom<Json>(null, true, false, [], {}, [null], [[]], [{}], { '': null }).map((v) => structuredClone(v)), weight: 4 },
  // String(), Number(), < and zod's length checks throw on these.
  { arbitrary: fc.constantFrom<Json>({ toString: null }, { length: { toString: null } }, { length: 1e308 }, { valueOf: 'x', toString: 'y' }).map((v) => structuredClone(v)), weight: 1 },
  { arbitrary: numberArb, weight: 4 },
  { arbitrary: stringArb, weight: 4 },
  { arbitrary: dateArb, weight: 2 },
  { arbitrary: evilObject, weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom(2, 50, 1000, 5000, 8000, 40_000), fc.constantFrom<'array' | 'object'>('array', 'object')).map(([d, k]) => deep(d, k)), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);

/** Whole subtrees from valid bodies, to graft where they do not belong (a company where a tyre goes). */
export const ASSETS_GRAFTS: readonly (() => unknown)[] = [individual, company, foreigner, address, () => ({ ...company(), hasRelationsWithRussiaOrBelarus: false }), ...PRODUCT_KEYS.map((k) => () => (BODIES[k]() as Record<string, unknown>)[k])];

/** One change to a body at one of its paths (`at` is reduced modulo the number of paths). */
export type Mutation =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'addKey'; at: number; key: string; value: unknown }
  | { op: 'wrap'; at: number; as: 'array' | 'object' }
  | { op: 'tweak'; at: number; pick: number; value: unknown }
  | { op: 'graft'; at: number; make: () => unknown }
  | { op: 'repeat'; at: number; times: number };

const at = fc.nat();

/**
 * The mutations of one API's bodies: `keys` are the names worth adding where
 * they do not belong (its product keys), `grafts` its valid subtrees.
 */
export function mutationsFor(opts: { keys: readonly string[]; grafts: readonly (() => unknown)[] }): fc.Arbitrary<Mutation> {
  return fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('set' as const), at, value: weirdArb }), weight: 5 },
    { arbitrary: fc.record({ op: fc.constant('delete' as const), at }), weight: 2 },
    {
      arbitrary: fc.record({ op: fc.constant('addKey' as const), at, key: fc.oneof(fc.constantFrom(...EVIL_KEYS, ...opts.keys), fc.string()), value: weirdArb }),
      weight: 2,
    },
    { arbitrary: fc.record({ op: fc.constant('wrap' as const), at, as: fc.constantFrom<'array' | 'object'>('array', 'object') }), weight: 1 },
    // Type-aware: a number scaled or stringified, a date moved, a boolean as text; `value` is the fallback.
    { arbitrary: fc.record({ op: fc.constant('tweak' as const), at, pick: fc.nat(), value: fc.oneof(numberArb, dateArb, stringArb) }), weight: 6 },
    { arbitrary: fc.record({ op: fc.constant('graft' as const), at, make: fc.constantFrom(...opts.grafts) }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('repeat' as const), at, times: fc.constantFrom(0, 2, 10, 100, 101, 1001) }), weight: 1 },
  );
}

/** The Assets bodies' mutations. */
export const mutationArb: fc.Arbitrary<Mutation> = mutationsFor({ keys: PRODUCT_KEYS, grafts: ASSETS_GRAFTS });

/** Every path in a value, the root ([]) first. */
export function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

const get = (root: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);

/** Replaces the value at `path` (the root is replaced by returning the new root). */
function put(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) parent[key as number] = value;
  else setOwn(parent, String(key), value);
  return root;
}

/** A value of the same kind, moved to an edge: what a near-miss of a valid field looks like. */
function tweak(current: unknown, pick: number, fallback: unknown): unknown {
  if (typeof current === 'number') {
    const options = [current * 10 ** (1 + (pick % 308)), -current, current + 0.5, current + 1, current - 1, String(current), ` ${current} `, 0, current * 1000, Number.MAX_SAFE_INTEGER];
    return options[pick % options.length];
  }
  if (typeof current === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(current)) return typeof fallback === 'string' ? fallback : edgeDate(pick);
  if (typeof current === 'string') {
    // At most 100,000 characters: past the body limit already, and mutations compound.
    const options = [current.toUpperCase(), current.toLowerCase(), ` ${current} `, current.slice(0, 200).repeat(1 + (pick % 500)), `${current}\u0000`, '', typeof fallback === 'string' ? fallback : current];
    return options[pick % options.length];
  }
  if (typeof current === 'boolean') return [String(current), String(!current), !current, current ? 1 : 0, null][pick % 5];
  if (Array.isArray(current)) return [[], [...current, ...current], current.map(() => null), current.slice(0, 1)][pick % 4];
  if (current && typeof current === 'object') return [{}, [current], Object.keys(current)][pick % 3];
  return fallback;
}
const edgeDate = (pick: number) => ['9999-12-31', '1899-12-31', '2100-12-31', '2101-01-01', addDays(today(), (pick % 200) - 100)][pick % 5];

/** Applies mutations in order to a copy of `body`. */
export function mutate(body: unknown, mutations: readonly Mutation[]): unknown {
  let root: unknown = structuredClone(body);
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    const current = get(root, path);
    switch (m.op) {
      case 'set':
        root = put(root, path, structuredClone(m.value));
        break;
      case 'delete':
        if (path.length === 0) root = undefined;
        else {
          const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown>;
          if (Array.isArray(parent)) parent.splice(path[path.length - 1] as number, 1);
          else delete parent[path[path.length - 1]!];
        }
        break;
      case 'addKey':
        if (current && typeof current === 'object' && !Array.isArray(current)) setOwn(current as Record<string, unknown>, m.key, structuredClone(m.value));
        else root = put(root, path, { [m.key]: structuredClone(m.value) });
        break;
      case 'wrap':
        root = put(root, path, m.as === 'array' ? [current] : { value: current });
        break;
      case 'tweak':
        root = put(root, path, structuredClone(tweak(current, m.pick, m.value)));
        break;
      case 'graft':
        root = put(root, path, m.make());
        break;
      case 'repeat': {
        // Copies of one item, or of the value; at most ~300 kB of them (the body limit is 64 kB).
        const item = Array.isArray(current) ? current : [current];
        const size = JSON.stringify(item[0] ?? null)?.length ?? 4;
        const times = Math.min(m.times, Math.max(2, Math.floor(300_000 / size)));
        root = put(root, path, Array.from({ length: times }, (_, i) => structuredClone(item[i % Math.max(1, item.length)] ?? null)));
        break;
      }
    }
    if (root === undefined) root = null;
  }
  return root;
}

/** A valid body from `make`, changed by one to four of `mutations`. */
export const mutatedArb = (make: () => unknown, mutations: fc.Arbitrary<Mutation> = mutationArb): fc.Arbitrary<unknown> =>
  fc.array(mutations, { minLength: 1, maxLength: 4 }).map((ms) => mutate(make(), ms));

/** A valid body of one product, changed by one to four mutations. */
export const mutatedBodyArb = fc
  .tuple(fc.constantFrom<ProductKey>(...PRODUCT_KEYS), fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
  .map(([key, mutations]) => ({ key, body: mutate(BODIES[key](), mutations) }));

/** One move of a leaf to an edge of its kind (`at` and `pick` are reduced modulo what there is). */
export type Edge = { at: number; pick: number; number: number; date: string };

/** Numbers the bounds care about: the edges themselves and ordinary values. */
const edgeNumber = fc.oneof(numberArb, fc.integer({ min: 0, max: 200_000 }), fc.double({ min: 0, max: 10_000, noNaN: true }));
export const edgeArb: fc.Arbitrary<Edge> = fc.record({ at: fc.nat(), pick: fc.nat(), number: edgeNumber, date: dateArb });

/**
 * Moves one leaf of a valid body to an edge of its kind; the body often stays
 * valid. An object under a key of `swap` is replaced by what it makes (another
 * valid person), any other object is deleted.
 */
export function moveToEdge(body: Record<string, unknown>, e: Edge, swap: Record<string, (pick: number) => unknown> = {}): void {
  const paths = pathsOf(body).filter((p) => p.length > 0);
  const path = paths[e.at % paths.length]!;
  const parent = get(body, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  const value = parent[key];
  if (typeof value === 'number') parent[key] = [e.number, String(e.number), Math.round(e.number)][e.pick % 3];
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) parent[key] = e.date;
  else if (typeof value === 'string' && /^\d+$/.test(value)) parent[key] = String(Math.round(e.number));
  else if (typeof value === 'string') parent[key] = [value, `  ${value}  `, value.repeat(50), `${value} ăîșțâ 😀`, value.toUpperCase()][e.pick % 5];
  else if (typeof value === 'boolean') parent[key] = [!value, String(value)][e.pick % 2];
  else if (Array.isArray(value)) {
    const n = [2, 10, 100, 1000, 0][e.pick % 5]!;
    parent[key] = Array.from({ length: n }, (_, i) => structuredClone(value[i % value.length]));
  } else if (typeof key === 'string' && Object.hasOwn(swap, key)) parent[key] = swap[key]!(e.pick);
  else if (!Array.isArray(parent)) delete parent[key];
}

/** Counts answers by status, per target, for the figures a run prints. */
export class Tally {
  readonly byTarget = new Map<string, Map<number, number>>();
  readonly started = performance.now();
  add(target: string, status: number): void {
    const m = this.byTarget.get(target) ?? new Map<number, number>();
    m.set(status, (m.get(status) ?? 0) + 1);
    this.byTarget.set(target, m);
  }
  count(target?: string): number {
    let n = 0;
    for (const [t, m] of this.byTarget) if (target === undefined || t === target) for (const c of m.values()) n += c;
    return n;
  }
  statuses(target: string): Map<number, number> {
    return this.byTarget.get(target) ?? new Map();
  }
  report(): string {
    const lines = [...this.byTarget].map(([t, m]) => {
      const s = [...m].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
      return `${t}: ${this.count(t)} (${s})`;
    });
    return `${this.count()} requests in ${((performance.now() - this.started) / 1000).toFixed(1)} s, seed ${SEED} — ${lines.join('; ')}`;
  }
}

/**
 * What every 4xx must look like: `{errors: [{path, message, key?}], correlationId}`
 * with string paths and words in the messages; and no status of 500 or more.
 */
export function assertAnswer(what: string, status: number, text: string): void {
  assert.ok(status < 500, `${what} → ${status}: ${text.slice(0, 500)}`);
  if (status < 400) return;
  let body: { errors?: unknown; correlationId?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    assert.fail(`${what} → ${status} is not JSON: ${text.slice(0, 200)}`);
  }
  assert.equal(typeof body.correlationId, 'string', `${what} → ${status}: no correlationId in ${text.slice(0, 300)}`);
  assert.ok(Array.isArray(body.errors) && body.errors.length > 0, `${what} → ${status}: no errors in ${text.slice(0, 300)}`);
  for (const e of body.errors as Record<string, unknown>[]) {
    assert.equal(typeof e.path, 'string', `${what} → ${status}: path not a string in ${text.slice(0, 300)}`);
    assert.ok(typeof e.message === 'string' && e.message.trim() !== '', `${what} → ${status}: empty message in ${text.slice(0, 300)}`);
    assert.ok(e.key === undefined || typeof e.key === 'string', `${what} → ${status}: key not a string in ${text.slice(0, 300)}`);
  }
  const extra = Object.keys(body).filter((k) => !['errors', 'correlationId', 'data'].includes(k));
  assert.deepEqual(extra, [], `${what} → ${status}: unexpected keys`);
}

/** A short, replayable description of a body for a failure message. */
export const describeBody = (text: string): string => (text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text);

