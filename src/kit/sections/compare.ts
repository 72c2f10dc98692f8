/**
 * The offers of several insurers compared side by side: a table (insurer, premium, instalments and
 * the product's own columns), sortable by price; in a narrow element (a phone) each offer is a card
 * with the same facts. Insurers still answering are shown as such, and those that failed or did not
 * answer in time are named, with what the customer can do. Only an element whose offers step
 * names this view (steps/compare.ts) loads it, after its first render.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { InsurerOutcome, PublicOffer } from '../../contract/public-api.js';
import type { CompareOptions, OffersView, QuoteContext } from '../flow.js';
import { formatMoney } from '../format.js';
import { typed } from '../locale.js';
import { adopt } from '../later-styles.js';
import type { en } from '../i18n/sections/compare.en.js';


// The comparison's rules, adopted by the element's shadow root when it first renders (a strict CSP refuses a <style>).
const sheet = css`
  .compare {
    container-type: inline-size;
    margin-bottom: var(--_gap);
  }
  table.offers {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    margin-bottom: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.6em 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-size: 0.9em;
    color: var(--_muted);
  }
  tr.offer {
    cursor: pointer;
  }
  tr.offer:hover {
    background: var(--_surface);
  }
  tr.offer.on {
    background: var(--_tint);
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  tr.offer:has(:focus-visible) {
    outline: var(--lih-focus-ring, 3px solid var(--_primary));
    outline-offset: -3px;
  }
  .who label {
    margin: 0;
    cursor: pointer;
  }
  .who .hint {
    display: block;
    font-weight: 400;
  }
  td.price {
    font-weight: 700;
    white-space: nowrap;
  }
  .sort {
    display: block;
    margin-top: 0.3em;
    font-size: 0.85em;
    padding: 0.2em 0.5em;
  }
  .k {
    display: none;
  }
  /* a phone, or a narrow column: each offer a card with the same facts, each labelled */
  @container (max-width: 40rem) {
    table.offers,
    caption,
    tbody,
    tr,
    td,
    tbody th {
      display: block;
    }
    thead tr {
      display: flex;
      justify-content: flex-end;
    }
    thead th:not([aria-sort]),
    thead .h {
      display: none;
    }
    thead th {
      border: 0;
      padding: 0 0 0.5em;
    }
    tr.offer {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 0.6em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.6em 0.8em;
      margin-bottom: 0.75em;
    }
    tr.offer.on {
      box-shadow: inset 0 0 0 2px var(--_primary);
      border-color: var(--_primary);
    }
    tr.offer > * {
      border: 0;
      padding: 0.2em 0;
    }
    tr.offer > td:not(.pick) {
      grid-column: 2;
    }
    /* the radio beside the insurer, the premium, the instalments and a product's two columns (casco's) */
    .pick {
      grid-row: span 5;
    }
    .k {
      display: block;
      font-size: 0.85em;
      font-weight: 400;
      color: var(--_muted);
    }
  }
  .asking {
    list-style: none;
    padding: 0;
  }
  .asking li {
    display: flex;
    gap: 0.6em;
    align-items: center;
    padding: 0.5em 0;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid var(--_surface);
    border-top-color: var(--_primary);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .missing {
    border: 1px solid var(--_border);
    border-left: 4px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    margin-bottom: var(--_gap);
  }
  .missing ul {
    margin: 0.3em 0;
    padding-left: 1.2em;
  }
`;

/** What became of each insurer: from the answers, or, when none answered, the proxy's 502. */
function outcomes(view: OffersView): InsurerOutcome[] {
  const answered = (view.answers as { insurers?: InsurerOutcome[] }[]).flatMap((a) => a.insurers ?? []);
  return answered.length ? answered : ((view.failed?.data as { insurers?: InsurerOutcome[] } | undefined)?.insurers ?? []);
}

/** Those that made no offer, named, with what to do. */
function missing(h: QuoteContext, list: InsurerOutcome[]): TemplateResult | typeof nothing {
  const t = typed<typeof en>(h);
  const gone = list.filter((i) => i.status !== 'ok');
  if (!gone.length) return nothing;
  return html`<div class="missing" part="missing-insurers">
    <ul>
      ${gone.map(
        (i) =>
          html`<li data-insurer=${i.insurer.name}>
            ${i.status === 'timeout'
              ? t('compare.timeout', { insurer: i.insurer.displayName })
              : i.message
                ? t('compare.failed', { insurer: i.insurer.displayName, reason: i.message })
                : t('compare.failedNoReason', { insurer: i.insurer.displayName })}
          </li>`,
      )}
    </ul>
    <p class="hint">${t('compare.whatToDo')}</p>
  </div>`;
}

// One per element: whether the customer sorted the offers by price.
const cheapestFirst = new WeakMap<QuoteContext, boolean>();

/** The comparison (steps/compare.ts, the offers step's view). */
export function renderComparison(h: QuoteContext, view: OffersView, o: CompareOptions): TemplateResult {
  adopt(h);
  adopt(h, sheet);
  const t = typed<typeof en & { 'offers.term': string }>(h);
  if (view.busy)
    return html`<p class="status">${h.t('offers.loading')}</p>
      <ul class="asking" role="status">
        ${o.asking.map((name) => html`<li><span class="spinner" aria-hidden="true"></span>${t('compare.asking', { insurer: o.displayName(name) })}</li>`)}
      </ul>`;
  const list = outcomes(view);
  if (!view.offers.length) return html`${missing(h, list)}`;
  const sorted = cheapestFirst.get(h) ?? false;
  const offers = view.offers.map((offer, i) => ({ offer, i }));
  if (sorted) offers.sort((a, b) => o.cost(a.offer) - o.cost(b.offer));
  const insurers = [...new Set(view.offers.map((offer) => offer.insurer?.displayName ?? ''))];
  const sort = () => {
    cheapestFirst.set(h, !sorted);
    if (!sorted) h.announce(t('compare.sorted'));
    h.requestUpdate();
  };
  const label = (text: string) => html`<span class="k" aria-hidden="true">${text}</span>`;
  return html`<div class="compare">
      <table class="offers" part="offers">
        <caption>
          ${t(insurers.length > 1 ? 'compare.caption' : 'compare.captionOne', { insurers: new Intl.ListFormat(h.language, { type: 'conjunction' }).format(insurers) })}
        </caption>
        <thead>
          <tr>
            <th scope="col"><span class="sr">${t('compare.insurer')}</span></th>
            <th scope="col">${t('compare.insurer')}</th>
            <th scope="col" aria-sort=${sorted ? 'ascending' : 'none'}>
              <span class="h">${t('compare.premium')}</span>
              <button type="button" class="sort" part="button" aria-pressed=${sorted ? 'true' : 'false'} @click=${sort}>${t('compare.sort')}</button>
            </th>
            <th scope="col">${t('compare.instalments')}</th>
            ${o.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${offers.map(({ offer, i }) => {
            const on = offer.offerId === view.selected;
            const id = `offer-${i}`;
            const who = offer.insurer?.displayName ?? '';
            const price = formatMoney(offer.premiumAmount, offer.currency, h.language);
            const n = offer.installments.length;
            // A click anywhere on the row picks it, through its radio (one change, one event).
            const pick = (e: Event) => (e.target as Element).closest('input, label, button') || (e.currentTarget as Element).querySelector('input')!.click();
            return html`<tr class="offer ${on ? 'on' : ''}" part=${on ? 'offer offer-selected' : 'offer'} @click=${pick}>
              <td class="pick">
                <input type="radio" name="offer" id=${id} .checked=${on} @change=${() => view.select(offer)} aria-label=${t('compare.choose', { insurer: who, price })} />
              </td>
              <th scope="row" class="who">
                <label for=${id}>${who}</label>
                <span class="hint">${offer.termTime ? t('offers.term', { n: offer.termTime }) : nothing}</span>
              </th>
              <td class="price">${label(t('compare.premium'))}${price}</td>
              <td>${label(t('compare.instalments'))}${n > 1 ? t('compare.inMany', { n, amount: formatMoney(offer.installments[0]!.amount, offer.currency, h.language) }) : t('compare.inOne')}</td>
              ${o.columns.map((c) => html`<td>${label(c.label)}${c.cell(offer)}</td>`)}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${missing(h, list)}`;
}
