/**
 * The kit's steps after the first — the policyholder, the offers, the summary before issuing, the
 * documents — and the proxy session they share, in one module the element loads while the customer
 * fills the first step: none of it weighs on the first load.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { PublicOffer } from '../../contract/public-api.js';
import type { OffersStep, PolicyholderOptions, QuoteContext } from '../flow.js';
import { Session } from '../session.js';
import { renderPolicyholder } from '../sections/policyholder.js';
import { renderOffers } from '../sections/offers.js';
import { renderIssue } from '../sections/issue.js';
import { formatMoney } from '../format.js';
import { adopt } from '../later-styles.js';

/** The element's proxy session, made by the first step that needs it (and taking what the draft kept). */
export const session = (h: QuoteContext): Session => (h.session ??= new Session(h as QuoteContext & ReactiveControllerHost)) as Session;

/** The offers step of the flow (its words for an offer, its quote variants). */
const offersStep = (h: QuoteContext) => h.flow.find((s) => s.id === 'offers') as OffersStep;
const describe = (h: QuoteContext, o: PublicOffer) => offersStep(h).describe(h, o);
const grouping = (h: QuoteContext) => {
  const group = offersStep(h).group;
  return group && ((o: PublicOffer) => group(h, o));
};

/** Offer files are named by their terms: the offer's id is a capability, not a name. */
const offerFile = (o?: PublicOffer): string => (o?.termTime ? `offer-${o.termTime}.pdf` : 'offer.pdf');

export const policyholder = (h: QuoteContext, o: PolicyholderOptions): TemplateResult => (adopt(h), renderPolicyholder(h, o.who ?? 'any'));

export const toOffers = (h: QuoteContext): void => session(h).toOffers();

export function offers(h: QuoteContext): TemplateResult {
  const s = session(h);
  const choose = () => {
    if (s.chosen) h.go(h.flow[h.flow.indexOf(h.step) + 1]!.id);
    else h.failure = { key: 'offers.choose' };
  };
  adopt(h);
  if (s.busy === 'quote') {
    // Cards to come, as tall as the step that asked: the panel keeps its height while the offers load.
    return html`<div class="loading" ${ref((e) => e && ((e as HTMLElement).style.minHeight = s.hold ? `${s.hold}px` : ''))}>
      <p class="status" role="status">${h.t('offers.loading')}</p>
      ${[0, 1].map(() => html`<div class="skeleton" aria-hidden="true"><i></i><i></i><i></i></div>`)}
    </div>`;
  }
  // Nothing to choose: when asking failed the banner says why (and retries), else that there is no offer; only Back.
  if (!s.offers.length)
    return html`${h.failure ? nothing : html`<p>${h.t('offers.none')}</p>`}
      <div class="actions">${h.button(h.t('back'), () => h.go(h.flow[h.flow.indexOf(h.step) - 1]!.id))}</div>`;
  return h.stepForm(renderOffers(h, s.offers, s.selected, (o) => s.select(o), (o) => describe(h, o), grouping(h)), 'next', choose);
}

export function issue(h: QuoteContext): TemplateResult {
  const s = session(h);
  const offer = s.chosen;
  if (!offer) return html``;
  adopt(h);
  const config = h.siteConfig;
  const server = config?.issuance === 'server';
  const c = s.checking;
  const back = () => s.pending || h.go(h.flow[h.flow.indexOf(h.step) - 1]!.id);
  // Until the outcome is known: no way back to the offers, no second attempt — only "Check again".
  return html`${c
      ? html`<div class="banner checking" part="checking">
          <p><strong>${h.t('check.body')}</strong></p>
          <p role="status">${h.t(`check.${c}`, { button: h.t('check.again') })}</p>
        </div>`
      : nothing}${renderIssue(h, offer, describe(h, offer), config, !!c)}
    <div class="actions">
      ${h.button(h.t('back'), back, { busy: s.pending })}
      ${server
        ? h.button(h.t('docs.offer'), () => s.download('offers', offer.offerId, offerFile(offer)), { busy: s.busy === 'download' })
        : c
          ? h.button(h.t('check.again'), s.recheck, { primary: true, busy: c === 'asking' })
          : h.button(s.busy === 'issue' ? h.t('issue.pending') : h.t('issue.button'), s.issue, { primary: true, busy: s.busy === 'issue' })}
    </div>`;
}

export function documents(h: QuoteContext): TemplateResult {
  const s = session(h);
  const p = s.policy;
  if (!p) return html``;
  adopt(h);
  const { policyId, offerId } = p;
  const busy = s.busy === 'download';
  // The offer it was issued from, when still on hand (not after a reload): its name and dates.
  const offer = s.offers.find((o) => o.offerId === offerId);
  const start = p.startDate ?? offer?.startDate;
  const end = p.endDate ?? offer?.endDate;
  const money = p.premiumAmount !== undefined && formatMoney(p.premiumAmount, p.currency ?? 'RON', h.language);
  return html`<p class="done" part="success">✓ ${h.t('docs.issued', { series: p.series, number: p.number })}</p>
    <dl class="summary" part="summary">
      <dt>${h.t('docs.number')}</dt>
      <dd>${p.series} ${p.number}${offer
        ? html`<br /><span class="hint"
              >${offer.termTime ? h.t('offers.title', { name: describe(h, offer).name, term: h.t('offers.term', { n: offer.termTime }) }) : describe(h, offer).name}</span
            >`
        : nothing}</dd>
      ${start && end ? html`<dt>${h.t('issue.period')}</dt><dd>${h.t('offers.period', { start, end })}</dd>` : nothing}
      ${money ? html`<dt>${h.t('issue.premium')}</dt><dd class="price">${money}</dd>` : nothing}
    </dl>
    <h3>${h.t('docs.files')}</h3>
    ${policyId && offerId
      ? html`<div class="actions docs">
          ${h.button(h.t('docs.policy'), () => s.download('policies', policyId, `policy-${p.series}-${p.number}.pdf`), { primary: true, busy })}
          ${h.button(h.t('docs.offer'), () => s.download('offers', offerId, offerFile(offer)), { busy })}
        </div>`
      : html`<p>${h.t('docs.gone')}</p>`}
    <h3>${h.t('docs.next')}</h3>
    <p>${start && end ? `${h.t('docs.starts', { date: start, end })} ` : nothing}${h.t('docs.keep')}</p>
    <div class="actions">${h.button(h.t('docs.again'), () => s.restart())}</div>`;
}
