/**
 * Builds the sandbox insurer's county and locality nomenclatures from the SIRUTA register.
 *
 *   node --import tsx scripts/data/build-localities.ts [dataDir]
 *
 * dataDir (or env SIRUTA_DATA_DIR) holds siruta-2024-s1.csv and counties.csv; default `../shared/data`
 * relative to the repository root. Writes src/sandbox/data/counties.json and localities.json.
 * Source: "SIRUTA S1 2024, INS, data.gov.ro, OGL-ROU-1.0" (see src/sandbox/data/README.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = process.argv[2] ?? process.env['SIRUTA_DATA_DIR'] ?? resolve(repoRoot, '..', 'shared', 'data');
const outDir = resolve(repoRoot, 'src', 'sandbox', 'data');

/** The register writes Ș Ț with the legacy cedilla letters; Romanian uses the comma-below ones. */
function fixDiacritics(s: string): string {
  return s.replace(/Ş/g, 'Ș').replace(/ş/g, 'ș').replace(/Ţ/g, 'Ț').replace(/ţ/g, 'ț');
}

/**
 * Title case for an upper-case register name, with comma-below diacritics and single spaces.
 * Every word (after a space, hyphen or full stop) starts with a capital, except the prepositions and
 * particles Romanian writes in lower case inside a place name when they are not its first word:
 * "Valea lui Mihai", "Poienile de sub Munte", "Ștefan cel Mare", "Remeți pe Someș", "Lacu cu Anini",
 * "Câmpulung la Tisa", "Aninișu din Deal" (but "Sub Cetate", "La Curte" as first word).
 * Roman numerals (II, III: "Gersa II") stay upper case; "Vii" (vineyards, "Ardud-Vii") is a word.
 * Spelling and punctuation are otherwise kept as in the register ("C.A.Rosetti", "I. L. Caragiale"),
 * so upper-casing a name gives back the register's name (with comma-below letters).
 */
const LOWER_INSIDE = new Set(['de', 'din', 'lui', 'cel', 'sub', 'cu', 'la', 'pe', 'in', 'în']);
function titleCase(upper: string): string {
  const words = fixDiacritics(upper).trim().replace(/\s+/g, ' ').toLocaleLowerCase('ro').split(' ');
  return words
    .map((word, i) => {
      if (i > 0 && LOWER_INSIDE.has(word)) return word;
      if (/^i{2,3}$/.test(word)) return word.toUpperCase();
      return word.replace(/(^|[-.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toLocaleUpperCase('ro'));
    })
    .join(' ');
}

interface Row {
  siruta: number;
  name: string;
  jud: number;
  sirsup: number;
  tip: number;
  niv: number;
}

function readCsv(file: string): string[][] {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift();
  if (header === undefined) throw new Error(`${file}: empty`);
  const width = header.split(',').length;
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== width) throw new Error(`${file}:${i + 2}: expected ${width} columns, got ${cells.length}`);
    return cells;
  });
}

function int(s: string | undefined, what: string): number {
  const n = Number(s);
  if (s === undefined || s.trim() === '' || !Number.isInteger(n)) throw new Error(`not an integer ${what}: ${s}`);
  return n;
}

const rows: Row[] = readCsv(resolve(dataDir, 'siruta-2024-s1.csv')).map((c) => ({
  siruta: int(c[0], 'SIRUTA'),
  name: c[1] ?? '',
  jud: int(c[3], 'JUD'),
  sirsup: int(c[4], 'SIRSUP'),
  tip: int(c[5], 'TIP'),
  niv: int(c[6], 'NIV'),
}));
const bySiruta = new Map(rows.map((r) => [r.siruta, r]));

const countyRows = readCsv(resolve(dataDir, 'counties.csv')).map((c) => ({
  jud: int(c[0], 'jud'),
  code: c[1] ?? '',
  siruta: int(c[2], 'siruta'),
  denloc: c[3] ?? '',
}));
if (countyRows.length !== 42) throw new Error(`expected 42 counties, got ${countyRows.length}`);

