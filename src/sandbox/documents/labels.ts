/** Names and labels the sandbox's documents print, in both languages. */
import type { Bilingual, Locale } from '../../contract/i18n/format.js';
import type { ProductKey } from '../../contract/products/index.js';
import { TIRE_FLEET_UNIT_PRICES } from '../../contract/products/pricing.js';

export const INSURER_DISPLAY: Record<string, string> = {
  michelin: 'Michelin',
  lg: 'LG Electronics',
  porsche: 'Porsche',
  colonnade: 'Colonnade',
  pointer: 'Pointer',
  allianz: 'Allianz',
  levins: 'LevIns',
};

export const PRODUCT_NAMES: Record<ProductKey, Bilingual> = {
  tire: { en: 'Tyre insurance', ro: 'Asigurare anvelope' },
  tireFleet: { en: 'Tyre insurance for fleets', ro: 'Asigurare anvelope pentru flote' },
  electronics: { en: 'Electronics insurance', ro: 'Asigurare electronice' },
  extendedWarranty: { en: 'Extended vehicle warranty', ro: 'Garanție extinsă auto' },
  solarPanel: { en: 'Solar panel insurance', ro: 'Asigurare panouri solare' },
  gap: { en: 'GAP insurance', ro: 'Asigurare GAP' },
  houseAssistance: { en: 'Home assistance', ro: 'Asistență pentru locuință' },
  digitalProtection: { en: 'Digital protection', ro: 'Protecție digitală' },
  businessCyberProtection: { en: 'Business cyber protection', ro: 'Protecție cibernetică pentru firme' },
};

const PACKAGE_NAMES: Record<string, Bilingual> = {
  var_1: { en: TIRE_FLEET_UNIT_PRICES.var_1.name, ro: TIRE_FLEET_UNIT_PRICES.var_1.name },
  var_2: { en: TIRE_FLEET_UNIT_PRICES.var_2.name, ro: TIRE_FLEET_UNIT_PRICES.var_2.name },
  daf: { en: 'Accidental damage and theft (ADT)', ro: 'Daune accidentale și furt (DAF)' },
  ge: { en: 'Extended warranty (EW)', ro: 'Garanție extinsă (GE)' },
  basic: { en: 'Basic', ro: 'De bază' },
  standard: { en: 'Standard', ro: 'Standard' },
  premium: { en: 'Premium', ro: 'Premium' },
};

export const packageName = (code: string, locale: Locale): string => PACKAGE_NAMES[code]?.[locale] ?? code;

export const DOCUMENT_TITLES: Record<string, Bilingual> = {
  offer: { en: 'Insurance offer', ro: 'Ofertă de asigurare' },
  dnt: { en: 'Demands and needs (DNT)', ro: 'Analiza cerințelor și necesităților (DNT)' },
  'pre-contract': { en: 'Pre-contract information', ro: 'Informații precontractuale' },
  gdpr: { en: 'Personal data notice (GDPR)', ro: 'Informare privind prelucrarea datelor personale (GDPR)' },
  'terms-and-conditions': { en: 'Terms and conditions', ro: 'Termeni și condiții' },
  policy: { en: 'Insurance policy', ro: 'Poliță de asigurare' },
};

/** One short paragraph per document, saying what the real one would hold. */
export const DOCUMENT_TEXT: Record<string, Bilingual> = {
  offer: {
    en: 'This offer states the premium and the period of cover quoted for the policyholder above. It can be turned into a policy until the date it is valid to, by paying the premium.',
    ro: 'Această ofertă arată prima și perioada de asigurare cotate pentru contractantul de mai sus. Poate fi transformată în poliță până la data de valabilitate, prin plata primei.',
  },
  dnt: {
    en: 'The demands-and-needs analysis records why this cover suits the customer. In the sandbox it is a placeholder that carries the offer data.',
    ro: 'Analiza cerințelor și necesităților arată de ce această asigurare se potrivește clientului. În sandbox este un document de test care poartă datele ofertei.',
  },
  'pre-contract': {
    en: 'Pre-contract information: the insurer, the cover, the premium and the period, given to the customer before the contract is concluded.',
    ro: 'Informații precontractuale: asigurătorul, acoperirea, prima și perioada, comunicate clientului înainte de încheierea contractului.',
  },
  gdpr: {
    en: 'The insurer processes the personal data in this offer to quote, issue and administer the policy. In the sandbox, data lives in memory only and is gone on restart.',
    ro: 'Asigurătorul prelucrează datele personale din această ofertă pentru cotare, emiterea și administrarea poliței. În sandbox, datele sunt doar în memorie și dispar la repornire.',
  },
  'terms-and-conditions': {
    en: 'The terms and conditions of the cover. The sandbox has none of its own: read the insurer’s real terms before selling this product.',
    ro: 'Termenii și condițiile asigurării. Sandbox-ul nu are termeni proprii: citiți termenii reali ai asigurătorului înainte de a vinde produsul.',
  },
  policy: {
    en: 'This policy confirms the cover above for the period shown, the premium having been paid as stated.',
    ro: 'Această poliță confirmă acoperirea de mai sus pentru perioada indicată, prima fiind plătită conform datelor de plată.',
  },
};

