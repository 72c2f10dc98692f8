import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { checkWith } from '../contract/issues.js';
import type { Locale, Params } from '../contract/i18n/format.js';
import type { QuoteProduct } from './events.js';
import type { PublicSiteConfig } from '../contract/public-api.js';
import type { ProxyClient } from './client.js';
import { FormController, merge, pick, toBody, type Values } from './form.js';
import { LocaleController } from './locale.js';
import { SiteController } from './site.js';
import { DraftController, type Draft } from './draft.js';
import { Lookups } from './lookup.js';
import type { Customer } from './person-kind.js';
import type { QuoteContext, SessionState, Step } from './flow.js';
import { kitStyles } from './styles.js';
import { renderBanner, type FailureState } from './sections/banner.js';

export type { Step, QuoteContext } from './flow.js';
export type { Words } from './locale.js';

const nonEmpty = (v: Values): Values => Object.fromEntries(Object.entries(v).filter(([, x]) => x !== ''));

/**
 * The shell every product element extends: its attributes, theme, progress,
 * heading, failure banner and live region, and the current step of the
 * product's `flow` (steps as data, see flow.ts and steps.ts). Everything else
 * is a controller it creates: the form (values, interaction, validation
 * against the product's contract schema, repeated sections), the locale, the
 * site and its proxy client, the draft, the lookups keyed by field path — and,
 * loaded with the steps after the first, the proxy session (quote, select,
 * issue, documents). A product element adds its schema, its flow and its words.
 *
 * @fires lih-offers-loaded - Offers arrived. `detail: { product, offers: [{ offerId, premiumAmount, currency, termTime, package, startDate, endDate }] }`.
 * @fires lih-offer-selected - The customer picked an offer. Same summary as one offer above; in `server` issuance mode the host adds it to its cart here.
 * @fires lih-policy-issued - The policy was issued. `detail`: the offer summary plus `policyId`, `series`, `number`. Exactly once per policy, also when the outcome was first unknown and resolved later (after a reload too).
 * @fires lih-error - A failure the customer sees. `detail: { status, key, correlationId }`; never personal data. `key: 'issuance.unknown'` (or `network`) on the issue step: the element is checking the outcome and will end with `lih-policy-issued` or another `lih-error`.
 *
 * @cssprop --lih-font-family - Font of the element (inherits the page's by default).
 * @cssprop --lih-font-size - Base font size (1rem).
 * @cssprop --lih-color-text - Text colour.
 * @cssprop --lih-color-muted - Hints and secondary text.
 * @cssprop --lih-color-bg - Background of the panel and inputs.
 * @cssprop --lih-color-surface - Background of highlighted options.
 * @cssprop --lih-color-border - Borders of the panel and inputs.
 * @cssprop --lih-color-primary - The brand colour: buttons, links, focus ring, the stepper, the selected offer. Set it once for both themes: where it is too light to read on the light background (or too dark on the dark one) the element darkens (lightens) it, keeping its hue, to hold 4.5:1.
 * @cssprop --lih-color-on-primary - Text on primary buttons; by default black or white, whichever reads on the primary.
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
 * @csspart checking - The notice shown while the element checks an issuance whose outcome is not known yet.
 * @csspart offers - The list of offers.
 * @csspart offer - One offer card.
 * @csspart offer-selected - The chosen offer card.
 * @csspart summary - The summary before issuing, and the issued policy's.
 * @csspart success - The line that says the policy is issued.
 * @csspart button - Every button.
 * @csspart primary-button - The main button of each step.
 */

export abstract class LihQuoteElement extends LitElement implements QuoteContext {
  static override styles = kitStyles;

