import { roFirst } from '../../kit/i18n/first.ro.js';
import type { tireEn } from './strings.en.js';

/** The tyre element's own words in Romanian. */
export const tireRo = {
  'step.details': 'Anvelopele dumneavoastră',
  'tire.vehicle': 'Vehicul',
  'tire.vehicleBrand': 'Marcă',
  'tire.vehicleModel': 'Model',
  'tire.pickBrand': 'Alegeți întâi marca',
  'tire.tyres': 'Anvelope Michelin',
  'tire.tireModel': 'Modelul anvelopei',
  'tire.tireWidth': 'Diametrul jantei (inci)',
  'tire.dot': 'Data DOT',
  'tire.dotHint': 'Săptămâna și anul din codul DOT, ex. 3724',
  'tire.purchasePrice': 'Prețul celor 4 anvelope (lei)',
  'tire.purchaseDate': 'Data cumpărării',
  'tire.purchaseHint': 'În ultimele 30 de zile',
  'tire.startDate': 'Asigurarea începe pe',
  'tire.startHint': 'Azi sau în următoarele 60 de zile',
  'tire.agreements': 'Acorduri',
  'tire.purchased4Tires': 'Am cumpărat un set de 4 anvelope Michelin pentru acest vehicul.',
  'tire.customerAgreement': 'Am citit și accept {terms} și {privacy}.',
  'tire.terms': 'termenii și condițiile',
  'tire.privacy': 'nota privind datele personale',
  'tire.michelinDataAgreement': 'Michelin poate folosi datele mele pentru administrarea asigurării.',
  'tire.marketingConsent': 'Trimiteți-mi noutăți și oferte.',
  'offer.name': 'Protecție anvelope Michelin',
  'offer.covers': 'Reparare sau anvelope noi după pene, tăieturi, umflături sau vandalism.',
} satisfies Record<keyof typeof tireEn, string>;

/** The same in Romanian: fetched only when Romanian is spoken. */
export default { ...roFirst, ...tireRo };
