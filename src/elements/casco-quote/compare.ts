/**
 * The casco offers compared side by side: the kit's comparison (src/kit/steps/compare.ts, the offers
 * step's view) with casco's own columns, the deductibles and what is covered; sorted by what each
 * offer costs in lei.
 */
import type { CascoPublicOffer } from '../../contract/casco/public-api.js';
import type { PublicOffer } from '../../contract/public-api.js';
import type { CompareOptions, QuoteContext } from '../../kit/flow.js';
import type { OfferText } from '../../kit/sections/offers.js';
import { formatMoney } from '../../kit/format.js';
import { typed } from '../../kit/locale.js';
import type { cascoLaterEn } from './words.en.js';
import { insurersBody } from './bodies.js';
import { displayName } from './identification.js';

const casco = (o: PublicOffer) => o as unknown as CascoPublicOffer;
const words = (h: QuoteContext) => typed<typeof cascoLaterEn>(h);
const coverageName = (h: QuoteContext, code: string) => {
  const w = h.t(`coverage.${code}`);
  return w === `coverage.${code}` ? code : w;
};
const covered = (h: QuoteContext, o: CascoPublicOffer) => o.casco.coverages.map((c) => coverageName(h, c.code)).join(', ');
function deductibles(h: QuoteContext, o: CascoPublicOffer): string {
  const d = o.casco.deductibles;
  if (!d) return '—';
  const t = words(h);
  return d.partialDamage || d.totalDamage ? t('cover.deductible', { partial: formatMoney(d.partialDamage, o.currency, h.language), total: d.totalDamage }) : t('cover.noDeductible');
}

/** An offer in words (the summary before issuing, the documents): its insurer and deductibles, and what it covers. */
export function describe(h: QuoteContext, offer: PublicOffer): OfferText {
  const o = casco(offer);
  // After a reload mid-issuance only the offer's summary is kept: no insurer, no casco facts.
  if (!o.casco) return { name: h.t('step.cover'), covers: '' };
  return { name: `${words(h)('offer.name', { insurer: o.insurer.displayName })} · ${deductibles(h, o)}`, covers: covered(h, o) };
}

/** The comparison's options (the offers step's `compare`): the insurers asked, and casco's own columns. */
export function compare(h: QuoteContext): CompareOptions {
  const t = words(h);
  return {
    asking: Object.keys(insurersBody(h.form.values).insurers as object),
    displayName: (name) => displayName(h, name),
    // By what each costs in lei: a euro premium is compared at its rate.
    cost: (o) => casco(o).casco.exchangeRate?.amount ?? o.premiumAmount,
    columns: [
      { label: t('compare.deductibles'), cell: (o) => deductibles(h, casco(o)) },
      { label: t('compare.covered'), cell: (o) => covered(h, casco(o)) },
    ],
  };
}
