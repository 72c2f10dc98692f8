import { enFirst } from '../../kit/i18n/first.en.js';
import { en as rowsEn } from '../../kit/i18n/sections/rows.en.js';

/** The fleet element's own words in English (its rows are vehicles); the kit's are in src/kit/i18n. */
export const fleetEn = {
  'step.details': 'Your fleet',
  'fleet.vehicles': 'Vehicles and their Michelin tyres',
  'fleet.make': 'Make',
  'fleet.model': 'Model',
  'fleet.pickMake': 'Choose the make first',
  'fleet.tireModel': 'Tyre model',
  'fleet.rim': 'Rim (in)',
  'fleet.dot': 'DOT',
  'fleet.price': 'Tyres price (RON)',
  'fleet.purchaseDate': 'Bought on',
  'fleet.cover': 'Cover',
  'fleet.startDate': 'Cover starts on',
  'fleet.startHint': 'Today or later',
  'fleet.notes': 'Your reference',
  'fleet.notesHint': 'An order number or a note for the insurer',
  'fleet.agreements': 'Agreements',
  'fleet.purchased4Tires': 'Each vehicle listed has a full set of 4 Michelin tyres.',
  'fleet.customerAgreement': 'On behalf of the company, I accept the terms and conditions and the privacy notice below.',
  'fleet.terms': 'Terms and conditions',
  'fleet.privacy': 'Privacy notice',
  'fleet.michelinData': 'Michelin may use the fleet’s data to manage the cover.',
  'fleet.marketing': 'Send the company news and offers.',
  'fleet.var_1': 'Fleet Essential',
  'fleet.var_2': 'Fleet Extra',
  'fleet.covers': 'Tyre repair or replacement after punctures, cuts, bulges or vandalism, for every vehicle listed.',
  'fleet.unit': '{unit} per vehicle · vehicles: {n} · total {total}',
  'rows.row': 'Vehicle {n}',
  'rows.add': 'Add a vehicle',
  'rows.pasted': '{n} vehicles pasted from {first}. {count} vehicles in all.',
  'rows.added': '{name} added. {count} vehicles in all.',
  'rows.removed': '{name} removed. {count} vehicles in all.',
};

/** What the element says in English on its first step, with the kit's words for it: fetched only when English is spoken. */
export default { ...enFirst, ...rowsEn, ...fleetEn };
