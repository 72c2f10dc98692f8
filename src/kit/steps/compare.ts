/**
 * The offers of several insurers compared side by side, a view an element names for its offers step
 * (with the step's `compare` options): the later steps' module with the comparison and its words.
 * A flow that shows the kit's cards (steps/cards.ts) never loads this.
 */
import { html, type TemplateResult } from 'lit';
import type { QuoteContext } from '../flow.js';
import { en } from '../i18n/sections/compare.en.js';
import { ro } from '../i18n/sections/compare.ro.js';
import { renderComparison } from '../sections/compare.js';
import { backOnly, chooseOffer, offersStep, session, withLaterWords } from './later.js';

export * from './later.js';

/** The offers step's words: the later steps', and the view's own. */
export const words = withLaterWords({ en, ro });

export function offers(h: QuoteContext): TemplateResult {
  const s = session(h);
  const view = renderComparison(h, { busy: s.busy === 'quote', offers: s.offers, answers: s.answers, failed: s.failed, selected: s.selected, select: (o) => s.select(o) }, offersStep(h).compare!(h));
  // Back and Continue around the offers once they came; only Back while they come, or when none came.
  if (s.offers.length && s.busy !== 'quote') return h.stepForm(view, 'next', () => chooseOffer(h));
  return html`${view}${backOnly(h, s.busy === 'quote')}`;
}
