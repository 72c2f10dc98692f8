import type { TemplateResult, nothing } from 'lit';
import type * as z from 'zod/mini';
import type { OffersResponse, PublicOffer, PublicSiteConfig } from '../contract/public-api.js';
import type { QuoteProduct } from './events.js';
import type { Locale } from '../contract/i18n/format.js';
import type { FormController, FormHost, Values } from './form.js';
import type { Lookups } from './lookup.js';
import type { Draft, DraftController } from './draft.js';
import type { ProxyClient } from './client.js';
import type { WordsLoader } from './locale.js';
import type { Customer, Who } from './person-kind.js';
import type { OfferGroup, OfferText } from './sections/offers.js';
import type { FailureState } from './sections/banner.js';

/**
 * What a step sees of the element it runs in: the form, the lookups, the site, the words, and the
 * few things a step does to the flow (go to a step, check one, show a failure).
 */
export interface QuoteContext extends FormHost {
  readonly product: QuoteProduct;
  readonly schema: z.ZodMiniType;
  readonly flow: readonly Step[];
  readonly form: FormController;
  /** The customer the host already knows, if it said. */
  readonly customer?: Customer;
  readonly lookups: Lookups;
  readonly draft: DraftController;
  readonly language: Locale;
  readonly client: ProxyClient | undefined;
  readonly siteConfig: PublicSiteConfig | undefined;
  /** The step on screen. */
  readonly step: Step;
  failure?: FailureState;
  /** Said by the live region (found offers, an issued policy). */
  announce(text: string): void;
  /** The form as new: each step's defaults, then what the host prefilled. */
  initialValues(): Values;
  /** The body of the whole flow: each step's part. */
  body(): Record<string, unknown>;
  /** The step a field path belongs to. */
  stepOf(path: string): Step | undefined;
  /** The form's path of a path in the proxy's errors, where the product's API nests a kit step's part deeper (casco: `casco.policyholder.…`). */
  fieldPath?(path: string): string;
  /** Shows a step, with focus on its first error or its heading. */
  go(id: string): void;
  /** Checks a step's fields: true when it has none wrong; else a banner and focus on the first. */
  submit(step: Step): boolean;
  /** Moves focus to the first field in error, or the heading, after the next render. */
  focusLater(): void;
  /** A step's content under a form: Back (but on the first step) and its main button (`label` is a key), Enter included. */
  stepForm(content: TemplateResult | typeof nothing, label: string, run: () => void): TemplateResult;
  /** A button of the kit's look; `busy` keeps it focusable but inert (aria-disabled). */
  button(label: string, run: () => void, o?: { primary?: boolean; submit?: boolean; busy?: boolean }): TemplateResult;
  /** The proxy session (quote, select, issue, documents), made by the first step that needs it. */
  session?: SessionState;
  dispatchEvent(e: Event): boolean;
  readonly isConnected: boolean;
  readonly constructor: Function;
}

/**
 * One step of a product's flow, as data: the field paths it owns, its part of the request body,
 * how it renders and what its main button does. A product lists its steps (the kit's library in
 * steps.ts, and its own); the element renders the current one and never needs a flag for a product.
 * `M` is what `load` gives (a step past the first keeps its code in a chunk loaded during the first).
 */
export interface Step<M = unknown> {
  /** Its name; its heading is the word `step.<id>`. */
  readonly id: string;
  /**
   * Field path prefixes it owns: their errors show once it is submitted, and a refusal of one by the
   * proxy brings the customer back to it.
   */
  readonly paths?: readonly string[];
  /** Path prefixes among its own never written to web storage (identity, contact, address). */
  readonly personal?: readonly string[];
  /** Its Continue checks every step so far and asks for offers; errors no field shows land here. */
  readonly quotes?: boolean;
  /** Its part of the request body (by default the values under its paths, nested). */
  body?(h: QuoteContext): Record<string, unknown>;
  /** Values the host prefilled for it (re-applied when the host changes them). */
  prefill?(h: QuoteContext): Values;
  /** Starting values the customer can change (unticked agreements, so each gets its own error). */
  defaults?(h: QuoteContext): Values;
  /**
   * Its code, loaded during the first step: a step past the first need not weigh on the first load. The first step
   * has none: the first render would wait for it, and the first-load budget counts only what the entry imports.
   */
  load?(): Promise<M>;
  /** Its words beyond the element's first-step words, in one language, loaded with its code. */
  words?: WordsLoader;
  /** Its content. */
  render(h: QuoteContext, m: M): TemplateResult | typeof nothing;
  /**
   * Its main button, under a form: the label's key and what it does (by default "Continue" after
   * checking the step). `null`: the step draws its own buttons.
   */
  next?: { label: string; run(h: QuoteContext, m: M): void } | null;
  /** Whether it has a Back button (the first step never has). */
  back?: boolean;
}

