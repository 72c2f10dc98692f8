import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import type * as z from 'zod/mini';
import { checkWith, type FieldError } from '../contract/issues.js';
import { validationMessage } from '../contract/i18n/validation.js';
import { fillTemplate, pickLocale, type Locale, type Params } from '../contract/i18n/format.js';
import type { PersonRules } from '../contract/person.js';
import type { ProductKey } from '../contract/products/index.js';
import type { PublicOffer, PublicPolicy, PublicSiteConfig } from '../contract/public-api.js';
import { ProxyClient, ProxyError } from './client.js';
import { LihErrorEvent, LihOfferSelectedEvent, LihOffersLoadedEvent, LihPolicyIssuedEvent, type OfferSummary } from './events.js';
import { toBody, type FormHost, type Values } from './form.js';
import { Lookup } from './lookup.js';
import { clearDraft, loadDraft, newKey, saveDraft } from './draft.js';
import { kitStyles } from './styles.js';
import { en, type UiStrings } from './i18n/en.js';
import { ro } from './i18n/ro.js';
import { renderBanner, type FailureState } from './sections/banner.js';
import { KIND, keepPolicyholderPath, personKind, renderPolicyholder, type PolicyholderContext } from './sections/policyholder.js';
import { renderOffers, type OfferText, type OffersContext } from './sections/offers.js';
import { renderIssue } from './sections/issue.js';

export type Step = 'details' | 'policyholder' | 'offers' | 'issue' | 'documents';
const STEPS: readonly Step[] = ['details', 'policyholder', 'offers', 'issue', 'documents'];
const KIT = { en, ro } as const;

interface Draft {
  v: Values;
  s: Step;
  o: PublicOffer[];
  sel?: number;
  k?: IssueKey;
  p?: PublicPolicy;
}
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

/** One idempotency key per issuance attempt: the same offer and payment reuse it, so a retry cannot issue twice. */
interface IssueKey {
  key: string;
  offerId: number;
  doc: string;
}

/**
 * The shared base of every product element: the steps details → policyholder →
 * offers → issue → documents, the form state and its validation against the
 * product's contract schema, the proxy calls, the draft, and the host events.
 * A product element adds its schema, its details fields and its words.
 *
 * @fires lih-offers-loaded - Offers arrived. `detail: { product, offers: [{ offerId, premiumAmount, currency, termTime, package, startDate, endDate }] }`.
 * @fires lih-offer-selected - The customer picked an offer. Same summary as one offer above; in `server` issuance mode the host adds it to its cart here.
 * @fires lih-policy-issued - The policy was issued. `detail`: the offer summary plus `policyId`, `series`, `number`.
 * @fires lih-error - A failure the customer sees. `detail: { status, key, correlationId }`; never personal data.
 *
 * @cssprop --lih-font-family - Font of the element (inherits the page's by default).
 * @cssprop --lih-font-size - Base font size (1rem).
 * @cssprop --lih-color-text - Text colour.
 * @cssprop --lih-color-muted - Hints and secondary text.
 * @cssprop --lih-color-bg - Background of the panel and inputs.
 * @cssprop --lih-color-surface - Background of highlighted options.
 * @cssprop --lih-color-border - Borders of the panel and inputs.
 * @cssprop --lih-color-primary - Buttons, links, focus ring, the selected offer.
 * @cssprop --lih-color-on-primary - Text on primary buttons.
 * @cssprop --lih-color-error - Error messages and invalid fields.
 * @cssprop --lih-color-success - The issued-policy confirmation.
 * @cssprop --lih-radius - Corner radius.
 * @cssprop --lih-spacing - Base spacing unit.
 * @cssprop --lih-focus-ring - Focus outline (e.g. `3px solid orange`).
 *
 * @csspart panel - The element's box.
 * @csspart field - Each form field (label, control, hint, error).
 * @csspart input - Each text input and select.
 * @csspart error - A field's error message.
 * @csspart error-banner - The banner for failures, with its retry button.
 * @csspart offers - The list of offers.
 * @csspart offer - One offer card.
 * @csspart offer-selected - The chosen offer card.
 * @csspart summary - The summary before issuing.
 * @csspart button - Every button.
 * @csspart primary-button - The main button of each step.
 */
