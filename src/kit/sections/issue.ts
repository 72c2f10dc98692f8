import { html, nothing, type TemplateResult } from 'lit';
import type { PublicOffer, PublicSiteConfig } from '../../contract/public-api.js';
import { textField } from '../fields.js';
import { formatMoney } from '../format.js';
import type { OfferText, OffersContext } from './offers.js';
import { typed } from '../locale.js';
import type { en } from '../i18n/sections/issue.en.js';
import type { en as offersEn } from '../i18n/sections/offers.en.js';

/**
 * Where the customer checks the chosen offer and confirms; the payment document number when the site needs one.
 * `locked` while an attempt's outcome is unknown: the offer only, nothing to change or confirm.
 */
export function renderIssue(h: OffersContext, offer: PublicOffer, text: OfferText, config: PublicSiteConfig | undefined, locked = false): TemplateResult {
  const t = typed<typeof en & typeof offersEn>(h);
  const amount = formatMoney(offer.premiumAmount, offer.currency, h.language);
  return html`<dl class="summary" part="summary">
      <dt>${t('issue.cover')}</dt>
      <dd>
        ${offer.termTime ? t('offers.title', { name: text.name, term: t('offers.term', { n: offer.termTime }) }) : text.name}<br /><span class="hint"
          >${text.covers}</span
        >
      </dd>
      ${offer.startDate && offer.endDate
        ? html`<dt>${t('issue.period')}</dt>
            <dd>${t('offers.period', { start: offer.startDate, end: offer.endDate })}</dd>`
        : nothing}
      <dt>${t('issue.premium')}</dt>
      <dd class="price">${amount}</dd>
    </dl>
    ${locked
      ? nothing
      : html`${config?.payment.documentNumberRequired && config.issuance !== 'server'
            ? textField(h, 'payment.documentNumber', t('issue.documentNumber'), { hint: t('issue.documentHint') })
            : nothing}
          <p>${config?.issuance === 'server' ? t('issue.server') : t('issue.confirm', { amount })}</p>`}`;
}
