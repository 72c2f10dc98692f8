import { roFirst } from '../../kit/i18n/first.ro.js';
import { cascoLaterRo } from './words.ro.js';
import type { cascoEn } from './strings.en.js';

/** The casco element's first-step words in Romanian: every English key, no other. */
export const cascoRo = {
  'step.details': 'Vehiculul dumneavoastră',
  'step.identification': 'Versiune și valoare',
  'step.cover': 'Asigurarea',
  'car.legend': 'Vehiculul',
  'car.make': 'Marca',
  'car.model': 'Modelul',
  'car.pickMake': 'Alegeți întâi marca',
  'car.vin': 'Seria de șasiu (VIN)',
  'car.vinHint': 'Rubrica E din certificatul de înmatriculare',
  'car.category': 'Categoria',
  'category.M1': 'M1 — autoturism',
  'category.N1': 'N1 — autoutilitară',
  'car.year': 'Anul fabricației',
  'car.firstRegistration': 'Prima înmatriculare',
  'car.fuel': 'Combustibil',
  'fuel.petrol': 'Benzină',
  'fuel.diesel': 'Motorină',
  'fuel.electric': 'Electric',
  'fuel.hybrid': 'Hibrid',
  'fuel.lpg': 'Benzină și GPL',
  'car.power': 'Puterea motorului (kW)',
  'car.capacity': 'Capacitatea cilindrică (cm³)',
  'car.mileage': 'Kilometraj (km)',
  'car.registration': 'Înmatriculare',
  'registration.registered': 'Înmatriculat',
  'registration.recorded': 'Înregistrat (neînmatriculat)',
  'registration.temporaryRegistered': 'Înmatriculat temporar',
  'registration.temporaryRecorded': 'Înregistrat temporar',
  'car.plate': 'Numărul de înmatriculare',
  'car.plateHint': 'Lăsați gol pentru un vehicul nou, încă neînmatriculat',
} satisfies Record<keyof typeof cascoEn, string>;

/**
 * The same in Romanian, with the kit's first-step words and the element's later steps' (under a kilobyte: one
 * request fewer): fetched only when Romanian is spoken.
 */
export default { ...roFirst, ...cascoRo, ...cascoLaterRo };