export abstract class LihQuoteElement extends LitElement implements FormHost, PolicyholderContext, OffersContext {
  static override styles = kitStyles;

  static override properties: PropertyDeclarations = {
    endpoint: {},
    locale: { reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
    step: { state: true, attribute: false },
    values: { state: true, attribute: false },
    offers: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    policy: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** URL of the LIH proxy (for example `https://insurance.example.ro`). */
  endpoint = '';

  /** `ro` or `en`. By default the page's `lang`, else the site's configured language. */
  locale?: Locale;

  /** `light` (default) or `dark` default colours; the `--lih-*` tokens override either. */
  theme?: 'light' | 'dark';

  /** Override any text by its key (see `src/kit/i18n/en.ts` and the element's own strings), e.g. `{ 'issue.button': 'Buy now' }`. */
  strings: Partial<Record<string, string>> = {};

  protected step: Step = 'details';
  protected values: Values = { [KIND]: 'individual' };
  protected offers: PublicOffer[] = [];
  protected selected?: number;
  protected policy?: PublicPolicy;
  protected failure?: FailureState;
  protected busy: false | 'quote' | 'issue' | 'download' = false;
  private announcement = '';

  #touched = new Set<string>();
  #submitted = new Set<Step>();
  #editing?: string;
  #serverErrors = new Map<string, string>();
  #errors = new Map<string, FieldError>();
  #issueKey?: IssueKey;
  #restored = false;
  #moveFocus = false;
  protected proxy?: ProxyClient;
  #langObserver?: MutationObserver;
  #prefilled: Values = {};

  /** The product's key in the API (`tire`). */
  protected abstract readonly product: ProductKey;
  /** The product's contract schema (`tireProduct`): the same one the proxy and the sandbox use. */
  protected abstract readonly schema: z.ZodMiniType;
  /** Body path prefixes filled in on the details step (`tire.`, `additionalData.`). */
  protected abstract readonly detailPaths: readonly string[];
  /** The product's own words, per language. */
  protected abstract readonly productStrings: Record<Locale, Record<string, string>>;
  /** The details step's fields. */
  protected abstract renderDetails(): TemplateResult;
  /** Plain-words name and cover of an offer. */
  abstract describeOffer(offer: PublicOffer): OfferText;
  /** Who may be insured, as the product's contract says. */
  readonly who: NonNullable<PersonRules['who']> = 'any';
  /** Body values the customer never types (`tire.tireMake`). */
  protected fixed(): Values {
    return {};
  }
  /** Starting values the customer can change (unticked agreements, so each gets its own error). */
  protected defaults(): Values {
    return {};
  }
  /** Values the host prefilled through attributes; re-applied when they change. */
  protected prefill(): Values {
    return {};
  }
  /** Properties whose change re-applies the prefill. */
  protected static prefillProps: readonly string[] = [];
  /** The requests one quote makes (tire asks for both terms at once). */
  protected variants(body: Record<string, unknown>): Record<string, unknown>[] {
    return [body];
  }

  readonly lookups = {
    county: new Lookup(this, 'county', () => this.proxy),
    locality: new Lookup(this, 'locality', () => this.proxy, { param: () => this.val('policyholder.address.county') || undefined }),
    country: new Lookup(this, 'country', () => this.proxy, { enabled: () => this.checked('policyholder.isForeignPerson') }),
  };

  #config = new Task(this, {
    args: () => [this.proxy] as const,
    task: ([c], { signal }) => (c ? c.config(signal) : Promise.resolve(undefined)),
  });

  get siteConfig(): PublicSiteConfig | undefined {
    return this.#config.value;
  }