const collator = new Intl.Collator('ro');

// --- counties -----------------------------------------------------------------------------------
const counties = countyRows
  .map((c) => {
    const reg = bySiruta.get(c.siruta);
    if (!reg || reg.niv !== 1 || reg.jud !== c.jud) throw new Error(`county ${c.code}: SIRUTA ${c.siruta} is not its NIV 1 row`);
    // "JUDEŢUL CLUJ" → "Cluj"; "MUNICIPIUL BUCUREŞTI" → "București"
    const name = titleCase(reg.name.replace(/^(JUDEŢUL|JUDEȚUL|MUNICIPIUL)\s+/, ''));
    return { code: c.code, name, siruta: c.siruta };
  })
  .sort((a, b) => collator.compare(a.name, b.name));

// --- localities -----------------------------------------------------------------------------------
/** Name of the NIV 2 unit with the prefix its TIP calls for (communes have none in the register). */
function unitName(unit: Row): string {
  const bare = titleCase(unit.name.replace(/^(MUNICIPIUL|ORAŞ|ORAȘ|COMUNA)\s+/, ''));
  switch (unit.tip) {
    case 1: // county-seat municipality
    case 4: // other municipality
    case 9: // Bucharest (the only NIV 2 row with TIP 9)
      return `Municipiul ${bare}`;
    case 2: // town
    case 5: // county-seat town
      return `Oraș ${bare}`;
    case 3:
      return `Comuna ${bare}`;
    default:
      throw new Error(`unexpected TIP ${unit.tip} for NIV 2 unit ${unit.siruta}`);
  }
}

type Entry = [siruta: number, name: string, unit: string];
const codeByJud = new Map(countyRows.map((c) => [c.jud, c.code]));
const localities = new Map<string, Entry[]>(countyRows.map((c) => [c.code, []]));
// Every NIV 3 row. In Bucharest those are the six sectors (TIP 6), each with its own postcode;
// the city itself (179132) is NIV 2 and is deliberately not listed — see README.
for (const r of rows) {
  if (r.niv !== 3) continue;
  const unit = bySiruta.get(r.sirsup);
  if (!unit || unit.niv !== 2) throw new Error(`locality ${r.siruta}: parent ${r.sirsup} is not a NIV 2 unit`);
  const code = codeByJud.get(r.jud);
  if (code === undefined) throw new Error(`locality ${r.siruta}: unknown county ${r.jud}`);
  if (unit.jud !== r.jud) throw new Error(`locality ${r.siruta}: parent in another county`);
  localities.get(code)?.push([r.siruta, titleCase(r.name), unitName(unit)]);
}
for (const list of localities.values()) {
  list.sort((a, b) => collator.compare(a[1], b[1]) || collator.compare(a[2], b[2]) || a[0] - b[0]);
}

// --- checks ---------------------------------------------------------------------------------------
const cluj = localities.get('CJ') ?? [];
if (!cluj.some(([s, n]) => s === 54984 && n === 'Cluj-Napoca')) throw new Error('CJ lacks 54984 Cluj-Napoca');
for (const [code, list] of localities) if (list.length === 0) throw new Error(`no localities for ${code}`);

// --- write ----------------------------------------------------------------------------------------
const countiesJson = '[\n' + counties.map((c) => JSON.stringify(c)).join(',\n') + '\n]\n';
const codes = [...localities.keys()].sort();
const localitiesJson =
  '{\n' + codes.map((code) => `${JSON.stringify(code)}:${JSON.stringify(localities.get(code))}`).join(',\n') + '\n}\n';
for (const [file, text] of [
  ['counties.json', countiesJson],
  ['localities.json', localitiesJson],
] as const) {
  if (/[ŞşŢţ]/.test(text)) throw new Error(`${file}: cedilla letters remain`);
  writeFileSync(resolve(outDir, file), text);
}
const total = codes.reduce((n, c) => n + (localities.get(c)?.length ?? 0), 0);
console.log(`counties.json: ${counties.length} counties; localities.json: ${total} localities (NIV 3) in ${codes.length} counties`);
