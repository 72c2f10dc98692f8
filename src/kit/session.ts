import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkWith } from '../contract/issues.js';
import { today } from '../contract/clock.js';
import { validationMessage } from '../contract/i18n/validation.js';
import { ISSUANCE_UNKNOWN, newQuoteRef, type OffersResponse, type PublicOffer, type PublicPolicy } from '../contract/public-api.js';
import { ProxyError } from './client.js';
import { document as proxyDocument, issue as proxyIssue, quote as proxyQuote } from './calls.js';
import { LihErrorEvent, LihOfferSelectedEvent, LihOffersLoadedEvent, LihPolicyIssuedEvent, type OfferSummary } from './events.js';
import type { Attempt } from './draft.js';
import type { OffersStep, QuoteContext, SessionState } from './flow.js';
import type { FailureState } from './sections/banner.js';

/** What a host learns of an offer: its terms, never who asked for it. */
const summary = ({ offerId, product, premiumAmount, currency, termTime, package: pkg, startDate, endDate }: PublicOffer): OfferSummary => ({
  offerId,
  product,
  premiumAmount,
  currency,
  termTime,
  package: pkg,
  startDate,
  endDate,
});

/**
 * An answer to `POST /v1/policies` that leaves the outcome unknown: no answer at all, the proxy's
 * `issuance.unknown`, the key still held by another of its processes, or a gateway's bare 502/504.
 * Then only the same request with the same key may ask again.
 */
const unknownOutcome = (e: ProxyError): boolean =>
  !e.status || e.key === ISSUANCE_UNKNOWN || e.key === 'idempotency.inProgress' || ((e.status === 502 || e.status === 504) && !e.errors.length);

export const fieldsFailure = (n: number): FailureState => (n > 1 ? { key: 'err.fields', params: { n } } : { key: 'err.field' });

/** A random key for one issuance attempt (crypto.randomUUID is missing on plain-http host pages). */
export const newKey = (): string =>
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

type Host = QuoteContext & ReactiveControllerHost;

/**
 * The proxy session of one element: quote (each variant of the body), select, issue with one
 * idempotency key per attempt — asking again with the same key and body while the outcome is
 * unknown, by itself and on "Check again", also after a reload — and the documents; it tells the
 * host through the `lih-*` events, never with personal data.
 */