  /** The language in use: the `locale` attribute, else the page's, else the site's. */
  get language(): Locale {
    return pickLocale(this.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang, this.#config.value?.locale ?? 'ro');
  }

  // ——— FormHost ———
  t(key: string, params?: Params): string {
    const l = this.language;
    const template = this.strings[key] ?? this.productStrings[l][key] ?? KIT[l][key as keyof UiStrings] ?? key;
    return fillTemplate(template, params, l);
  }
  val(path: string): string {
    const v = this.values[path];
    return typeof v === 'string' ? v : '';
  }
  checked(path: string): boolean {
    return this.values[path] === true;
  }
  set(path: string, value: string | boolean): void {
    this.values = { ...this.values, [path]: value };
    this.#editing = typeof value === 'string' ? path : undefined;
    this.#serverErrors.delete(path);
  }
  touch(path: string): void {
    this.#touched.add(path);
    if (this.#editing === path) this.#editing = undefined;
    // Shown a moment later: an error appearing at once would move the button a click is on.
    setTimeout(() => this.requestUpdate(), 150);
  }
  err(path: string): string | undefined {
    if (path === this.#editing) return undefined;
    const server = this.#serverErrors.get(path);
    if (server) return server;
    const shown = this.#touched.has(path) || [...this.#submitted].some((s) => this.#stepOf(path) === s);
    return shown ? this.#errors.get(path)?.message[this.language] : undefined;
  }

  // ——— lifecycle ———
  override connectedCallback(): void {
    super.connectedCallback();
    // A moved element (SPA re-parenting) keeps its state; only the first connect restores a draft.
    if (!this.#restored) {
      this.#restored = true;
      this.values = { ...this.defaults(), ...this.values };
      const d = loadDraft<Draft>(this.#draftKey);
      if (d) {
        this.values = { ...this.values, ...d.v };
        this.step = d.s;
        this.offers = d.o;
        this.selected = d.sel;
        this.#issueKey = d.k;
        this.policy = d.p;
        if (this.step === 'offers' && !this.offers.length) this.step = 'policyholder';
      }
    }
    this.#langObserver = new MutationObserver(() => this.requestUpdate());
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('endpoint')) this.proxy = this.endpoint ? new ProxyClient(this.endpoint, () => this.language) : undefined;
    const props = (this.constructor as typeof LihQuoteElement).prefillProps;
    if (props.some((p) => changed.has(p))) {
      // Only what the host changed is applied, and on the first render only where the
      // customer (or a restored draft) has nothing yet: a host never undoes an edit.
      const last = this.#prefilled;
      this.#prefilled = this.prefill();
      const apply = Object.entries(this.#prefilled).filter(([k, v]) => v !== '' && (this.hasUpdated ? v !== last[k] : !this.values[k]));
      if (apply.length) this.values = { ...this.values, ...Object.fromEntries(apply) };
    }
    if (changed.has('values') || !this.hasUpdated) this.#errors = new Map(this.#validate().map((e) => [e.path, e]));
  }

  protected override updated(): void {
    // Every change, the idempotency key of an attempt under way included, survives a reload.
    this.#persist();
    if (this.#moveFocus) {
      this.#moveFocus = false;
      this.#focusFirstError() || this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  get #draftKey(): string {
    return `lih:${this.localName}:${this.id}:${location.pathname}`;
  }

  #persist(): void {
    // Once the policy is issued (or, when the host's server issues, the offer chosen) keep nothing
    // personal: only the offer and the policy.
    const done = this.policy || (this.siteConfig?.issuance === 'server' && this.step === 'issue');
    const draft: Draft = done
      ? { v: {}, s: this.step, o: this.offers.filter((o) => o.offerId === this.selected), sel: this.selected, p: this.policy }
      : { v: this.values, s: this.step, o: this.offers, sel: this.selected, k: this.#issueKey };
    saveDraft(this.#draftKey, draft);
  }

  // ——— validation ———
  #body(): Record<string, unknown> {
    const kind = personKind(this.values, this.who);
    // A company is a person with a business name, present even while still blank (then "required"
    // lands on it); an address is present even while blank, so each of its fields gets its own error.
    const extra: Values =
      kind === 'individual' ? { 'policyholder.identification.idType': 'CI' } : { 'policyholder.businessName': this.val('policyholder.businessName') || ' ' };
    const body = toBody({ ...this.values, ...this.fixed(), ...extra }, keepPolicyholderPath(this.values, this.who));
    ((body.policyholder ??= {}) as Record<string, unknown>).address ??= {};
    return body;
  }

  #validate(): FieldError[] {
    const r = checkWith(this.schema, this.#body());
    return r.ok ? [] : r.errors;
  }

  #stepOf(path: string): Step | undefined {
    if (this.detailPaths.some((p) => path.startsWith(p))) return 'details';
    if (path.startsWith('policyholder.') || path === KIND) return 'policyholder';
    if (path.startsWith('payment.')) return 'issue';
    return undefined;
  }

  #focusFirstError(): boolean {
    const first = [...this.renderRoot.querySelectorAll('.field')].find((el) => el.querySelector(':scope > .error[id$="-err"]'));
    const target = first?.querySelector<HTMLElement>('input, select');
    target?.focus();
    return !!target;
  }

  /** Marks a step submitted; true when it has no errors. Otherwise says how many fields need a look and focuses the first. */
  #submitStep(step: Step): boolean {
    this.#submitted.add(step);
    this.#editing = undefined;
    // An error on a path no field shows (a whole object missing) belongs to the last form step, in the banner.
    const mine = [...this.#errors.values()].filter((e) => (this.#stepOf(e.path) ?? 'policyholder') === step);
    if (!mine.length) return true;
    const orphans = mine.filter((e) => !this.#stepOf(e.path)).map((e) => e.message[this.language]);
    const count = mine.length - orphans.length;
    this.failure = orphans.length ? { text: orphans.join(' ') } : this.#fieldsFailure(count);
    this.#moveFocus = true;
    this.requestUpdate();
    return false;
  }

  #fieldsFailure = (n: number): FailureState => (n > 1 ? { key: 'err.fields', params: { n } } : { key: 'err.field' });

  #go(step: Step): void {
    this.step = step;
    this.failure = undefined;
    this.#moveFocus = true;
  }

  // ——— failures ———
  /** Turns any failure into a banner that says what to do next, and tells the host (without personal data). */
  #fail(e: unknown, retry: () => void): void {
    const err = e instanceof ProxyError ? e : new ProxyError(0);
    const key = err.key ?? (err.status === 0 ? 'network' : `http.${err.status}`);
    this.dispatchEvent(new LihErrorEvent({ status: err.status, key, correlationId: err.correlationId }));
    const fieldErrors = err.errors.filter((x) => x.path && this.#stepOf(x.path));
    if ((err.status === 400 || err.status === 422) && fieldErrors.length) {
      for (const x of fieldErrors) this.#serverErrors.set(x.path, x.message);
      const step = STEPS.find((s) => fieldErrors.some((x) => this.#stepOf(x.path) === s))!;
      this.#go(step);
      this.failure = this.#fieldsFailure(fieldErrors.length);
      return;
    }
    const again = { key: 'retry', run: retry };
    if (key === 'offer.expired' || err.status === 410) this.failure = { key: 'err.expired', action: { key: 'getOffers', run: this.#quote } };
    else if (err.status === 0) this.failure = { key: 'err.network', action: again };
    else if (err.status === 429) this.failure = { key: 'err.rate', action: again };
    else if (err.status >= 500) this.failure = { key: 'err.upstream', action: again };
    else this.failure = { key: 'err.generic', text: err.errors[0]?.message, action: again };
  }

  // ——— actions ———
  /** Runs one call to the proxy: busy while it lasts, a banner with its retry when it fails. */
  async #run(busy: 'quote' | 'issue' | 'download', job: () => Promise<void>, retry: () => unknown): Promise<void> {
    // One call at a time: buttons stay focusable while busy (aria-disabled), so a press is ignored here.
    if (this.busy) return;
    this.busy = busy;
    this.failure = undefined;
    try {
      await job();
    } catch (e) {
      this.#fail(e, retry);
    } finally {
      this.busy = false;
    }
  }

  #quote = (): void => {
    const parsed = checkWith(this.schema, this.#body());
    if (!this.proxy || !parsed.ok) return;
    this.#go('offers');
    this.offers = [];
    this.selected = undefined;
    void this.#run(
      'quote',
      async () => {
        const answers = await Promise.all(this.variants(parsed.data as Record<string, unknown>).map((b) => this.proxy!.quote(b)));
        this.offers = answers.flatMap((a) => a.offers);
        this.announcement = this.t('offers.found', { n: this.offers.length });
        this.dispatchEvent(new LihOffersLoadedEvent({ product: this.product, offers: this.offers.map(summary) }));
      },
      this.#quote,
    );
  };

  #select(o: PublicOffer): void {
    this.selected = o.offerId;
    this.failure = undefined;
    this.dispatchEvent(new LihOfferSelectedEvent(summary(o)));
  }

  get #chosen(): PublicOffer | undefined {
    return this.offers.find((o) => o.offerId === this.selected);
  }

  #issue = (): void => {
    const offer = this.#chosen;
    if (!offer || !this.proxy || this.busy) return;
    const doc = this.val('payment.documentNumber').trim();
    if (this.siteConfig?.payment.documentNumberRequired && !doc) {
      this.#serverErrors.set('payment.documentNumber', validationMessage('required')[this.language]);
      this.failure = this.#fieldsFailure(1);
      this.#moveFocus = true;
      this.requestUpdate();
      return;
    }
    // Same offer and payment: same key, so a retry after a lost answer returns the policy already made.
    const k = this.#issueKey;
    const key = k && k.offerId === offer.offerId && k.doc === doc ? k.key : newKey();
    this.#issueKey = { key, offerId: offer.offerId, doc };
    void this.#run(
      'issue',
      async () => {
        const { policy } = await this.proxy!.issue(offer.offerId, key, doc || undefined);
        this.policy = policy;
        this.#reset();
        this.#go('documents');
        this.announcement = this.t('docs.issued', { series: policy.series, number: policy.number });
        this.dispatchEvent(new LihPolicyIssuedEvent({ ...summary(offer), policyId: policy.policyId, series: policy.series, number: String(policy.number) }));
      },
      this.#issue,
    );
  };

  #initialValues(): Values {
    return { [KIND]: this.who === 'business' ? 'company' : 'individual', ...this.defaults(), ...Object.fromEntries(Object.entries(this.prefill()).filter(([, v]) => v !== '')) };
  }

