/**
 * The kit's library of steps a product lists in its flow. Each is small data here — its paths, its
 * body part, its words — and renders through code in steps/later.ts, which the element fetches
 * while the customer fills the first step.
 */
import type { Locale } from '../contract/i18n/format.js';
import type { OffersOptions, OffersStep, PolicyholderOptions, Step } from './flow.js';
import { KIND, customerValues, policyholderBody } from './person-kind.js';

type Later = typeof import('./steps/later.js');
/** What a view of the offers (steps/cards.ts, steps/compare.ts) gives: the later steps with its own, and its words. */
type View = typeof import('./steps/cards.js');
const load = (): Promise<Later> => import('./steps/later.js');
/** The kit's words for these steps in one language. */
const words = (l: Locale) => (l === 'ro' ? import('./i18n/later.ro.js') : import('./i18n/later.en.js'));

/** Who is insured — a person or a company — with their contact details and address; its Continue asks for offers. */
export const policyholder = (o: PolicyholderOptions = {}): Step<Later> => ({
  id: 'policyholder',
  paths: ['policyholder.', KIND],
  personal: ['policyholder.', '$policyholder.', '$individual.', '$company.'],
  quotes: true,
  load,
  words,
  defaults: () => ({ [KIND]: o.who === 'business' ? 'company' : 'individual' }),
  body: (h) => policyholderBody(h.form.values, o.who ?? 'any'),
  prefill: (h) => customerValues(h.customer),
  render: (h, m) => m.policyholder(h, o),
  next: { label: 'getOffers', run: (h, m) => m.toOffers(h) },
});

/** The offers, shown by the view the element names (the kit's cards, or its comparison). */
export const offers = (o: OffersOptions): OffersStep => ({
  id: 'offers',
  load: o.view as () => Promise<View>,
  words: (l) => (o.view as () => Promise<View>)().then((m) => m.words(l)),
  render: (h, m) => m.offers(h),
  next: null,
  ...o,
});

/** The chosen offer's summary, then issuance — in the element (`browser`) or by the host's server (`server`). */
export const issue = (): Step<Later> => ({
  id: 'issue',
  // The payment's document number goes with the issue request, not the quote.
  paths: ['payment.'],
  body: () => ({}),
  load,
  words,
  render: (h, m) => m.issue(h),
  next: null,
});

/** The issued policy: its number and both PDFs. */
export const documents = (): Step<Later> => ({ id: 'documents', load, words, render: (h, m) => m.documents(h), next: null });
