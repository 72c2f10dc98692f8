import { enFirst } from '../../kit/i18n/first.en.js';
import { cascoLaterEn } from './words.en.js';

/** The casco element's first-step words in English (its later steps' are in words.en.ts; the kit's in src/kit/i18n). */
export const cascoEn = {
  'step.details': 'Your vehicle',
  'step.identification': 'Version and value',
  'step.cover': 'Your cover',
  'car.legend': 'The vehicle',
  'car.make': 'Make',
  'car.model': 'Model',
  'car.pickMake': 'Choose the make first',
  'car.vin': 'VIN (chassis number)',
  'car.vinHint': 'Field E of the registration certificate',
  'car.category': 'Category',
  'category.M1': 'M1 — passenger car',
  'category.N1': 'N1 — van or light lorry',
  'car.year': 'Year of manufacture',
  'car.firstRegistration': 'First registration',
  'car.fuel': 'Fuel',
  'fuel.petrol': 'Petrol',
  'fuel.diesel': 'Diesel',
  'fuel.electric': 'Electric',
  'fuel.hybrid': 'Hybrid',
  'fuel.lpg': 'Petrol and LPG',
  'car.power': 'Engine power (kW)',
  'car.capacity': 'Engine capacity (cm³)',
  'car.mileage': 'Mileage (km)',
  'car.registration': 'Registration',
  'registration.registered': 'Registered',
  'registration.recorded': 'Recorded (not registered)',
  'registration.temporaryRegistered': 'Temporarily registered',
  'registration.temporaryRecorded': 'Temporarily recorded',
  'car.plate': 'Licence plate',
  'car.plateHint': 'Leave it empty for a new vehicle not registered yet',
};

/**
 * What the element says in English, with the kit's first-step words and the element's later steps' (under a
 * kilobyte: one request fewer): fetched only when English is spoken.
 */
export default { ...enFirst, ...cascoEn, ...cascoLaterEn };