/** What the element itself reads of the proxy session (the rest is the session's own, loaded later). */
export interface SessionState {
  /** A call to the proxy under way: one at a time. */
  readonly busy: false | 'quote' | 'issue' | 'download';
  /** An issuance whose outcome is unknown: asking again now, again soon by itself, or when the customer says. */
  readonly checking: false | 'asking' | 'soon' | 'later';
  /** What of the session a reload keeps (an attempt under way; an issued policy's number). */
  snapshot(): Pick<Draft, 'a' | 'p'>;
  /** The chosen offer's id, once the customer picked one. */
  readonly selected?: string;
  /** The issued policy, once there is one. */
  readonly policy?: object;
}

// ——— options of the kit's library steps (steps.ts) ———

export interface PolicyholderOptions {
  /** Who the product may insure (its contract rules). */
  who?: Who;
}

interface OffersCommon {
  /** Plain-words name and cover of an offer. */
  describe(h: QuoteContext, offer: PublicOffer): OfferText;
  /** The requests one quote makes (tyres ask for both terms at once); by default the body. */
  variants?(body: Record<string, unknown>): Record<string, unknown>[];
  /**
   * Shows the offers in groups, in the order each group first appears: the group an offer belongs to
   * (same `title`, same group), with a line under its title (when the cover starts…). By default one list.
   */
  group?(h: QuoteContext, offer: PublicOffer): OfferGroup;
  /** An offer as the kit reads it, from the request that brought it (a casco offer names no term: the one asked for). */
  read?(offer: PublicOffer, body: Record<string, unknown>): PublicOffer;
}

/**
 * The offers step: the kit's cards, or its comparison of several insurers side by side (`compare`).
 * The view's module is named by the element — `view: () => import('…/kit/steps/cards.js')` or
 * `…/kit/steps/compare.js` — not by the kit: an import in the kit would sit in the runtime every
 * element shares, and a flow would carry a view it never shows.
 */
export interface OffersOptions extends OffersCommon {
  /** The module that shows the offers (steps/cards.ts or steps/compare.ts), loaded as the step's code with its words. */
  view(): Promise<unknown>;
  /** With steps/compare.ts: the insurers asked, their names, what an offer costs, the product's own columns. */
  compare?(h: QuoteContext): CompareOptions;
}

/** A product's own column: its header, and an offer's cell. */
export interface CompareColumn {
  label: string;
  cell(o: PublicOffer): string;
}

/** What the comparison of several insurers (sections/compare.ts) shows of a product. */
export interface CompareOptions {
  /** The insurers asked, by name (shown as still answering while the offers come). */
  asking: readonly string[];
  /** The name to show for an insurer's name. */
  displayName(name: string): string;
  /** What an offer costs, to sort by (a euro premium at its rate). */
  cost(o: PublicOffer): number;
  /** The product's columns after the premium and the instalments. */
  columns: readonly CompareColumn[];
}

/** What a view of the offers sees (the comparison's). */
export interface OffersView {
  /** Asking now: nothing, or not everything, has come back. */
  readonly busy: boolean;
  readonly offers: PublicOffer[];
  /** The answers the offers came in (what a multi-insurer answer says of each insurer). */
  readonly answers: OffersResponse[];
  /** Why asking failed, when it did (a 502's `data`). */
  readonly failed?: { status: number; data?: unknown };
  readonly selected?: string;
  select(o: PublicOffer): void;
}
export type OffersStep = Step<any> & OffersOptions;

