import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PublicPolicy } from '../contract/public-api.js';
import type { OfferSummary } from './events.js';
import type { Values } from './form.js';

/**
 * The flow's draft in sessionStorage, so a reload mid-flow loses as little as
 * it may. What goes in is chosen by DraftController: nothing about the
 * customer, no offer or policy capability — except an issuance whose outcome
 * is not known yet. Storage can be missing or full (private modes): then we
 * simply don't keep it.
 */
export function loadDraft<T>(key: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    /* no storage: the flow still works, it just won't survive a reload */
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    /* nothing stored */
  }
}

/**
 * One draft per element instance: the page's path, then the element's tag and id —
 * else its place among the same tags in its root — and likewise for each
 * component it sits in. So two elements never share a draft, and after a
 * reload each finds its own again where the host renders them in the same order.
 */
export function draftKey(el: Element): string {
  let where = '';
  for (let n: Element | undefined = el; n; ) {
    const root = n.getRootNode() as ShadowRoot;
    where = `/${n.localName}${n.id ? `#${n.id}` : `:${[...root.querySelectorAll(n.localName)].indexOf(n)}`}${where}`;
    n = root.host;
  }
  return `lih:${location.pathname}${where}`;
}

/** One idempotency key per issuance attempt: the same offer and payment reuse it, so a retry cannot issue twice. */
export interface Attempt {
  key: string;
  /** The offer's terms (nothing personal) and its opaque id: enough to ask again and to tell the host. */
  offer: OfferSummary;
  doc: string;
}

/**
 * What survives a reload, in sessionStorage under a key of its own per element
 * (see draftKey). Nothing about the customer and no offer or policy capability,
 * with one exception: an issuance whose outcome is not known yet.
 */
export interface Draft {
  /** The form's values without the personal ones. */
  v: Values;
  /** The step's id. */
  s: string;
  /** Only between the issue click and a known outcome: a paid policy must never be lost. */
  a?: Attempt;
  /** After issuance: the series and number, so a reload still says the policy is issued (no capability). */
  p?: Pick<PublicPolicy, 'series' | 'number'>;
}

/**
 * Keeps the element's draft: read once, on its first connection (a moved element keeps its state
 * and its key), written shortly after updates and at once when the page goes away. `snapshot` says what to keep now; paths for which
 * `personal` is true — who the customer is and how to reach them — are never written: they stay in
 * memory and the customer types them again after a reload.
 */
export class DraftController implements ReactiveController {
  key = '';
  /** What the first connection found, until the flow has taken it. */
  restored?: Draft;
  #later?: ReturnType<typeof setTimeout>;
  // The page going away (reload, navigation, a phone switching apps) writes what is pending.
  readonly #flush = () => this.#later && this.save();
  readonly #hidden = () => document.visibilityState === 'hidden' && this.#flush();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly snapshot: () => Draft,
    private readonly personal: (path: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#hidden);
    if (this.key) return;
    this.key = draftKey(this.host);
    this.restored = loadDraft<Draft>(this.key);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#hidden);
  }

  /**
   * Written a moment after the updates of a burst of typing, not after each: a 200-vehicle draft is
   * ~100 kB, and sessionStorage writes synchronously on the keystroke's frame.
   */
  hostUpdated(): void {
    this.#later ??= setTimeout(() => this.save(), 300);
  }

  /** Writes the draft now (also before a request leaves: a reload meanwhile must find it). */
  save(): void {
    clearTimeout(this.#later);
    this.#later = undefined;
    // A detached element (the page reloaded it away, the host removed it) no longer speaks for the page.
    if (!this.host.isConnected) return;
    const d = this.snapshot();
    saveDraft(this.key, { ...d, v: Object.fromEntries(Object.entries(d.v).filter(([k]) => !this.personal(k))) });
  }

  clear(): void {
    clearTimeout(this.#later);
    this.#later = undefined;
    clearDraft(this.key);
  }
}