export const BANNER: Bilingual = {
  en: 'SANDBOX — a test document from the LIH sandbox insurer. It is not an insurance contract and has no legal value.',
  ro: 'SANDBOX — document de test emis de asigurătorul sandbox LIH. Nu este un contract de asigurare și nu are valoare juridică.',
};

/**
 * `payment.method` as words: the API's codes are lower-case jargon ("broker
 * payment order"). The docs list the codes without meanings, so these stay
 * close to the code (only "pos" gains the "card" it is paid with).
 */
export const PAYMENT_METHOD_NAMES: Record<string, Bilingual> = {
  pos: { en: 'Card (POS)', ro: 'Card (POS)' },
  receipt: { en: 'Receipt', ro: 'Chitanță' },
  'broker receipt': { en: 'Broker receipt', ro: 'Chitanță broker' },
  'broker payment order': { en: 'Broker payment order', ro: 'Ordin de plată broker' },
};

/** Field labels; one table so both languages stay in step. */
export const L = {
  insurer: { en: 'Insurer', ro: 'Asigurător' },
  product: { en: 'Product', ro: 'Produs' },
  package: { en: 'Package', ro: 'Pachet' },
  offerNumber: { en: 'Offer number', ro: 'Număr ofertă' },
  offerCode: { en: 'Offer code', ro: 'Cod ofertă' },
  quotedOn: { en: 'Quoted on', ro: 'Data ofertei' },
  validUntil: { en: 'Offer valid until', ro: 'Ofertă valabilă până la' },
  policyholder: { en: 'Policyholder', ro: 'Contractant' },
  holderDetails: { en: 'Policyholder details', ro: 'Date contractant' },
  taxId: { en: 'Tax id / CNP', ro: 'CNP / CUI' },
  address: { en: 'Address', ro: 'Adresă' },
  premium: { en: 'Premium', ro: 'Primă de asigurare' },
  premiumNet: { en: 'Premium net of commission', ro: 'Primă netă de comision' },
  startDate: { en: 'Cover starts', ro: 'Început valabilitate' },
  endDate: { en: 'Cover ends', ro: 'Sfârșit valabilitate' },
  installments: { en: 'Instalments', ro: 'Rate' },
  installment: { en: 'Instalment', ro: 'Rata' },
  due: { en: 'due', ro: 'scadentă' },
  months: { en: 'months', ro: 'luni' },
  details: { en: 'What is insured', ro: 'Obiectul asigurării' },
  cover: { en: 'Cover', ro: 'Acoperire' },
  payment: { en: 'Payment', ro: 'Plată' },
  policyNumber: { en: 'Policy series and number', ro: 'Serie și număr poliță' },
  policyId: { en: 'Policy id', ro: 'Identificator poliță' },
  issuedOn: { en: 'Issued on', ro: 'Data emiterii' },
  method: { en: 'Payment method', ro: 'Modalitate de plată' },
  amount: { en: 'Amount paid', ro: 'Sumă plătită' },
  paymentDate: { en: 'Payment date', ro: 'Data plății' },
  paymentDocument: { en: 'Payment document', ro: 'Document de plată' },
  vehicle: { en: 'Vehicle', ro: 'Vehicul' },
  vehicles: { en: 'Vehicles', ro: 'Vehicule' },
  tyres: { en: 'Tyres', ro: 'Anvelope' },
  purchasePrice: { en: 'Purchase price', ro: 'Preț de achiziție' },
  purchaseDate: { en: 'Purchase date', ro: 'Data achiziției' },
  device: { en: 'Device', ro: 'Produs asigurat' },
  invoice: { en: 'Invoice', ro: 'Factură' },
  plate: { en: 'Licence plate', ro: 'Număr de înmatriculare' },
  vin: { en: 'VIN', ro: 'Serie șasiu (VIN)' },
  mileage: { en: 'Mileage', ro: 'Kilometraj' },
  items: { en: 'Installation', ro: 'Instalație' },
  area: { en: 'Built / usable area', ro: 'Suprafață construită / utilă' },
  website: { en: 'Website', ro: 'Site web' },
  insuredAmount: { en: 'Insured amount', ro: 'Sumă asigurată' },
  computers: { en: 'Insured computers / servers', ro: 'Calculatoare / servere asigurate' },
  person: { en: 'Individual cover for the policyholder', ro: 'Acoperire individuală pentru contractant' },
} satisfies Record<string, Bilingual>;
