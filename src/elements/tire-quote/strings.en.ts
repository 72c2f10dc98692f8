import { enFirst } from '../../kit/i18n/first.en.js';

/** The tyre element's own words in English; the kit's shared ones are in src/kit/i18n. */
export const tireEn = {
  'step.details': 'Your tyres',
  'tire.vehicle': 'Vehicle',
  'tire.vehicleBrand': 'Make',
  'tire.vehicleModel': 'Model',
  'tire.pickBrand': 'Choose the make first',
  'tire.tyres': 'Michelin tyres',
  'tire.tireModel': 'Tyre model',
  'tire.tireWidth': 'Rim size (inches)',
  'tire.dot': 'DOT date',
  'tire.dotHint': 'Week and year from the tyre’s DOT code, e.g. 3724',
  'tire.purchasePrice': 'Price of the 4 tyres (RON)',
  'tire.purchaseDate': 'Purchase date',
  'tire.purchaseHint': 'Within the last 30 days',
  'tire.startDate': 'Cover starts on',
  'tire.startHint': 'Today or within the next 60 days',
  'tire.agreements': 'Agreements',
  'tire.purchased4Tires': 'I bought a set of 4 Michelin tyres for this vehicle.',
  'tire.customerAgreement': 'I have read and accept the {terms} and the {privacy}.',
  'tire.terms': 'terms and conditions',
  'tire.privacy': 'privacy notice',
  'tire.michelinDataAgreement': 'Michelin may use my data to manage the cover.',
  'tire.marketingConsent': 'Send me news and offers.',
  'offer.name': 'Michelin tyre protection',
  'offer.covers': 'Repair or new tyres after punctures, cuts, bulges or vandalism.',
};

/**
 * What the element says in English on its first step, with the kit's words for it: one chunk,
 * fetched only when English is spoken (the kit fetches its later steps' words itself).
 */
export default { ...enFirst, ...tireEn };