  #download(kind: 'offers' | 'policies', id: number, name: string): void {
    const again = () => this.#download(kind, id, name);
    void this.#run(
      'download',
      async () => {
        const url = URL.createObjectURL(await this.proxy!.document(kind, id));
        const a = document.createElement('a');
        a.href = url;
        a.download = name;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      again,
    );
  }

  /** Back to a fresh form (after issuance, or to quote again): prefill and defaults only. */
  #reset(): void {
    this.values = this.#initialValues();
    this.#touched.clear();
    this.#submitted.clear();
    this.#serverErrors.clear();
  }

  #restart(): void {
    clearDraft(this.#draftKey);
    this.#reset();
    this.offers = [];
    this.selected = this.policy = this.#issueKey = undefined;
    this.#go('details');
  }

  // ——— rendering ———
  #button(label: string, run: () => void, o: { primary?: boolean; submit?: boolean; busy?: boolean } = {}) {
    return html`<button
      type=${o.submit ? 'submit' : 'button'}
      class=${o.primary ? 'primary' : ''}
      part=${o.primary ? 'button primary-button' : 'button'}
      aria-disabled=${o.busy ? 'true' : 'false'}
      @click=${o.submit ? nothing : run}
    >
      ${label}
    </button>`;
  }

  #form(content: TemplateResult, back: Step | undefined, next: string, onNext: () => void, busy = false): TemplateResult {
    return html`<form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        if (!this.busy) onNext();
      }}
    >
      ${content}
      <div class="actions">
        ${back ? this.#button(this.t('back'), () => this.#go(back)) : html`<span></span>`}
        ${this.#button(next, onNext, { primary: true, submit: true, busy })}
      </div>
    </form>`;
  }

  #renderStep(): TemplateResult {
    const config = this.siteConfig;
    switch (this.step) {
      case 'details':
        return this.#form(this.renderDetails(), undefined, this.t('next'), () => this.#submitStep('details') && this.#go('policyholder'));
      case 'policyholder':
        return this.#form(renderPolicyholder(this, this.values), 'details', this.t('getOffers'), () => {
          // The tyre step is checked first: when it has errors, go back there with its banner.
          if (!this.#submitStep('details')) this.step = 'details';
          else if (this.#submitStep('policyholder')) this.#quote();
        });
      case 'offers':
        return this.busy === 'quote'
          ? html`<p class="status" role="status">${this.t('offers.loading')}</p>`
          : this.#form(renderOffers(this, this.offers, this.selected, (o) => this.#select(o)), 'policyholder', this.t('next'), () => {
              if (this.#chosen) this.#go('issue');
              else this.failure = { key: 'offers.choose' };
            });
      case 'issue': {
        const offer = this.#chosen;
        if (!offer) return html``;
        const server = config?.issuance === 'server';
        return html`${renderIssue(this, offer, config)}
          <div class="actions">
            ${this.#button(this.t('back'), () => this.#go('offers'))}
            ${server
              ? this.#button(this.t('docs.offer'), () => this.#download('offers', offer.offerId, `offer-${offer.offerId}.pdf`), { busy: this.busy === 'download' })
              : this.#button(this.busy === 'issue' ? this.t('issue.pending') : this.t('issue.button'), this.#issue, {
                  primary: true,
                  busy: this.busy === 'issue',
                })}
          </div>`;
      }
      case 'documents': {
        const p = this.policy;
        if (!p) return html``;
        return html`<p class="done">✓ ${this.t('docs.issued', { series: p.series, number: p.number })}</p>
          <div class="actions docs">
            ${this.#button(this.t('docs.policy'), () => this.#download('policies', p.policyId, `policy-${p.series}-${p.number}.pdf`), {
              primary: true,
              busy: this.busy === 'download',
            })}
            ${this.#button(this.t('docs.offer'), () => this.#download('offers', p.offerId, `offer-${p.offerId}.pdf`), { busy: this.busy === 'download' })}
          </div>
          <div class="actions">${this.#button(this.t('docs.again'), () => this.#restart())}</div>`;
      }
    }
  }

  override render(): TemplateResult {
    const n = STEPS.indexOf(this.step) + 1;
    const f = this.failure;
    const configFailed = this.#config.error !== undefined;
    // No proxy to call, or one that does not sell this product here: say so instead of a form that cannot work.
    const unavailable = !this.endpoint || (this.siteConfig && !this.siteConfig.products.includes(this.product));
    return html`<section part="panel" lang=${this.language}>
      <p class="steps">${this.t('step.of', { n, total: STEPS.length })}</p>
      <h2 tabindex="-1">${this.t(`step.${this.step}`)}</h2>
      ${configFailed
        ? renderBanner({ message: this.t('err.network'), action: { label: this.t('retry'), run: () => void this.#config.run() } })
        : unavailable
          ? renderBanner({ message: this.t('err.config') })
          : html`${renderBanner(f && { message: f.text ?? this.t(f.key!, f.params), action: f.action && { label: this.t(f.action.key), run: f.action.run } })}${this.#renderStep()}`}
      <div class="sr" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}
