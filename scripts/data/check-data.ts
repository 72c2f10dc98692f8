/**
 * Checks the sandbox insurer's nomenclature files in src/sandbox/data/ (shape, counts, invariants).
 *
 *   node --import tsx scripts/data/check-data.ts
 *
 * Run it after regenerating or hand-editing any of them; exits 1 with the list of problems.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'sandbox', 'data');
const problems: string[] = [];
const check = (ok: boolean, message: string): void => {
  if (!ok) problems.push(message);
};
const load = (file: string): unknown => JSON.parse(readFileSync(resolve(dir, file), 'utf8'));
const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() === v && v !== '';
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
const unique = (xs: unknown[]): boolean => new Set(xs).size === xs.length;
const ro = new Intl.Collator('ro');
const sortedBy = <T>(xs: T[], key: (x: T) => string, collator: Intl.Collator = ro): boolean =>
  xs.every((x, i) => i === 0 || collator.compare(key(xs[i - 1] as T), key(x)) <= 0);

// No legacy cedilla letters anywhere (Romanian uses comma-below Ș ș Ț ț).
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  check(!/[ŞşŢţ]/.test(readFileSync(resolve(dir, file), 'utf8')), `${file}: cedilla letters`);
}

// counties.json
const COUNTY_CODES =
  'AB AR AG BC BH BN BT BR BV BZ CL CS CJ CT CV DB DJ GL GR GJ HR HD IL IS IF MM MH MS NT OT PH SJ SM SB SV TR TM TL VL VS VN B'.split(' ');
const counties = load('counties.json') as { code: string; name: string; siruta: number }[];
check(counties.length === 42, `counties: ${counties.length}, expected 42`);
check(counties.every((c) => isStr(c.code) && isStr(c.name) && isInt(c.siruta)), 'counties: bad entry');
check([...counties.map((c) => c.code)].sort().join() === [...COUNTY_CODES].sort().join(), 'counties: codes differ from the 42');
check(sortedBy(counties, (c) => c.name), 'counties: not sorted by name');
check(counties.some((c) => c.code === 'CJ' && c.name === 'Cluj' && c.siruta === 127), 'counties: CJ Cluj 127');
check(counties.some((c) => c.code === 'B' && c.name === 'București' && c.siruta === 403), 'counties: B București 403');

// localities.json
const localities = load('localities.json') as Record<string, [number, string, string][]>;
check(Object.keys(localities).sort().join() === [...COUNTY_CODES].sort().join(), 'localities: keys differ from county codes');
const allSiruta: number[] = [];
for (const [code, list] of Object.entries(localities)) {
  check(Array.isArray(list) && list.length > 0, `localities ${code}: empty`);
  check(list.every((e) => e.length === 3 && isInt(e[0]) && isStr(e[1]) && isStr(e[2])), `localities ${code}: bad entry`);
  check(list.every((e) => /^(Municipiul|Oraș|Comuna) /.test(e[2])), `localities ${code}: unit without prefix`);
  check(sortedBy(list, (e) => e[1]), `localities ${code}: not sorted by name`);
  allSiruta.push(...list.map((e) => e[0]));
}
check(unique(allSiruta), 'localities: duplicate SIRUTA code');
check(localities['CJ']?.some(([s, n]) => s === 54984 && n === 'Cluj-Napoca') === true, 'localities: CJ lacks 54984 Cluj-Napoca');
check(localities['B']?.length === 6 && localities['B'].every((e) => /^București Sectorul [1-6]$/.test(e[1])), 'localities: B is not the 6 sectors');

// countries.json
const countries = load('countries.json') as { iso2: string; iso3: string; name: { en: string; ro: string } }[];
check(countries.length === 249, `countries: ${countries.length}, expected 249`);
check(countries.every((c) => /^[A-Z]{2}$/.test(c.iso2) && /^[A-Z]{3}$/.test(c.iso3) && isStr(c.name.en) && isStr(c.name.ro)), 'countries: bad entry');
check(unique(countries.map((c) => c.iso2)) && unique(countries.map((c) => c.iso3)), 'countries: duplicate code');
check(countries.some((c) => c.iso2 === 'RO' && c.iso3 === 'ROU' && c.name.ro === 'România'), 'countries: RO România');

// vehicles.json
const vehicles = load('vehicles.json') as { id: number; name: string; models: string[] }[];
const modelOrder = new Intl.Collator('ro', { numeric: true, sensitivity: 'base' });
check(vehicles.every((b) => isInt(b.id) && isStr(b.name) && b.models.length > 0 && b.models.every(isStr)), 'vehicles: bad entry');
check(unique(vehicles.map((b) => b.id)) && unique(vehicles.map((b) => b.name.toLowerCase())), 'vehicles: duplicate brand id or name');
for (const b of vehicles) {
  check(unique(b.models.map((m) => m.toLowerCase())), `vehicles ${b.name}: duplicate model`);
  check(sortedBy(b.models, (m) => m, modelOrder), `vehicles ${b.name}: models not sorted`);
}
for (const vag of ['Volkswagen', 'Audi', 'Seat', 'Skoda', 'Cupra', 'Bentley', 'Lamborghini', 'Bugatti', 'Porsche']) {
  check(vehicles.some((b) => b.name === vag), `vehicles: missing extended-warranty brand ${vag}`);
}

// tires.json
const tires = load('tires.json') as { brands: { code: string; name: string }[]; models: Record<string, string[]>; sizes: number[] };
check(tires.brands.some((b) => b.code === 'michelin' && b.name === 'Michelin'), 'tires: no michelin');
check(unique(tires.brands.map((b) => b.code)), 'tires: duplicate brand code');
check(Object.keys(tires.models).sort().join() === tires.brands.map((b) => b.code).sort().join(), 'tires: models keys differ from brand codes');
for (const [code, list] of Object.entries(tires.models)) check(list.length > 0 && list.every(isStr) && unique(list), `tires ${code}: bad models`);
check(tires.sizes.every((s, i) => isInt(s) && (i === 0 || s > (tires.sizes[i - 1] ?? 0))), 'tires: sizes not ascending integers');

// electronics-categories.json
const cats = load('electronics-categories.json') as { code: string; priceTableName: string; label: { ro: string; en: string } }[];
check(
  cats.map((c) => c.code).join() === 'audio_video,televizor,frigider,masina_spalat,monitor,aer_conditionat',
  'electronics: codes are not the six API values',
);
check(
  cats.map((c) => c.priceTableName).join() === 'audio_video,tv,refrigerator,washing_machine,monitor,air_conditioning',
  'electronics: price-table names',
);
check(cats.every((c) => isStr(c.label.ro) && isStr(c.label.en)), 'electronics: labels');

const total = Object.values(localities).reduce((n, l) => n + l.length, 0);
console.log(
  `counties ${counties.length} · localities ${total} · countries ${countries.length} · vehicle brands ${vehicles.length} ` +
    `(${vehicles.reduce((n, b) => n + b.models.length, 0)} models) · tire brands ${tires.brands.length} ` +
    `(michelin ${tires.models['michelin']?.length ?? 0} models) · tire sizes ${tires.sizes.length} · electronics ${cats.length}`,
);
if (problems.length > 0) {
  console.error(problems.map((p) => `FAIL ${p}`).join('\n'));
  process.exit(1);
}
console.log('all nomenclature checks passed');
