import { defineMessages } from '../registry.js';

/**
 * Why a car is not eligible for Porsche's extended warranty, in plain words, and what would make it
 * so: said before any quote is asked for (see EXTENDED_WARRANTY_ELIGIBILITY).
 */
export const extendedWarrantyMessages = defineMessages({
  'warranty.brand': {
    en: 'Only cars of the Volkswagen group can be covered: {brands}. A car of another make cannot.',
    ro: 'Se pot asigura doar mașini din grupul Volkswagen: {brands}. O mașină de altă marcă nu poate fi asigurată.',
  },
  'warranty.category': {
    en: 'Only passenger cars can be covered: category M1 on the registration certificate (field J), not vans, lorries, buses or motorcycles.',
    ro: 'Se pot asigura doar autoturisme: categoria M1 în certificatul de înmatriculare (rubrica J), nu autoutilitare, camioane, autobuze sau motociclete.',
  },
  'warranty.registered': {
    en: 'The car must be registered, with permanent plates. Once it is registered it can be covered.',
    ro: 'Mașina trebuie să fie înmatriculată definitiv. După înmatriculare poate fi asigurată.',
  },
  'warranty.use': {
    en: 'Only cars in personal use can be covered, not taxis, rental or ride-sharing cars, nor driving-school cars.',
    ro: 'Se pot asigura doar mașini folosite în scop personal, nu taxiuri, mașini de închiriat sau de ride-sharing, nici mașini de școală.',
  },
  'warranty.mileage': {
    en: 'The car has more than {max} km. Only cars with at most {max} km can be covered: check the odometer reading.',
    ro: 'Mașina are peste {max} km. Se pot asigura doar mașini cu cel mult {max} km: verificați kilometrajul.',
  },
  'warranty.age': {
    en: 'The car was built before {min}. Only cars built in {min} or later (at most {years} years old) can be covered: check the year on the registration certificate.',
    ro: 'Mașina a fost fabricată înainte de {min}. Se pot asigura doar mașini fabricate în {min} sau mai târziu (cel mult {years} ani): verificați anul în certificatul de înmatriculare.',
  },
});
