import * as z from 'zod/mini';
import { addYears, fullYearsBetween, today } from '../clock.js';
import { address } from '../address.js';
import { crossRule, dateBetween, int, isoDate, list, num, positiveInt, text, type Problem } from '../fields.js';
import { colonnadeAgreements, colonnadePolicyholder } from './colonnade.js';
import '../i18n/messages/solar-panel.js';

export const SOLAR_PANEL_MAX_PURCHASE_PRICE = 150_000;
/** Longest cover by full years since installation: 2 → 48 months, 1 → 60, under 1 → 72. */
export const SOLAR_PANEL_MAX_TERM_BY_AGE: Record<number, number> = { 0: 72, 1: 60, 2: 48 };
/** Not documented: more panels, or more items, than any one installation has. */
export const SOLAR_PANEL_MAX_COUNT = 10_000;
export const SOLAR_PANEL_MAX_ITEMS = 100;

export const solarPanelItem = z.object({
  category: text(),
  brand: text(),
  power: z.pipe(z.union([z.string(), z.pipe(z.number(), z.transform(String))]), text()),
  type: text(),
  count: positiveInt(SOLAR_PANEL_MAX_COUNT),
  inverter: z.object({ brand: text() }),
  smartMeter: z.object({ brand: text() }),
  // "Max 2 years in the past" and, being an installation, not in the future.
  installationDate: dateBetween(() => addYears(today(), -2), today),
  address,
});

function termRule(v: { termTime?: unknown; solarPanelItems?: unknown }): Problem | undefined {
  const term = v.termTime;
  if (typeof term !== 'number') return undefined;
  if (term % 12 !== 0 || term < 12) return { key: 'term.wholeYears', path: ['termTime'] };
  // Items are read before their own checks: any of them may be null or not an object.
  const items = Array.isArray(v.solarPanelItems) ? (v.solarPanelItems as ({ installationDate?: unknown } | null)[]) : [];
  const ages = items
    .map((i) => i?.installationDate)
    .map((d) => (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? fullYearsBetween(d, today()) : null))
    .filter((a): a is number => a !== null && a >= 0 && a <= 2);
  // Without a readable installation date the longest term of all still holds.
  const max = SOLAR_PANEL_MAX_TERM_BY_AGE[ages.length ? Math.max(...ages) : 0]!;
  return term > max ? { key: 'term.max', params: { max }, path: ['termTime'] } : undefined;
}

/** Colonnade solar panel cover; the oldest installation caps the term. */
export const solarPanel = z
  .object({
    startDate: isoDate(),
    termTime: int(),
    solarPanelItems: list(solarPanelItem, 1, SOLAR_PANEL_MAX_ITEMS),
  })
  .check(crossRule(termRule));

export const solarPanelProduct = z.object({
  solarPanel,
  policyholder: colonnadePolicyholder(),
  additionalData: z.object({
    purchasePrice: num().check(z.positive(), z.lte(SOLAR_PANEL_MAX_PURCHASE_PRICE)),
    agreements: colonnadeAgreements,
  }),
});

export type SolarPanelProduct = z.output<typeof solarPanelProduct>;
