/**
 * Fault knobs, so the proxy and the elements can be tested against a partner
 * that is slow, failing, silent or garbled. Shares are deterministic — a share
 * r fires on exactly ⌊n·r⌋ of the first n eligible calls (0.5: every second
 * call) — so a test can count on them without retrying.
 */
import * as z from 'zod/mini';
import { checkWith, type Checked } from '../contract/issues.js';

export const FAULT_STATUSES = [500, 502, 503, 504] as const;

export interface Faults {
  /** Milliseconds added before every faulted route answers. */
  latencyMs: number;
  /** Share of calls answered with `errorStatus` and the error envelope. */
  errorRate: number;
  errorStatus: (typeof FAULT_STATUSES)[number];
  /** Share of calls never answered, until the client gives up (or the sandbox closes). */
  timeoutRate: number;
  /** Share of calls answered with a truncated JSON body (status and headers as usual). */
  malformedRate: number;
  /** Share of authenticated calls whose token expires on the spot (401, the client must renew). */
  tokenExpiryRate: number;
  /** Only these routes ('POST /offer', 'GET /nomenclature/locality/:county'…); empty means every route. */
  routes: string[];
}

export const NO_FAULTS: Faults = {
  latencyMs: 0,
  errorRate: 0,
  errorStatus: 503,
  timeoutRate: 0,
  malformedRate: 0,
  tokenExpiryRate: 0,
  routes: [],
};

const share = () => z.optional(z.number().check(z.gte(0), z.lte(1)));
export const faultsInput = z.strictObject({
  latencyMs: z.optional(z.number().check(z.gte(0), z.lte(600_000))),
  errorRate: share(),
  errorStatus: z.optional(z.union(FAULT_STATUSES.map((s) => z.literal(s)) as unknown as [z.ZodMiniLiteral<Faults['errorStatus']>])),
  timeoutRate: share(),
  malformedRate: share(),
  tokenExpiryRate: share(),
  routes: z.optional(z.array(z.string())),
});

/** Checks a (partial) fault setting; unset knobs are off. */
export function checkFaults(input: unknown): Checked<Faults> {
  const r = checkWith(faultsInput, input ?? {});
  return r.ok ? { ok: true, data: { ...NO_FAULTS, ...stripUndefined(r.data) } } : r;
}

/** Like checkFaults, for configuration: throws on a bad value. */
export function normaliseFaults(input: Partial<Faults>): Faults {
  const r = checkFaults(input);
  if (!r.ok) throw new Error(`Invalid sandbox faults: ${r.errors.map((e) => `${e.path} ${e.message.en}`).join('; ')}`);
  return r.data;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export type FaultKnob = 'errorRate' | 'timeoutRate' | 'malformedRate' | 'tokenExpiryRate';

/** Decides, call by call, which knobs fire. A new setting starts counting afresh. */
export class FaultPlan {
  private readonly seen = new Map<FaultKnob, number>();
  constructor(readonly faults: Faults) {}

  applies(route: string): boolean {
    return this.faults.routes.length === 0 || this.faults.routes.includes(route);
  }

  /** Whether this knob fires for this call of `route`; counts the call either way. */
  fires(knob: FaultKnob, route: string): boolean {
    const rate = this.faults[knob];
    if (rate <= 0 || !this.applies(route)) return false;
    const n = this.seen.get(knob) ?? 0;
    this.seen.set(knob, n + 1);
    return Math.floor((n + 1) * rate + 1e-9) > Math.floor(n * rate + 1e-9);
  }
}

/** A JSON body cut in half: the start of a real answer, unparseable. */
export function truncateJson(text: string): string {
  const cut = Math.max(1, Math.floor(text.length / 2));
  return text.slice(0, cut);
}