  static override properties: PropertyDeclarations = {
    endpoint: {},
    locale: { reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
    customer: { attribute: false },
    stepId: { state: true, attribute: false },
    failure: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** URL of the LIH proxy (for example `https://insurance.example.ro`). */
  endpoint = '';

  /** `ro` or `en`. By default the nearest `lang` (an ancestor's, else the page's), else the site's configured language. */
  locale?: Locale;

  /** `light` (default) or `dark` default colours; the `--lih-*` tokens override either. */
  theme?: 'light' | 'dark';

  /** Override any text by its key (see `src/kit/i18n/en.ts` and the element's own strings), e.g. `{ 'issue.button': 'Buy now' }`. */
  strings: Partial<Record<string, string>> = {};

  /**
   * The customer, when the host already knows them (a signed-in shopper): `{ kind: 'individual' | 'company', lastName,
   * firstName, taxId, idNumber, businessName, companyRegistryNumber, email, mobileNumber, address: { county, cityCode,
   * city, street, houseNumber, building, staircase, floor, apartment, postcode } }`, every field optional. It prefills
   * the policyholder step, where the customer may still change it; kept in memory only, never in web storage.
   */
  customer?: Customer;

  /**
   * Milliseconds before each automatic re-ask of an issuance whose outcome is unknown (about a minute
   * in all); after the last, the customer's "Check again". Tests shorten them.
   */
  static recheckDelays: readonly number[] = [2000, 4000, 8000, 15000, 30000];

  /**
   * The product's prefill properties and the field path each fills (`{ rimSize: 'tire.tireWidth' }`): applied where the
   * customer has typed nothing yet, and again when the host changes one (a SPA switching product).
   */
  protected static prefills: Readonly<Record<string, string>> = {};

  /** The product's rules when they come beside the words (kit/later-rules.ts) rather than in the entry. */
  protected declare readonly rules?: { state(): 'ready' | 'loading' | 'failed'; fetch(): void };

  /** The product's key in the API (`tire`). */
  abstract readonly product: QuoteProduct;
  /** The product's contract schema (`tireProduct`): the same one the proxy and the sandbox use. */
  abstract readonly schema: z.ZodMiniType;
  /** The product's steps, in order: its own and the kit's (steps.ts). */
  abstract readonly flow: readonly Step[];
  /**
   * The element's words in one language with the kit's for the first step (`first.<locale>.ts`), as
   * a module loaded on demand (`import('./strings.ro.js')`): a page fetches only the language it
   * speaks. Each later step brings its own.
   */
  protected abstract words(locale: Locale): Promise<{ default: Record<string, string> }>;

  /** Whether the site sells this product here (an Assets product: in its `products`). */
  protected sells(config: PublicSiteConfig): boolean {
    return (config.products as readonly string[]).includes(this.product);
  }

  protected stepId = '';
  failure?: FailureState;
  private announcement = '';
  session?: SessionState;

  readonly #locale = new LocaleController(this, () => this.#site.value?.locale);
  readonly #site = new SiteController(this, () => this.endpoint, () => this.language);
  readonly form = new FormController(this, {
    validate: () => {
      const r = checkWith(this.schema, this.body());
      return r.ok ? [] : r.errors;
    },
    stepOf: (path) => this.stepOf(path)?.id,
    language: () => this.language,
  });
  readonly draft: DraftController = new DraftController(
    this,
    (): Draft => ({ v: this.form.values, s: this.stepId, ...(this.session?.snapshot() ?? { a: this.draft.restored?.a, p: this.draft.restored?.p }) }),
    (path) => this.flow.some((s) => s.personal?.some((p) => path.startsWith(p))),
  );
  readonly lookups = new Lookups(this, () => this.client);
  #mods = new Map<Step, unknown>();
  #prefilled: Values = {};
  #moveFocus = false;

  get client(): ProxyClient | undefined {
    return this.#site.client;
  }
  get siteConfig(): PublicSiteConfig | undefined {
    return this.#site.value;
  }
  get language(): Locale {
    return this.#locale.language;
  }
  get step(): Step {
    return this.flow.find((s) => s.id === this.stepId) ?? this.flow[0]!;
  }

  // ——— FormHost ———
  t = (key: string, params?: Params): string => this.#locale.t(key, params);
  val = (path: string): string => this.form.val(path);
  checked = (path: string): boolean => this.form.checked(path);
  set = (path: string, value: string | boolean): void => this.form.set(path, value);
  touch = (path: string): void => this.form.touch(path);
  err = (path: string): string | undefined => this.form.err(path);

  // ——— the flow ———
  stepOf(path: string): Step | undefined {
    return this.flow.find((s) => s.paths?.some((p) => path.startsWith(p)));
  }

  body(): Record<string, unknown> {
    const body = {};
    for (const s of this.flow) if (s.body || s.paths) merge(body, s.body?.(this) ?? toBody(pick(this.form.values, s.paths!)));
    return body;
  }

  initialValues(): Values {
    return { ...this.#defaults(), ...nonEmpty(this.#prefill()) };
  }

  #defaults = (): Values => Object.assign({}, ...this.flow.map((s) => s.defaults?.(this)));
  #prefill = (): Values =>
    Object.assign(
      Object.fromEntries(Object.entries((this.constructor as typeof LihQuoteElement).prefills).map(([prop, path]) => [path, String(this[prop as keyof this] ?? '')])),
      ...this.flow.map((s) => s.prefill?.(this)),
    );

  go(id: string): void {
    this.stepId = id;
    this.failure = undefined;
    this.#moveFocus = true;
  }

  submit(step: Step): boolean {
    // Nothing is checked, so nothing passes, before the product's rules are here: a moment after the first render,
    // or, when they could not be fetched, a banner whose Try again asks for them again.
    const rules = this.rules?.state();
    if (rules && rules !== 'ready') {
      if (rules === 'failed') this.failure = { key: 'err.network', action: { key: 'retry', run: () => ((this.failure = undefined), this.rules!.fetch()) } };
      return false;
    }
    this.form.submit(step.id);
    // An error on a path no field shows (a whole object missing) belongs to the step that quotes, in the banner.
    const mine = [...this.form.errors.values()].filter((e) => (this.stepOf(e.path) ?? this.flow.find((s) => s.quotes)) === step);
    if (!mine.length) return true;
    const orphans = mine.filter((e) => !this.stepOf(e.path)).map((e) => e.message[this.language]);
    const n = mine.length - orphans.length;
    this.failure = orphans.length ? { text: orphans.join(' ') } : n > 1 ? { key: 'err.fields', params: { n } } : { key: 'err.field' };
    this.focusLater();
    return false;
  }

  focusLater(): void {
    this.#moveFocus = true;
    this.requestUpdate();
  }

  announce(text: string): void {
    this.announcement = text;
  }

  // ——— lifecycle ———
  override connectedCallback(): void {
    super.connectedCallback();
    // A moved element (SPA re-parenting) keeps its state; only the first connect restores a draft.
    if (this.stepId) return;
    const flow = this.flow;
    this.stepId = flow[0]!.id;
    this.form.assign(this.#defaults());
    const d = this.draft.restored;
    if (!d) return;
    this.form.assign(d.v);
    // Offers are not kept (capabilities) nor the customer's details: past the step that quotes, ask for those again.
    const at = flow.findIndex((s) => s.id === d.s);
    this.stepId = flow[Math.max(0, Math.min(at, flow.findIndex((s) => s.quotes)))]!.id;
    if (d.p) this.stepId = flow.at(-1)!.id;
    // An issuance with no known outcome: resolved before anything else.
    if (d.a) this.stepId = (flow.find((s) => s.id === 'issue') ?? flow.at(-1)!).id;
  }

  /**
   * The first render, and any after a change of language, waits for that language's words (one small
   * module); a step past the first also for its code and words, fetched during the first.
   */
  protected override async scheduleUpdate(): Promise<void> {
    // Lit never updates again once this throws: a module that did not load is left out (see render) and tried again next time.
    try {
      const l = () => this.language;
      for (let x = l(); !this.#locale.ready(this.words, x); x = l()) await this.#locale.load(this.words, x);
      const s = this.step;
      if (s.load && !this.#mods.has(s)) this.#mods.set(s, await s.load());
      if (s.words) for (let x = l(); !this.#locale.ready(s.words, x); x = l()) await this.#locale.load(s.words, x);
    } catch {
      /* rendered without it */
    }
    super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    // Fetched while the customer fills the first step; failures are for the step that needs them to report.
    const ignore = () => undefined;
    for (const s of this.flow) {
      s.load?.().then((m) => this.#mods.set(s, m), ignore);
      if (s.words) this.#locale.load(s.words).catch(ignore);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    const props = [...Object.keys((this.constructor as typeof LihQuoteElement).prefills), 'customer'];
    if (props.some((p) => changed.has(p))) {
      // Only what the host changed is applied, and on the first render only where the customer (or a
      // restored draft) has nothing of their own yet: a host never undoes an edit.
      const last = this.#prefilled;
      const values = this.form.values;
      const defaults = this.#defaults();
      this.#prefilled = this.#prefill();
      const apply = Object.entries(this.#prefilled).filter(([k, v]) => v !== '' && (this.hasUpdated ? v !== last[k] : !values[k] || values[k] === defaults[k]));
      if (apply.length) this.form.assign(Object.fromEntries(apply));
    }
  }

  protected override updated(): void {
    // A banner that counts marked fields counts those on screen: a rule on a value no field shows is not "marked".
    const f = this.failure;
    const n = this.renderRoot.querySelectorAll('.error[id$="-err"]').length;
    if (n && (f?.key === 'err.fields' || f?.key === 'err.field') && n !== (f.params?.n ?? 1))
      this.failure = n > 1 ? { ...f, key: 'err.fields', params: { n } } : { ...f, key: 'err.field', params: undefined };
    if (this.#moveFocus) {
      this.#moveFocus = false;
      this.#focusFirstError() || this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  #focusFirstError(): boolean {
    const first = [...this.renderRoot.querySelectorAll('.field')].find((el) => el.querySelector(':scope > .error[id$="-err"]'));
    const target = first?.querySelector<HTMLElement>('input, select');
    target?.focus();
    return !!target;
  }

  // ——— rendering ———
  button(label: string, run: () => void, o: { primary?: boolean; submit?: boolean; busy?: boolean } = {}): TemplateResult {
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

  /** The current step: its content, under a form with Back and its main button unless it draws its own. */
  #renderStep(): TemplateResult | typeof nothing {
    const step = this.step;
    const m = this.#mods.get(step);
    if ((step.load && !m) || (step.words && !this.#locale.ready(step.words))) {
      return renderBanner({ message: this.t('err.network'), action: { label: this.t('retry'), run: () => this.requestUpdate() } });
    }
    const content = step.render(this, m);
    if (step.next === null) return content;
    const after = this.flow[this.flow.indexOf(step) + 1];
    const next = step.next ?? { label: 'next', run: () => this.submit(step) && after && this.go(after.id) };
    return this.stepForm(content, next.label, () => next.run(this, m));
  }

  stepForm(content: TemplateResult | typeof nothing, label: string, run: () => void): TemplateResult {
    const i = this.flow.indexOf(this.step);
    const back = i > 0 && this.step.back !== false ? this.flow[i - 1] : undefined;
    return html`<form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        if (!this.session?.busy) run();
      }}
    >
      ${content}
      <div class="actions">
        ${back ? this.button(this.t('back'), () => this.go(back.id)) : html`<span></span>`}
        ${this.button(this.t(label), run, { primary: true, submit: true })}
      </div>
    </form>`;
  }

  override render(): TemplateResult | typeof nothing {
    // No words yet (their module did not load): nothing rather than keys; the next update tries again.
    if (!this.#locale.ready(this.words)) return nothing;
    const f = this.failure;
    const config = this.#site.config;
    // No proxy to call, or one that does not sell this product here: say so instead of a form that cannot work.
    const unavailable = !this.endpoint || (this.siteConfig && !this.sells(this.siteConfig));
    // The step first: it may start the session whose state the heading shows.
    const step = config.error !== undefined || unavailable ? nothing : this.#renderStep();
    const at = this.flow.indexOf(this.step);
    return html`<section part="panel" lang=${this.language}>
      <ol class="steps" aria-label=${this.t('step.of', { n: at + 1, total: this.flow.length })}>
        ${this.flow.map((s, i) => html`<li class=${i < at ? 'past' : ''} aria-current=${i === at ? 'step' : nothing}>${this.t(`step.${s.id}`)}</li>`)}
      </ol>
      <h2 tabindex="-1">${this.t(this.session?.checking ? 'check.title' : `step.${this.step.id}`)}</h2>
      ${config.error !== undefined
        ? renderBanner({ message: this.t('err.network'), action: { label: this.t('retry'), run: () => void config.run() } })
        : unavailable
          ? renderBanner({ message: this.t('err.config') })
          : html`${renderBanner(f && { message: f.text ?? this.t(f.key!, f.params), action: f.action && { label: this.t(f.action.key), run: f.action.run } })}${step}`}
      <div class="sr" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}
