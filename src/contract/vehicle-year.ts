/**
 * A vehicle's year of construction and the bounds of its weight and seats, shared by GAP and Casco.
 * A module of their own: gap.ts builds GAP's schemas as it loads (zod keeps every schema a module
 * builds), and the casco element would carry them, and z.literal, had it imported these from there.
 */
import { thisYear } from './clock.js';
import { int, rule } from './fields.js';

/** A year of construction no later than this year. */
export const constructionYear = () =>
  int().check(
    // The bound is a year: passed as text so it is not written '1,886' / '1.886'.
    rule<number>((y) => (y > thisYear() ? { key: 'vehicle.futureYear' } : y < 1886 ? { key: 'min', params: { min: '1886' } } : undefined)),
  );

export const GAP_MAX_TOTAL_WEIGHT_KG = 50_000;
export const GAP_MAX_SEATS = 100;