export class Session implements ReactiveController, SessionState {
  offers: PublicOffer[] = [];
  /** The answers the offers came in, whole (a multi-insurer answer says what became of each insurer). */
  answers: OffersResponse[] = [];
  /** The last quote's failure: its status and what the proxy added (each insurer's outcome when none answered). */
  failed?: { status: number; data?: unknown };
  selected?: string;
  /** The requests the offers on hand answer (none after a failure): the same again is not asked again. */
  quoted?: string;
  /** The height of the step that asked, in px, for the offers' placeholder while they come. */
  hold?: number;
  /** Without `policyId` when restored after a reload: the capability is not kept, only what to tell the customer. */
  policy?: Partial<PublicPolicy> & Pick<PublicPolicy, 'series' | 'number'>;
  busy: false | 'quote' | 'issue' | 'download' = false;
  checking: false | 'asking' | 'soon' | 'later' = false;
  #attempt?: Attempt;
  /** True from the issue click until the outcome is known: nothing else may happen meanwhile. */
  #pending = false;
  #resume = false;
  #tries = 0;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly h: Host) {
    // What the draft kept: an attempt whose outcome is unknown is resolved before anything else.
    const d = h.draft.restored;
    h.draft.restored = undefined;
    if (d?.p) this.policy = d.p;
    if (d?.a) {
      this.#attempt = d.a;
      this.#pending = true;
      // A casco offer is read as any other (its product aside).
      this.offers = [{ ...d.a.offer, installments: [] } as PublicOffer];
      this.selected = d.a.offer.offerId;
      this.checking = 'asking';
    }
    h.addController(this);
  }

  get pending(): boolean {
    return this.#pending;
  }

  snapshot() {
    const p = this.policy;
    return { a: this.#pending ? this.#attempt : undefined, p: p && { series: p.series, number: p.number } };
  }

  // Asked (again) once connected with a proxy: a moved element re-asks.
  hostConnected(): void {
    this.#resume = this.#pending;
    this.h.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  hostUpdated(): void {
    if (this.#resume && this.h.client) {
      this.#resume = false;
      this.#tries = 0;
      void this.#ask();
    }
  }

  #set(): void {
    this.h.requestUpdate();
  }

  // ——— failures ———
  /** Turns any failure into a banner that says what to do next, and tells the host (without personal data). */
  fail(e: unknown, retry: () => void): void {
    const h = this.h;
    const err = this.tell(e);
    const key = err.key;
    const fieldErrors = err.errors.map((x) => ({ ...x, path: h.fieldPath?.(x.path) ?? x.path })).filter((x) => x.path && h.stepOf(x.path));
    if ((err.status === 400 || err.status === 422) && fieldErrors.length) {
      for (const x of fieldErrors) h.form.serverError(x.path, x.message);
      const step = h.flow.find((s) => fieldErrors.some((x) => h.stepOf(x.path) === s))!;
      h.go(step.id);
      h.failure = fieldsFailure(fieldErrors.length);
      return;
    }
    const again = { key: 'retry', run: retry };
    if (key === 'offer.expired' || err.status === 410) h.failure = { key: 'err.expired', action: { key: 'getOffers', run: () => ((this.quoted = undefined), this.toOffers()) } };
    else if (err.status === 0) h.failure = { key: 'err.network', action: again };
    // Another attempt on these offers (another tab's, or one whose key was lost) is not resolved yet.
    else if (key === 'quote.issuing' || key === 'offer.issuing') h.failure = { key: 'err.issuing', action: again };
    else if (err.status === 429) h.failure = { key: 'err.rate', action: again };
    else if (err.status >= 500) h.failure = { key: 'err.upstream', action: again };
    else h.failure = { key: 'err.generic', text: err.errors[0]?.message, action: again };
  }

  /** Tells the host of a failure (without personal data). */
  tell(e: unknown): ProxyError {
    const err = e instanceof ProxyError ? e : new ProxyError(0);
    this.h.dispatchEvent(new LihErrorEvent({ status: err.status, key: err.key ?? (err.status ? `http.${err.status}` : 'network'), correlationId: err.correlationId }));
    return err;
  }

  /** Runs one call to the proxy: busy while it lasts, a banner with its retry when it fails. */
  async #run(busy: 'quote' | 'download', job: () => Promise<void>, retry: () => unknown): Promise<void> {
    // One call at a time: buttons stay focusable while busy (aria-disabled), so a press is ignored here.
    if (this.busy) return;
    this.busy = busy;
    this.h.failure = undefined;
    this.#set();
    try {
      await job();
    } catch (e) {
      this.fail(e, retry);
    } finally {
      this.busy = false;
      this.#set();
    }
  }

  // ——— quoting ———
  /** The step that quotes: every form step up to it is checked first (after a reload the customer's details are asked again). */
  toOffers = (): void => {
    const h = this.h;
    const quoting = h.flow.find((s) => s.quotes)!;
    // Back to the first step with errors, with its banner and focus on its first field.
    const wrong = h.flow.slice(0, h.flow.indexOf(quoting) + 1).find((s) => s.paths && !h.submit(s));
    if (!wrong) return this.#quote();
    if (h.step !== wrong) {
      h.go(wrong.id);
      h.submit(wrong);
    }
  };

  #quote = (): void => {
    const h = this.h;
    const parsed = checkWith(h.schema, h.body());
    const client = h.client;
    if (!client || !parsed.ok) return;
    const quoting = h.flow.findIndex((s) => s.quotes);
    const offersStep = h.flow[quoting + 1] as OffersStep;
    const bodies = offersStep.variants?.(parsed.data as Record<string, unknown>) ?? [parsed.data];
    const key = JSON.stringify(bodies);
    // The same answers as the offers on hand (Back and forth): those offers, and the one chosen, while they are valid.
    const fresh = this.offers.every((o) => !o.offerExpiryDate || o.offerExpiryDate >= today());
    if (key === this.quoted && fresh && this.offers.length) return h.go(offersStep.id);
    // The step's height, kept by the skeleton while the offers come (the panel does not collapse).
    this.hold = (h as unknown as HTMLElement).shadowRoot?.querySelector('form')?.offsetHeight;
    h.go(offersStep.id);
    this.offers = [];
    this.answers = [];
    this.failed = undefined;
    this.selected = this.quoted = undefined;
    void this.#run(
      'quote',
      async () => {
        // One quote for all variants (the tyre's 12 and 24 months), asked in parallel.
        const quoteId = newQuoteRef();
        const answers = await Promise.all(bodies.map((b) => proxyQuote(client, b, quoteId))).catch((e: unknown) => {
          this.failed = e instanceof ProxyError ? { status: e.status, data: e.data } : { status: 0 };
          throw e;
        });
        this.quoted = key;
        this.answers = answers;
        this.offers = answers.flatMap((a, i) => a.offers.map((o) => offersStep.read?.(o, bodies[i] as Record<string, unknown>) ?? o));
        h.announce(h.t('offers.found', { n: this.offers.length }));
        h.dispatchEvent(new LihOffersLoadedEvent({ product: h.product, offers: this.offers.map(summary) }));
      },
      this.#quote,
    );
  };

  select(o: PublicOffer): void {
    if (this.#pending) return;
    this.selected = o.offerId;
    this.h.failure = undefined;
    this.#set();
    this.h.dispatchEvent(new LihOfferSelectedEvent(summary(o)));
  }

  get chosen(): PublicOffer | undefined {
    return this.offers.find((o) => o.offerId === this.selected);
  }

  // ——— issuance ———
  issue = (): void => {
    const h = this.h;
    const offer = this.chosen;
    const client = h.client;
    // While an attempt's outcome is unknown no other may start: not this offer anew, not another of the quote.
    if (!offer || !client || this.busy || this.#pending) return;
    const doc = h.val('payment.documentNumber').trim();
    if (h.siteConfig?.payment.documentNumberRequired && !doc) {
      h.form.serverError('payment.documentNumber', validationMessage('required')[h.language]);
      h.failure = fieldsFailure(1);
      h.focusLater();
      return;
    }
    // Same offer and payment: the same key, so asking again — whatever the last answer was — can never issue twice.
    const a = this.#attempt;
    this.#attempt = a && a.offer.offerId === offer.offerId && a.doc === doc ? a : { key: newKey(), offer: summary(offer), doc };
    this.#pending = true;
    // Stored before the request leaves: a reload while it is under way must ask for its outcome, never issue anew.
    h.draft.save();
    void this.#ask();
  };

  /** Sends the attempt — the first time, or again with the same key and body — until its outcome is known. */
  #ask = async (): Promise<void> => {
    const a = this.#attempt;
    const client = this.h.client;
    if (!a || !client || this.busy || !this.h.isConnected) return;
    clearTimeout(this.#timer);
    this.busy = 'issue';
    this.h.failure = undefined;
    if (this.checking) this.checking = 'asking';
    this.#set();
    let policy: PublicPolicy | undefined;
    try {
      policy = (await proxyIssue(client, a.offer.offerId, a.key, a.doc || undefined)).policy;
    } catch (e) {
      const err = e instanceof ProxyError ? e : new ProxyError(0);
      // 409 `offer.issued`: the offer already became a policy (an earlier attempt's): that is the outcome.
      policy = err.key === 'offer.issued' ? err.data?.policy : undefined;
      if (!policy) this.#unresolved(err);
    } finally {
      this.busy = false;
      this.#set();
    }
    if (policy) this.#issued(policy, a.offer);
  };

  /** No policy in the answer: still unknown (check, and ask again later), or known not issued (a banner). */
  #unresolved(err: ProxyError): void {
    if (!unknownOutcome(err)) {
      // Known: nothing was issued. The customer may change what the answer asks and try again.
      this.#pending = false;
      this.checking = false;
      this.fail(err, this.issue);
      return;
    }
    if (!this.checking) {
      this.tell(err);
      this.#tries = 0;
      this.h.announce(this.h.t('check.body'));
      this.h.focusLater();
    }
    const delay = (this.h.constructor as unknown as { recheckDelays: readonly number[] }).recheckDelays[this.#tries++];
    this.checking = delay === undefined ? 'later' : 'soon';
    if (delay !== undefined) this.#timer = setTimeout(this.#ask, delay);
  }

  /** "Check again": ask now, then a few more times by itself. */
  recheck = (): void => {
    this.#tries = 0;
    void this.#ask();
  };

  #issued(policy: PublicPolicy, offer: OfferSummary): void {
    const h = this.h;
    clearTimeout(this.#timer);
    this.#pending = false;
    this.checking = false;
    this.#attempt = undefined;
    // Its offers are spent: the same answers again ask for new ones.
    this.quoted = undefined;
    this.policy = policy;
    h.form.reset(h.initialValues());
    h.go(h.flow.at(-1)!.id);
    h.announce(h.t('docs.issued', { series: policy.series, number: policy.number }));
    h.dispatchEvent(new LihPolicyIssuedEvent({ ...offer, policyId: policy.policyId, series: policy.series, number: String(policy.number) }));
  }

  // ——— documents ———
  download(kind: 'offers' | 'policies', id: string, name: string): void {
    const again = () => this.download(kind, id, name);
    void this.#run(
      'download',
      async () => {
        const url = URL.createObjectURL(await proxyDocument(this.h.client!, kind, id));
        const a = document.createElement('a');
        a.href = url;
        a.download = name;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      again,
    );
  }

  /** A new quote from the start: prefill and defaults only, nothing of the last one kept. */
  restart(): void {
    const h = this.h;
    h.draft.clear();
    h.form.reset(h.initialValues());
    this.offers = [];
    this.answers = [];
    this.selected = this.policy = this.#attempt = this.quoted = this.failed = undefined;
    h.go(h.flow[0]!.id);
  }
}
