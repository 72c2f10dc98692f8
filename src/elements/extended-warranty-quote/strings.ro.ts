import { roFirst } from '../../kit/i18n/first.ro.js';
import type { warrantyEn } from './strings.en.js';

/** The extended warranty element's own words in Romanian: every English key, no other. */
export const warrantyRo: Record<keyof typeof warrantyEn, string> = {
  'step.details': 'Mașina dumneavoastră',
  'car.notCovered': 'Această mașină nu poate primi garanția extinsă:',
  'car.legend': 'Mașina',
  'car.brand': 'Marca',
  'car.otherBrand': 'Altă marcă',
  'car.model': 'Modelul',
  'car.vin': 'Seria de șasiu (VIN)',
  'car.vinHint': 'Rubrica E din certificatul de înmatriculare',
  'car.plate': 'Numărul de înmatriculare',
  'car.category': 'Categoria',
  'category.M1': 'M1 — autoturism',
  'category.N1': 'N1 — autoutilitară',
  'category.M2': 'M2 — microbuz',
  'category.L': 'L — motocicletă, moped sau ATV',
  'car.registration': 'Înmatriculare',
  'registration.registered': 'Înmatriculată',
  'registration.recorded': 'Înregistrată (neînmatriculată)',
  'registration.temporaryRegistered': 'Înmatriculată temporar',
  'registration.temporaryRecorded': 'Înregistrată temporar',
  'car.use': 'Utilizare',
  'use.personal': 'Personală',
  'use.taxi': 'Taxi',
  'use.rental': 'Închiriere',
  'use.ridesharing': 'Ride-sharing',
  'use.drivingSchool': 'Școală de șoferi',
  'use.commercial': 'Transport contra cost',
  'car.year': 'Anul fabricației',
  'car.firstRegistration': 'Prima înmatriculare',
  'car.delivery': 'Data livrării',
  'car.mileage': 'Kilometraj (km)',
  'car.power': 'Puterea motorului (kW)',
  'car.firstOwner': 'Clientul este primul proprietar al mașinii.',
  'cover.legend': 'Asigurarea',
  'cover.start': 'Asigurarea începe pe',
  'cover.startHint': 'Primiți oferte pentru {terms} luni de la această dată',
  'offer.name': 'Garanție extinsă Porsche',
  'offer.covers': 'Reparația defectelor mecanice și electrice după ce garanția producătorului s-a încheiat.',
};

/** The same in Romanian, with the kit's first-step words: the chunk fetched only when Romanian is spoken. */
export default { ...roFirst, ...warrantyRo } satisfies Record<string, string>;
