/**
 * The offers as the kit's cards, a view an element names for its offers step: the later steps'
 * module with the cards, their rules, their words and a skeleton while the offers come. A flow that
 * compares insurers (steps/compare.ts) never loads this.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { PublicOffer } from '../../contract/public-api.js';
import type { QuoteContext } from '../flow.js';
import { en } from '../i18n/sections/cards.en.js';
import { ro } from '../i18n/sections/cards.ro.js';
import { adopt } from '../later-styles.js';
import { cardStyles, renderOffers } from '../sections/offers.js';
import { backOnly, chooseOffer, describe, offersStep, session, withLaterWords } from './later.js';

export * from './later.js';

/** The offers step's words: the later steps', and the view's own. */
export const words = withLaterWords({ en, ro });

export function offers(h: QuoteContext): TemplateResult {
  const s = session(h);
  adopt(h);
  adopt(h, cardStyles);
  if (s.busy === 'quote') {
    // Cards to come, as tall as the step that asked: the panel keeps its height while the offers load.
    return html`<div class="loading" ${ref((e) => e && ((e as HTMLElement).style.minHeight = s.hold ? `${s.hold}px` : ''))}>
      <p class="status" role="status">${h.t('offers.loading')}</p>
      ${[0, 1].map(() => html`<div class="skeleton" aria-hidden="true"><i></i><i></i><i></i></div>`)}
    </div>`;
  }
  // Nothing to choose: when asking failed the banner says why (and retries), else that there is no offer; only Back.
  if (!s.offers.length) return html`${h.failure ? nothing : html`<p>${h.t('offers.none')}</p>`}${backOnly(h)}`;
  const group = offersStep(h).group;
  const grouping = group && ((o: PublicOffer) => group(h, o));
  return h.stepForm(renderOffers(h, s.offers, s.selected, (o) => s.select(o), (o) => describe(h, o), grouping), 'next', () => chooseOffer(h));
}
