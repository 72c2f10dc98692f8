/**
 * The kit's steps after the first — the policyholder, the summary before issuing, the documents — and
 * the proxy session they share, in one module the element loads while the customer fills the first
 * step: none of it weighs on the first load. The offers are shown by a view with its own module
 * (steps/cards.ts or steps/compare.ts) that re-exports this one: a flow loads only the view it shows.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../../contract/i18n/format.js';
import type { PublicOffer } from '../../contract/public-api.js';
import type { OffersStep, PolicyholderOptions, QuoteContext } from '../flow.js';
import { Session } from '../session.js';
import { renderPolicyholder } from '../sections/policyholder.js';
import { renderIssue } from '../sections/issue.js';
import { formatMoney } from '../format.js';
import { adopt } from '../later-styles.js';

/** The element's proxy session, made by the first step that needs it (and taking what the draft kept). */
export const session = (h: QuoteContext): Session => (h.session ??= new Session(h as QuoteContext & ReactiveControllerHost)) as Session;

/** The offers step of the flow (its words for an offer, its quote variants). */
export const offersStep = (h: QuoteContext) => h.flow.find((s) => s.id === 'offers') as OffersStep;
/** An offer in the product's words (its name, what it covers). */
export const describe = (h: QuoteContext, o: PublicOffer) => offersStep(h).describe(h, o);

/** A view's words loader: the later steps' words in one language, with the view's own (carried by its module in both). */
export const withLaterWords =
  (own: Record<Locale, Record<string, string>>) =>
  (l: Locale): Promise<{ default: Record<string, string> }> =>
    (l === 'ro' ? import('../i18n/later.ro.js') : import('../i18n/later.en.js')).then((m) => ({ default: { ...m.default, ...own[l] } }));

/** Offer files are named by their terms: the offer's id is a capability, not a name. */
const offerFile = (o?: PublicOffer): string => (o?.termTime ? `offer-${o.termTime}.pdf` : 'offer.pdf');

/** The policyholder's fields; under `base`, another person of the product's (casco's vehicle user), with the same fields. */
export const policyholder = (h: QuoteContext, o: PolicyholderOptions, base?: string): TemplateResult => (adopt(h), renderPolicyholder(h, o.who ?? 'any', base));

export const toOffers = (h: QuoteContext): void => session(h).toOffers();

/** What Continue does on the offers step: on to the summary once an offer is chosen. */
export const chooseOffer = (h: QuoteContext): void => {
  if (session(h).chosen) h.go(h.flow[h.flow.indexOf(h.step) + 1]!.id);
  else h.failure = { key: 'offers.choose' };
};

/** Back, alone under the offers step (while they come, or when there is none to choose). */
export const backOnly = (h: QuoteContext, busy = false): TemplateResult =>
  html`<div class="actions">${h.button(h.t('back'), () => h.go(h.flow[h.flow.indexOf(h.step) - 1]!.id), { busy })}</div>`;

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
