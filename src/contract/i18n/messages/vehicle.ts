import { defineMessages } from '../registry.js';

/** Vehicle rules: VIN, licence plate, year of construction. */
export const vehicleMessages = defineMessages({
  'vin.length': {
    en: 'A VIN has 5 to 17 letters and digits.',
    ro: 'Seria de șasiu (VIN) are între 5 și 17 litere și cifre.',
  },
  'vin.format': {
    en: 'A VIN has only letters and digits.',
    ro: 'Seria de șasiu (VIN) conține doar litere și cifre.',
  },
  'vin.letters': {
    en: 'A VIN of a vehicle built after 1981 cannot contain I, O or Q.',
    ro: 'Seria de șasiu a unui vehicul fabricat după 1981 nu poate conține I, O sau Q.',
  },
  'plate.format': {
    en: 'Enter the licence plate, like CJ59LIH or B123XYZ.',
    ro: 'Introduceți numărul de înmatriculare, de exemplu CJ59LIH sau B123XYZ.',
  },
  'plate.county': {
    en: 'This licence plate starts with an unknown county code.',
    ro: 'Numărul de înmatriculare începe cu un cod de județ necunoscut.',
  },
  'plate.letters': {
    en: 'This licence plate has letters that are never issued.',
    ro: 'Numărul de înmatriculare are litere care nu se atribuie.',
  },
  'vehicle.tooOld': {
    en: 'Only vehicles built in {min} or later can be covered.',
    ro: 'Se pot asigura doar vehicule fabricate în {min} sau mai târziu.',
  },
  'vehicle.futureYear': {
    en: 'The year of construction cannot be in the future.',
    ro: 'Anul fabricației nu poate fi în viitor.',
  },
});
