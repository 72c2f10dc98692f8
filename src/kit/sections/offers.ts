import { css, html, nothing, type TemplateResult } from 'lit';
import type { PublicOffer } from '../../contract/public-api.js';
import type { FormHost } from '../form.js';
import { formatMoney } from '../format.js';
import { typed } from '../locale.js';
import type { en as offersEn } from '../i18n/sections/offers.en.js';
import type { en as cardsEn } from '../i18n/sections/cards.en.js';

/** The cards' rules, and the skeleton's while the offers come: adopted only by a flow that shows cards. */
export const cardStyles = css`
  .offer {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0.2em 0.75em;
    padding: 0.85em;
    margin-bottom: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 400;
    cursor: pointer;
  }
  .offer:hover {
    border-color: var(--_primary);
  }
  .offer:active {
    background: var(--_tint);
  }
  /* the whole card shows the focus (the radio's own ring would be lost in it) */
  .offer:has(:focus-visible) {
    outline: var(--lih-focus-ring, 3px solid var(--_primary));
    outline-offset: 2px;
  }
  .offer input:focus-visible {
    outline: none;
  }
  .offer.on {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 2px var(--_primary);
    background: var(--_tint);
  }
  .offer-name {
    font-weight: 700;
  }
  .on .offer-name {
    color: var(--_primary-text);
  }
  .cost {
    display: grid;
    justify-items: end;
    text-align: end;
  }
  .monthly {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .offer-d {
    grid-column: 2 / -1;
    display: grid;
    justify-items: start;
    gap: 0.3em;
  }
  .best {
    background: var(--_ok);
    color: var(--_bg);
    border-radius: 1em;
    padding: 0 0.6em;
    font-size: 0.85em;
    font-weight: 700;
  }
  /* while the offers come: grey bars where cards will be */
  .skeleton {
    display: grid;
    gap: 0.6em;
    padding: 0.85em;
    margin-bottom: 0.75em;
    border: 1px solid var(--_surface);
    border-radius: var(--_radius);
  }
  .skeleton i {
    height: 1em;
    border-radius: 0.25em;
    background: var(--_surface);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton i:first-child {
    width: 60%;
    height: 1.3em;
  }
  .skeleton i:last-child {
    width: 40%;
  }
  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton i {
      animation: none;
    }
  }
`;

export interface OfferText {
  /** The package's name a customer understands ("Tyre protection, 24 months"). */
  name: string;
  /** What is covered, in plain words. */
  covers: string;
}

/** A group of offers shown under one title (one package's terms). */
export interface OfferGroup {
  /** The group's name; offers with the same title are shown together. */
  title: string;
  /** A line under the title (when the cover starts). */
  note?: string;
}

export interface OffersContext extends FormHost {
  readonly language: 'en' | 'ro';
}

/** The offers as a radio group of cards: premium, term, dates, package, cover; the picked one is marked. */
export function renderOffers(
  h: OffersContext,
  offers: PublicOffer[],
  selected: string | undefined,
  onSelect: (o: PublicOffer) => void,
  describe: (o: PublicOffer) => OfferText,
  group?: (o: PublicOffer) => OfferGroup,
): TemplateResult {
  const t = typed<typeof offersEn & typeof cardsEn>(h);
  if (!offers.length) return html`<p>${t('offers.none')}</p>`;
  const money = (n: number, o: PublicOffer) => formatMoney(n, o.currency, h.language);
  // "Best value": the one offer with the lowest price per month, in whole bani — a tie names none.
  const monthly = (o: PublicOffer) => (o.termTime ? o.premiumAmount / o.termTime : Infinity);
  const bani = (o: PublicOffer) => Math.round(monthly(o) * 100);
  const lowest = Math.min(...offers.map(bani));
  const best = offers.length > 1 && lowest < Infinity && offers.filter((o) => bani(o) === lowest).length === 1 ? lowest : NaN;
  /**
   * One offer: the whole card is the radio's label (a click anywhere picks it); the radio is named by
   * the card's title (with the term) and price, described by the rest.
   */
  const card = (o: PublicOffer, i: number) => {
    const text = describe(o);
    const on = o.offerId === selected;
    // By position: an offer's id is a capability, kept out of the page's DOM.
    const id = `offer-${i}`;
    const m = monthly(o);
    return html`<label class="offer ${on ? 'on' : ''}" part=${on ? 'offer offer-selected' : 'offer'}>
      <input
        type="radio"
        name="offer"
        id=${id}
        .checked=${on}
        @change=${() => onSelect(o)}
        aria-labelledby="${id}-n ${id}-p"
        aria-describedby="${id}-m ${id}-d"
      />
      <span class="offer-name" id="${id}-n">${o.termTime ? t('offers.title', { name: text.name, term: t('offers.term', { n: o.termTime }) }) : text.name}</span>
      <span class="cost">
        <span class="price" id="${id}-p">${money(o.premiumAmount, o)}</span>
        <span class="monthly" id="${id}-m">${m < Infinity ? t('offers.monthly', { amount: money(m, o) }) : nothing}</span>
      </span>
      <span class="offer-d" id="${id}-d">
        ${bani(o) === best ? html`<span class="best">${t('offers.best')}</span>` : nothing}
        ${o.startDate && o.endDate ? html`<span>${t('offers.period', { start: o.startDate, end: o.endDate })}${o.installments.length > 1 ? ` · ${t('offers.installments', { n: o.installments.length })}` : nothing}</span>` : nothing}
        <span>${text.covers}</span>
        ${o.offerExpiryDate ? html`<span class="hint">${t('offers.validUntil', { date: o.offerExpiryDate })}</span>` : nothing}
      </span>
    </label>`;
  };
  // Groups keep one radio group (one name, one index per offer), so arrows still move through every offer.
  const groups = new Map<string, { g: OfferGroup; cards: TemplateResult[] }>();
  offers.forEach((o, i) => {
    const g = group?.(o);
    if (!g) return;
    (groups.get(g.title) ?? groups.set(g.title, { g, cards: [] }).get(g.title)!).cards.push(card(o, i));
  });
  return html`<fieldset class="offers" part="offers">
    <legend class="sr">${t('offers.choose')}</legend>
    ${group
      ? [...groups.values()].map(
          ({ g, cards }) => html`<fieldset class="offer-group" part="offer-group">
            <legend class="group-title">${g.title}</legend>
            ${g.note ? html`<p class="hint">${g.note}</p>` : nothing}${cards}
          </fieldset>`,
        )
      : offers.map(card)}
  </fieldset>`;
}
