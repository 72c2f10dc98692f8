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
  /**
   * Each call waits latencyMs ± up to this many milliseconds (never below 0),
   * drawn from a generator seeded afresh with each setting, so two runs see the
   * same delays. Optional so that full Faults objects written before it still type-check.
   */
  latencyJitterMs?: number;
  /** Share of calls answered with `errorStatus` and the error envelope. */
  errorRate: number;
  errorStatus: (typeof FAULT_STATUSES)[number];
  /** Share of calls never answered, until the client gives up (or the sandbox closes). */
  timeoutRate: number;
  /** Share of calls answered with a truncated JSON body (status and headers as usual). */
  malformedRate: number;
  /**
   * Share of calls whose connection is dropped after the route ran: the work is
   * done (an offer made, a policy issued) but the caller never hears of it.
   */
  dropRate: number;
  /** Share of authenticated calls whose token expires on the spot (401, the client must renew). */
  tokenExpiryRate: number;
  /** Only these routes ('POST /offer', 'GET /nomenclature/locality/:county'…); empty means every route. */
  routes: string[];
  /**
   * Only calls for these insurers (the `provider.organization.businessName`
   * of a Casco offer request), so one insurer of a comparison can fail or be
   * slow while the others answer; unset or empty means every call. A call
   * that names no insurer is covered only when this is empty.
   */
  insurers?: string[];
  /**
   * Further settings in force at the same time, each with its own routes and
   * insurers (one insurer failing while another is slow). A call waits the
   * longest latency that covers it; a knob fires when any setting fires it.
   */
  also?: Partial<Omit<Faults, 'also'>>[];
}

export const NO_FAULTS: Faults = {
  latencyMs: 0,
  latencyJitterMs: 0,
  errorRate: 0,
  errorStatus: 503,
  timeoutRate: 0,
  malformedRate: 0,
  dropRate: 0,
  tokenExpiryRate: 0,
  routes: [],
};

const share = () => z.optional(z.number().check(z.gte(0), z.lte(1)));
const faultSetting = {
  latencyMs: z.optional(z.number().check(z.gte(0), z.lte(600_000))),
  latencyJitterMs: z.optional(z.number().check(z.gte(0), z.lte(600_000))),
  errorRate: share(),
  errorStatus: z.optional(z.union(FAULT_STATUSES.map((s) => z.literal(s)) as unknown as [z.ZodMiniLiteral<Faults['errorStatus']>])),
  timeoutRate: share(),
  malformedRate: share(),
  dropRate: share(),
  tokenExpiryRate: share(),
  routes: z.optional(z.array(z.string())),
  insurers: z.optional(z.array(z.string())),
};
/** At most this many settings beside the main one: enough for any comparison of insurers. */
export const MAX_ALSO_FAULTS = 10;
export const faultsInput = z.strictObject({
  ...faultSetting,
  also: z.optional(z.array(z.strictObject(faultSetting)).check(z.maxLength(MAX_ALSO_FAULTS))),
});

/** Checks a (partial) fault setting; unset knobs are off. */
export function checkFaults(input: unknown): Checked<Faults> {
  const r = checkWith(faultsInput, input ?? {});
  if (!r.ok) return r;
  const { also, ...main } = r.data;
  const data: Faults = { ...NO_FAULTS, ...stripUndefined(main) };
  if (also?.length) data.also = also.map((f) => ({ ...NO_FAULTS, ...stripUndefined(f) }));
  return { ok: true, data };
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

export type FaultKnob = 'errorRate' | 'timeoutRate' | 'malformedRate' | 'dropRate' | 'tokenExpiryRate';

/** Decides, call by call, which knobs fire. A new setting starts counting afresh. */
export class FaultPlan {
  private readonly seen = new Map<FaultKnob, number>();
  // mulberry32's state; a fixed seed, so the n-th delayed call of a setting always gets the same jitter.
  private jitterState = 0x9e3779b9;
  /** The settings of `also`, each counting its own calls. */
  private readonly others: FaultPlan[];
  constructor(readonly faults: Faults) {
    this.others = (faults.also ?? []).map((f) => new FaultPlan({ ...NO_FAULTS, ...f }));
  }

  applies(route: string, insurer?: string): boolean {
    const { routes, insurers = [] } = this.faults;
    const forInsurer = insurers.length === 0 || (insurer !== undefined && insurers.includes(insurer));
    return forInsurer && (routes.length === 0 || routes.includes(route));
  }

  /** Milliseconds to wait before this call of `route` answers: latencyMs plus its jitter, 0 when not covered. */
  latency(route: string, insurer?: string): number {
    return Math.max(this.ownLatency(route, insurer), ...this.others.map((p) => p.latency(route, insurer)));
  }

  private ownLatency(route: string, insurer?: string): number {
    const { latencyMs, latencyJitterMs = 0 } = this.faults;
    if ((latencyMs <= 0 && latencyJitterMs <= 0) || !this.applies(route, insurer)) return 0;
    if (latencyJitterMs <= 0) return latencyMs;
    return Math.max(0, latencyMs + (2 * this.random() - 1) * latencyJitterMs);
  }

  /** mulberry32: uniform in [0, 1). */
  private random(): number {
    let t = (this.jitterState = (this.jitterState + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Whether this knob fires for this call of `route`; counts the call either way. */
  fires(knob: FaultKnob, route: string, insurer?: string): boolean {
    return this.firing(knob, route, insurer) !== undefined;
  }

  /** The setting that fires this knob for this call (every setting counts the call), or undefined. */
  firing(knob: FaultKnob, route: string, insurer?: string): Faults | undefined {
    const own = this.ownFires(knob, route, insurer);
    const other = this.others.map((p) => p.firing(knob, route, insurer)).find((f) => f !== undefined);
    return own ? this.faults : other;
  }

  private ownFires(knob: FaultKnob, route: string, insurer?: string): boolean {
    const rate = this.faults[knob];
    if (rate <= 0 || !this.applies(route, insurer)) return false;
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
