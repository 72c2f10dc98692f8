/**
 * What each document shows: the offer's or policy's data as label/value rows,
 * in the reader's language. A person who opens any of them sees the insurer,
 * the product, the premium, the dates and the policyholder.
 */
import { formatParam, type Locale } from '../../contract/i18n/format.js';
import { isLegalEntity, type Person } from '../../contract/person.js';
import type { ProductBody } from '../../contract/products/index.js';
import { electronicsLabel, findTireBrand } from '../nomenclature/data.js';
import type { StoredOffer, StoredPolicy } from '../state.js';
import { BANNER, DOCUMENT_TEXT, DOCUMENT_TITLES, INSURER_DISPLAY, L, PAYMENT_METHOD_NAMES, PRODUCT_NAMES, packageName } from './labels.js';
import type { PdfSection, PdfSpec } from './pdf.js';

const money = (amount: number, locale: Locale): string =>
  `${amount.toLocaleString(locale === 'ro' ? 'ro-RO' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} RON`;
const date = (iso: string, locale: Locale): string => formatParam(iso, locale);
const tireMake = (code: string): string => findTireBrand(code)?.name ?? code;

export const personName = (p: Person): string => (isLegalEntity(p) ? p.businessName! : `${p.firstName ?? ''} ${p.lastName ?? ''}`.trim());

function addressLine(a: Person['address']): string {
  const parts = [`${a.street} ${a.houseNumber}`, a.building && `bl. ${a.building}`, a.staircase && `sc. ${a.staircase}`, a.floor && `et. ${a.floor}`, a.apartment && `ap. ${a.apartment}`];
  return [parts.filter(Boolean).join(', '), `${a.city}, ${a.county}`, a.postcode].filter(Boolean).join(', ');
}

/** A few rows describing what the product covers. */
function details(o: StoredOffer, lo: Locale): [string, string][] {
  const b = o.body;
  switch (o.product) {
    case 'tire': {
      const t = (b as ProductBody<'tire'>).tire;
      return [
        [L.vehicle[lo], `${t.vehicleBrand} ${t.vehicleModel}`],
        [L.tyres[lo], `${tireMake(t.tireMake)} ${t.tireModel}, ${t.tireWidth}″, DOT ${t.dot}`],
        [L.purchasePrice[lo], money(t.purchasePrice, lo)],
        [L.purchaseDate[lo], date(t.purchaseDate, lo)],
      ];
    }
    case 'tireFleet': {
      const vs = (b as ProductBody<'tireFleet'>).tireFleet.vehicles;
      return [[L.vehicles[lo], vs.map((v, i) => `${i + 1}. ${v.vehicleBrand} ${v.vehicleModel} — ${tireMake(v.tireMake)} ${v.tireModel}, ${v.tireWidth}″`).join('\n')]];
    }
    case 'electronics': {
      const e = (b as ProductBody<'electronics'>).electronics;
      return [
        [L.device[lo], [electronicsLabel(e.productCategory, lo), e.productBrand, e.productModel].filter(Boolean).join(' · ')],
        [L.purchasePrice[lo], money(e.purchasePrice, lo)],
        [L.purchaseDate[lo], date(e.purchaseDate, lo)],
        [L.invoice[lo], e.invoiceNumber],
      ];
    }
    case 'extendedWarranty': {
      const v = (b as ProductBody<'extendedWarranty'>).extendedWarranty.vehicle;
      return [
        [L.vehicle[lo], `${v.brand} ${v.model} (${v.yearOfConstruction})`],
        [L.plate[lo], v.licensePlate],
        [L.vin[lo], v.vin],
        [L.mileage[lo], `${v.currentMileage.toLocaleString(lo === 'ro' ? 'ro-RO' : 'en-GB')} km`],
      ];
    }
    case 'solarPanel': {
      const s = b as ProductBody<'solarPanel'>;
      return [
        [L.items[lo], s.solarPanel.solarPanelItems.map((i) => `${i.count} × ${i.brand} (${i.category}, ${i.power} kW)`).join('\n')],
        [L.purchasePrice[lo], money(s.additionalData.purchasePrice, lo)],
      ];
    }
    case 'gap': {
      const v = (b as ProductBody<'gap'>).gap.vehicle;
      return [
        [L.vehicle[lo], `${v.brand} ${v.model} (${v.yearOfConstruction})`],
        [L.plate[lo], v.licensePlate],
        [L.vin[lo], v.vin],
      ];
    }
    case 'houseAssistance': {
      const h = (b as ProductBody<'houseAssistance'>).houseAssistance;
      return [
        [L.address[lo], addressLine(h.address)],
        [L.area[lo], `${h.builtArea} m² / ${h.usableArea} m²`],
      ];
    }
    case 'digitalProtection':
      return [[L.cover[lo], L.person[lo]]];
    case 'businessCyberProtection': {
      const c = (b as ProductBody<'businessCyberProtection'>).businessCyberProtection;
      return [
        [L.website[lo], c.website],
        [L.insuredAmount[lo], `${c.insuredAmount.toLocaleString(lo === 'ro' ? 'ro-RO' : 'en-GB')} EUR`],
        [L.computers[lo], `${c.numberOfInsuredComputers} / ${c.numberOfInsuredServers}`],
      ];
    }
  }
}

