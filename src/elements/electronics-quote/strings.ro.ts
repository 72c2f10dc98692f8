import { roFirst } from '../../kit/i18n/first.ro.js';
import type { electronicsEn } from './strings.en.js';

/** The electronics element's own words in Romanian: every English key, no other. */
export const electronicsRo = {
  'step.details': 'Produsul dumneavoastră',
  'device.legend': 'Produsul pe care îl cumpărați',
  'device.category': 'Tipul produsului',
  'device.brand': 'Marca',
  'device.model': 'Modelul',
  'device.price': 'Prețul produsului (lei)',
  'device.purchaseDate': 'Data cumpărării',
  'device.purchaseHint': 'Azi sau în ultimele 15 zile',
  'device.invoice': 'Numărul facturii sau al comenzii',
  'device.invoiceHint': 'Așa cum apare pe factură sau pe confirmarea comenzii',
  'consent.legend': 'Acorduri',
  'consent.terms': 'Am citit și accept {terms}.',
  'consent.termsLink': 'termenii și condițiile asigurării',
  'consent.privacy': 'Sunt de acord ca datele mele să fie prelucrate conform {privacy}.',
  'consent.privacyLink': 'notei de informare privind datele personale',
  'consent.marketing': 'Trimiteți-mi noutăți și oferte de la LG.',
  'daf.title': 'Daune accidentale și furt',
  'daf.note': 'Asigurarea începe azi, {date}.',
  'daf.covers': 'Reparație sau înlocuire după o cădere, un lichid vărsat sau o supratensiune, și un produs nou dacă este furat.',
  'ge.title': 'Garanție extinsă',
  'ge.noteIndividual': 'Asigurarea începe pe {date}, când se încheie garanția producătorului: la 2 ani de la cumpărare.',
  'ge.noteCompany': 'Asigurarea începe pe {date}, când se încheie garanția producătorului pentru firme: la 1 an de la cumpărare.',
  'ge.covers': 'Reparația defectelor de fabricație după ce garanția producătorului s-a încheiat, ca și cum ar continua.',
} satisfies Record<keyof typeof electronicsEn, string>;

/** The same in Romanian, with the kit's first-step words: the chunk fetched only when Romanian is spoken. */
const words: Record<string, string> = { ...roFirst, ...electronicsRo };
export default words;
