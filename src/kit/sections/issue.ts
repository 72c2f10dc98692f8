import { html, nothing, type TemplateResult } from 'lit';
import type { PublicOffer, PublicSiteConfig } from '../../contract/public-api.js';
import { textField } from '../fields.js';
import { formatMoney } from '../format.js';
import type { OffersContext } from './offers.js';

/** Where the customer checks the chosen offer and confirms; the payment document number when the site needs one. */
export function renderIssue(h: OffersContext, offer: PublicOffer, config: PublicSiteConfig | undefined): TemplateResult {
  const text = h.describeOffer(offer);
  const amount = formatMoney(offer.premiumAmount, offer.currency, h.language);
  return html`<dl class="summary" part="summary">
      <dt>${h.t('issue.cover')}</dt>
      <dd>${text.name}<br /><span class="hint">${text.covers}</span></dd>
      ${offer.startDate && offer.endDate
        ? html`<dt>${h.t('issue.period')}</dt>
            <dd>${h.t('offers.period', { start: offer.startDate, end: offer.endDate })}</dd>`
        : nothing}
      <dt>${h.t('issue.premium')}</dt>
      <dd class="price">${amount}</dd>
    </dl>
    ${config?.payment.documentNumberRequired
      ? textField(h, 'payment.documentNumber', h.t('issue.documentNumber'), { hint: h.t('issue.documentHint') })
      : nothing}
    <p>${config?.issuance === 'server' ? h.t('issue.server') : h.t('issue.confirm', { amount })}</p>`;
}
