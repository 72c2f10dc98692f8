import { enFirst } from '../../kit/i18n/first.en.js';

/** The electronics element's own words in English (the kit's shared ones are in src/kit/i18n). */
export const electronicsEn = {
  'step.details': 'Your device',
  'device.legend': 'The device you are buying',
  'device.category': 'Type of device',
  'device.brand': 'Brand',
  'device.model': 'Model',
  'device.price': 'Price of the device (RON)',
  'device.purchaseDate': 'Purchase date',
  'device.purchaseHint': 'Today or within the last 15 days',
  'device.invoice': 'Invoice or order number',
  'device.invoiceHint': 'As it appears on your invoice or order confirmation',
  'consent.legend': 'Agreements',
  'consent.terms': 'I have read and accept the {terms}.',
  'consent.termsLink': 'terms and conditions of the insurance',
  'consent.privacy': 'I agree that my data is processed as described in the {privacy}.',
  'consent.privacyLink': 'privacy notice',
  'consent.marketing': 'Send me news and offers from LG.',
  // the two choices among the offers, by the API's package codes (daf, ge); {date} is when the cover starts
  'daf.title': 'Accidental damage and theft',
  'daf.note': 'Cover starts today, {date}.',
  'daf.covers': 'Repair or replacement after a drop, a spill or a power surge, and a new device if it is stolen.',
  'ge.title': 'Extended warranty',
  'ge.noteIndividual': 'Cover starts on {date}, when the maker’s warranty ends: 2 years after the purchase.',
  'ge.noteCompany': 'Cover starts on {date}, when the maker’s warranty for a company ends: 1 year after the purchase.',
  'ge.covers': 'Repairs of manufacturing faults once the maker’s warranty has ended, as if it went on.',
};

/**
 * What the element says in English on its first step, with the kit's words for it: one chunk,
 * fetched only when English is spoken.
 */
const words: Record<string, string> = { ...enFirst, ...electronicsEn };
export default words;
