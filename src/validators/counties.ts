/**
 * The 41 counties and Bucharest: the letter codes used on licence plates and
 * by the API's `/nomenclature/county`, with their county number (`jud` in the
 * SIRUTA register, shared/data/counties.csv). That number is also the county
 * field of company registry numbers. It is not the CNP county field, which
 * has its own range (see cnp.ts).
 *
 * Stored as one array in `jud` order: index + 1 is the number for 1–40
 * (Bucharest is 40); Călărași (51) and Giurgiu (52) were split off later and
 * come last. This keeps the table to a couple of hundred bytes.
 */
export const COUNTY_CODES = [
  'AB', 'AR', 'AG', 'BC', 'BH', 'BN', 'BT', 'BV', 'BR', 'BZ',
  'CS', 'CJ', 'CT', 'CV', 'DB', 'DJ', 'GL', 'GJ', 'HR', 'HD',
  'IL', 'IS', 'IF', 'MM', 'MH', 'MS', 'NT', 'OT', 'PH', 'SM',
  'SJ', 'SB', 'SV', 'TR', 'TM', 'TL', 'VS', 'VL', 'VN', 'B',
  'CL', 'GR',
] as const;

export type CountyCode = (typeof COUNTY_CODES)[number];

const codes: readonly string[] = COUNTY_CODES;

/** True for one of the 42 upper-case codes ('CJ', 'B', …). */
export function isCountyCode(code: string): code is CountyCode {
  return codes.includes(code);
}

/** The SIRUTA county number (`jud`) of a county code: 'AB' → 1, 'B' → 40, 'GR' → 52; undefined when unknown. */
export function countyNumber(code: string): number | undefined {
  const i = codes.indexOf(code);
  return i < 0 ? undefined : i < 40 ? i + 1 : i + 11;
}

/** The county code of a SIRUTA county number: 12 → 'CJ'; undefined for numbers that are not a county (0, 41–50, …). */
export function countyCodeOf(jud: number): CountyCode | undefined {
  const i = jud >= 1 && jud <= 40 ? jud - 1 : jud === 51 || jud === 52 ? jud - 11 : -1;
  return COUNTY_CODES[i];
}