function holderRows(o: StoredOffer, lo: Locale): [string, string][] {
  const p = o.body.policyholder as Person;
  return [
    [L.policyholder[lo], personName(p)],
    [L.taxId[lo], p.taxId],
    [L.address[lo], addressLine(p.address)],
  ];
}

function coverRows(o: StoredOffer, lo: Locale): [string, string][] {
  const offer = o.offer;
  return [
    [L.insurer[lo], INSURER_DISPLAY[o.insurer] ?? o.insurer],
    [L.product[lo], PRODUCT_NAMES[o.product][lo]],
    [L.package[lo], `${packageName(o.package, lo)}, ${o.termTime} ${L.months[lo]}`],
    [L.premium[lo], money(offer.premiumAmount, lo)],
    [L.startDate[lo], date(offer.startDate, lo)],
    [L.endDate[lo], date(offer.endDate, lo)],
    [L.installments[lo], offer.installments.map((i) => `${L.installment[lo]} ${i.id}: ${money(i.amount, lo)}, ${L.due[lo]} ${date(i.dueDate, lo)}`).join('\n')],
  ];
}

const footer = (o: StoredOffer, lo: Locale) => `${INSURER_DISPLAY[o.insurer] ?? o.insurer} · ${PRODUCT_NAMES[o.product][lo]} · SANDBOX`;

/** One of the five offer documents (offer, dnt, pre-contract, gdpr, terms-and-conditions). */
export function offerDocumentSpec(type: string, o: StoredOffer, lo: Locale): PdfSpec {
  const title = DOCUMENT_TITLES[type]![lo];
  return {
    title,
    subtitle: `${INSURER_DISPLAY[o.insurer] ?? o.insurer} · ${PRODUCT_NAMES[o.product][lo]} · ${L.offerNumber[lo]} ${o.offer.offerId}`,
    banner: BANNER[lo],
    sections: [
      {
        rows: [
          [L.offerNumber[lo], String(o.offer.offerId)],
          [L.offerCode[lo], o.offer.providerOfferCode],
          [L.quotedOn[lo], date(o.quotedOn, lo)],
          [L.validUntil[lo], date(o.offer.offerExpiryDate, lo)],
        ],
      },
      { heading: L.cover[lo], rows: coverRows(o, lo) },
      { heading: L.holderDetails[lo], rows: holderRows(o, lo) },
      { heading: L.details[lo], rows: details(o, lo) },
    ],
    paragraphs: [DOCUMENT_TEXT[type]![lo]],
    footer: footer(o, lo),
    meta: { author: INSURER_DISPLAY[o.insurer] ?? o.insurer, subject: `${title} ${o.offer.offerId}`, language: lo === 'ro' ? 'ro-RO' : 'en-GB', created: new Date(`${o.quotedOn}T00:00:00Z`) },
  };
}

export function policyDocumentSpec(p: StoredPolicy, o: StoredOffer, lo: Locale): PdfSpec {
  const pol = p.policy;
  const title = DOCUMENT_TITLES.policy![lo];
  return {
    title: `${title} ${pol.series} ${pol.number}`,
    subtitle: `${INSURER_DISPLAY[o.insurer] ?? o.insurer} · ${PRODUCT_NAMES[o.product][lo]}`,
    banner: BANNER[lo],
    sections: [
      {
        rows: [
          [L.policyNumber[lo], `${pol.series} ${pol.number}`],
          [L.policyId[lo], String(pol.policyId)],
          [L.issuedOn[lo], date(p.issuedOn, lo)],
          [L.offerNumber[lo], String(o.offer.offerId)],
        ],
      },
      { heading: L.cover[lo], rows: coverRows(o, lo) },
      { heading: L.holderDetails[lo], rows: holderRows(o, lo) },
      { heading: L.details[lo], rows: details(o, lo) },
      {
        heading: L.payment[lo],
        rows: [
          [L.method[lo], PAYMENT_METHOD_NAMES[pol.payment.method]?.[lo] ?? pol.payment.method],
          [L.amount[lo], money(pol.payment.amount, lo)],
          [L.paymentDate[lo], date(pol.payment.date, lo)],
          [L.paymentDocument[lo], pol.payment.documentNumber],
        ],
      },
    ],
    paragraphs: [DOCUMENT_TEXT.policy![lo]],
    footer: footer(o, lo),
    meta: { author: INSURER_DISPLAY[o.insurer] ?? o.insurer, subject: `${title} ${pol.series} ${pol.number}`, language: lo === 'ro' ? 'ro-RO' : 'en-GB', created: new Date(`${p.issuedOn}T00:00:00Z`) },
  };
}
