import { roFirst } from '../../kit/i18n/first.ro.js';
import { ro as rowsRo } from '../../kit/i18n/sections/rows.ro.js';
import type { fleetEn } from './strings.en.js';

/** The fleet element's own words in Romanian. */
export const fleetRo = {
  'step.details': 'Flota dumneavoastră',
  'fleet.vehicles': 'Vehiculele și anvelopele lor Michelin',
  'fleet.make': 'Marcă',
  'fleet.model': 'Model',
  'fleet.pickMake': 'Alegeți întâi marca',
  'fleet.tireModel': 'Model anvelopă',
  'fleet.rim': 'Jantă (inci)',
  'fleet.dot': 'DOT',
  'fleet.price': 'Preț anvelope (lei)',
  'fleet.purchaseDate': 'Cumpărate pe',
  'fleet.cover': 'Asigurarea',
  'fleet.startDate': 'Începe pe',
  'fleet.startHint': 'Azi sau mai târziu',
  'fleet.notes': 'Referința dumneavoastră',
  'fleet.notesHint': 'Un număr de comandă sau o notă pentru asigurător',
  'fleet.agreements': 'Acorduri',
  'fleet.purchased4Tires': 'Fiecare vehicul din listă are un set complet de 4 anvelope Michelin.',
  'fleet.customerAgreement': 'În numele firmei, accept termenii și condițiile și nota privind datele personale de mai jos.',
  'fleet.terms': 'Termeni și condiții',
  'fleet.privacy': 'Nota privind datele personale',
  'fleet.michelinData': 'Michelin poate folosi datele flotei pentru administrarea asigurării.',
  'fleet.marketing': 'Trimiteți firmei noutăți și oferte.',
  'fleet.var_1': 'Flotă Esențial',
  'fleet.var_2': 'Flotă Extra',
  'fleet.covers': 'Repararea sau înlocuirea anvelopelor după pene, tăieturi, umflături sau vandalism, pentru fiecare vehicul din listă.',
  'fleet.unit': '{unit} pe vehicul · vehicule: {n} · total {total}',
  'rows.row': 'Vehiculul {n}',
  'rows.add': 'Adăugați un vehicul',
  'rows.pasted': 'Au fost lipite {n} vehicule, începând cu {first}. În total: {count} vehicule.',
  'rows.added': 'A fost adăugat: {name}. În total: {count} vehicule.',
  'rows.removed': 'A fost eliminat: {name}. În total: {count} vehicule.',
} satisfies Record<keyof typeof fleetEn, string>;

/** The same in Romanian: fetched only when Romanian is spoken. */
export default { ...roFirst, ...rowsRo, ...fleetRo };
