import { enFirst } from '../../kit/i18n/first.en.js';

/** The extended warranty element's own words in English (the kit's shared ones are in src/kit/i18n). */
export const warrantyEn = {
  'step.details': 'Your car',
  'car.notCovered': 'This car cannot get the extended warranty:',
  'car.legend': 'The car',
  'car.brand': 'Make',
  'car.otherBrand': 'Another make',
  'car.model': 'Model',
  'car.vin': 'VIN (chassis number)',
  'car.vinHint': 'Field E of the registration certificate',
  'car.plate': 'Licence plate',
  'car.category': 'Category',
  'category.M1': 'M1 — passenger car',
  'category.N1': 'N1 — van or light lorry',
  'category.M2': 'M2 — minibus',
  'category.L': 'L — motorcycle, moped or quad',
  'car.registration': 'Registration',
  'registration.registered': 'Registered',
  'registration.recorded': 'Recorded (not registered)',
  'registration.temporaryRegistered': 'Temporarily registered',
  'registration.temporaryRecorded': 'Temporarily recorded',
  'car.use': 'Use',
  'use.personal': 'Personal',
  'use.taxi': 'Taxi',
  'use.rental': 'Rental',
  'use.ridesharing': 'Ride-sharing',
  'use.drivingSchool': 'Driving school',
  'use.commercial': 'Goods or passengers for hire',
  'car.year': 'Year of manufacture',
  'car.firstRegistration': 'First registration',
  'car.delivery': 'Delivery date',
  'car.mileage': 'Mileage (km)',
  'car.power': 'Engine power (kW)',
  'car.firstOwner': 'The customer is the car’s first owner.',
  'cover.legend': 'The cover',
  'cover.start': 'Cover starts on',
  'cover.startHint': 'Offers come for {terms} months from this day',
  'offer.name': 'Porsche extended warranty',
  'offer.covers': 'Repairs of mechanical and electrical faults once the maker’s warranty has ended.',
};

/**
 * What the element says in English on its first step, with the kit's words for it: one chunk,
 * fetched only when English is spoken.
 */
const words: Record<string, string> = { ...enFirst, ...warrantyEn };
export default words;
