/**
 * The Casco documents: the offer (GET …/offer/{id}) and the policy
 * (GET …/policy?series=&number=), each one PDF in `files[]`, drawn by the
 * sandbox's PDF writer with the Assets documents' labels. Romanian unless
 * the caller asks for English, rendered once per language.
 */
import type { DocumentFile } from '../../contract/documents.js';
import { formatParam, type Bilingual, type Locale } from '../../contract/i18n/format.js';
import { BANNER, DOCUMENT_TEXT, DOCUMENT_TITLES, L, PAYMENT_METHOD_NAMES } from '../documents/labels.js';
import { renderPdf, type PdfSpec } from '../documents/pdf.js';
import type { SandboxState } from '../state.js';
import { cached, file } from '../documents/files.js';
import { CASCO_INSURERS } from './insurers.js';
import type { CascoStoredOffer, CascoStoredPolicy } from './store.js';

const PRODUCT: Bilingual = { en: 'Casco (comprehensive motor insurance)', ro: 'Asigurare CASCO' };

const amount = (n: number, currency: string, lo: Locale) =>
  `${n.toLocaleString(lo === 'ro' ? 'ro-RO' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
const date = (iso: string, lo: Locale) => formatParam(iso, lo);
const display = (o: CascoStoredOffer) => CASCO_INSURERS[o.insurer]?.display ?? o.insurer;

function holderName(p: CascoStoredOffer['product']['policyholder']): string {
  return p.businessName ?? `${p.firstName ?? ''} ${p.lastName ?? ''}`.trim();
}

function coverSections(o: CascoStoredOffer, lo: Locale): PdfSpec['sections'] {
  const { offer, product } = o;
  const v = product.vehicle;
  const a = product.policyholder.address;
  return [
    {
      heading: L.cover[lo],
      rows: [
        [L.insurer[lo], display(o)],
        [L.product[lo], PRODUCT[lo]],
        [L.premium[lo], amount(offer.premiumAmount, offer.currency, lo)],
        [L.startDate[lo], date(offer.startDate, lo)],
        [L.endDate[lo], date(offer.endDate, lo)],
        [L.installments[lo], offer.installments.map((i) => `${L.installment[lo]} ${i.id}: ${amount(i.amount, offer.currency, lo)}, ${L.due[lo]} ${date(i.dueDate, lo)}`).join('\n')],
        [L.details[lo], [offer.coverages.map((c) => `${c.code}: ${c.notes}`).join('\n'), offer.notes].join('\n')],
      ],
    },
    {
      heading: L.holderDetails[lo],
      rows: [
        [L.policyholder[lo], holderName(product.policyholder)],
        [L.taxId[lo], product.policyholder.taxId],
        [L.address[lo], `${a.street} ${a.houseNumber}, ${a.city}, ${a.county}`],
      ],
    },
    {
      heading: L.vehicle[lo],
      rows: [
        [L.vehicle[lo], `${v.brand} ${o.modelName} (${v.yearOfConstruction})`],
        [L.vin[lo], v.vin],
        ...(v.licensePlate ? ([[L.plate[lo], v.licensePlate]] as [string, string][]) : []),
        [L.insuredAmount[lo], amount(o.insuredSum, 'RON', lo)],
      ],
    },
  ];
}

const meta = (o: CascoStoredOffer, subject: string, day: string, lo: Locale): PdfSpec['meta'] => ({
  author: display(o),
  subject,
  language: lo === 'ro' ? 'ro-RO' : 'en-GB',
  created: new Date(`${day}T00:00:00Z`),
});

export function cascoOfferFiles(state: SandboxState, o: CascoStoredOffer, lo: Locale): Promise<DocumentFile[]> {
  const id = o.offer.offerId;
  const title = DOCUMENT_TITLES.offer![lo];
  const spec: PdfSpec = {
    title,
    subtitle: `${display(o)} · ${PRODUCT[lo]} · ${L.offerNumber[lo]} ${id}`,
    banner: BANNER[lo],
    sections: [
      { rows: [[L.offerNumber[lo], String(id)], [L.offerCode[lo], o.offer.providerOfferCode], [L.quotedOn[lo], date(o.quotedOn, lo)], [L.validUntil[lo], date(o.offer.offerExpiryDate, lo)]] },
      ...coverSections(o, lo),
    ],
    paragraphs: [DOCUMENT_TEXT.offer![lo]],
    footer: `${display(o)} · ${PRODUCT[lo]} · SANDBOX`,
    meta: meta(o, `${title} ${id}`, o.quotedOn, lo),
  };
  return cached(state, `casco-offer:${id}:${lo}`, async () => [file('offer', `offer-${id}.pdf`, await renderPdf(spec))]);
}

export function cascoPolicyFiles(state: SandboxState, p: CascoStoredPolicy, o: CascoStoredOffer, lo: Locale): Promise<DocumentFile[]> {
  const pol = p.policy;
  const title = DOCUMENT_TITLES.policy![lo];
  const spec: PdfSpec = {
    title: `${title} ${pol.series} ${pol.number}`,
    subtitle: `${display(o)} · ${PRODUCT[lo]}`,
    banner: BANNER[lo],
    sections: [
      { rows: [[L.policyNumber[lo], `${pol.series} ${pol.number}`], [L.policyId[lo], String(pol.policyId)], [L.issuedOn[lo], date(p.issuedOn, lo)], [L.offerNumber[lo], String(o.offer.offerId)]] },
      ...coverSections(o, lo),
      {
        heading: L.payment[lo],
        rows: [
          [L.method[lo], PAYMENT_METHOD_NAMES[pol.payment.method]?.[lo] ?? pol.payment.method],
          [L.amount[lo], amount(pol.payment.amount, pol.payment.currency, lo)],
          [L.paymentDate[lo], date(pol.payment.date, lo)],
          [L.paymentDocument[lo], pol.payment.documentNumber],
        ],
      },
    ],
    paragraphs: [DOCUMENT_TEXT.policy![lo]],
    footer: `${display(o)} · ${PRODUCT[lo]} · SANDBOX`,
    meta: meta(o, `${title} ${pol.series} ${pol.number}`, p.issuedOn, lo),
  };
  return cached(state, `casco-policy:${pol.policyId}:${lo}`, async () => [file('policy', `policy-${pol.series}-${pol.number}.pdf`, await renderPdf(spec))]);
}
