import { html, nothing, type TemplateResult } from 'lit';
import type { PublicOffer } from '../../contract/public-api.js';
import type { FormHost } from '../form.js';
import { formatMoney } from '../format.js';

export interface OfferText {
  /** The package's name a customer understands ("Tyre protection, 24 months"). */
  name: string;
  /** What is covered, in plain words. */
  covers: string;
}

export interface OffersContext extends FormHost {
  readonly language: 'en' | 'ro';
  describeOffer(offer: PublicOffer): OfferText;
}

/** The offers as a radio group of cards: premium, term, dates, package, cover; the picked one is marked. */
export function renderOffers(h: OffersContext, offers: PublicOffer[], selected: number | undefined, onSelect: (o: PublicOffer) => void): TemplateResult {
  if (!offers.length) return html`<p>${h.t('offers.none')}</p>`;
  return html`<fieldset class="offers" part="offers">
    <legend class="sr">${h.t('offers.choose')}</legend>
    ${offers.map((o) => {
      const text = h.describeOffer(o);
      const on = o.offerId === selected;
      const id = `offer-${o.offerId}`;
      return html`<div class="offer ${on ? 'on' : ''}" part=${on ? 'offer offer-selected' : 'offer'}>
        <input type="radio" name="offer" id=${id} .checked=${on} @change=${() => onSelect(o)} aria-describedby="${id}-d" />
        <label for=${id}>
          <span class="offer-name">${text.name}</span>
          <span class="price">${formatMoney(o.premiumAmount, o.currency, h.language)}</span>
        </label>
        <div class="offer-d" id="${id}-d">
          <p>
            ${o.termTime ? h.t('offers.term', { n: o.termTime }) : nothing}${o.startDate && o.endDate
              ? html` · ${h.t('offers.period', { start: o.startDate, end: o.endDate })}`
              : nothing}${o.installments.length > 1 ? html` · ${h.t('offers.installments', { n: o.installments.length })}` : nothing}
          </p>
          <p>${text.covers}</p>
          ${o.offerExpiryDate ? html`<p class="hint">${h.t('offers.validUntil', { date: o.offerExpiryDate })}</p>` : nothing}
        </div>
      </div>`;
    })}
  </fieldset>`;
}
