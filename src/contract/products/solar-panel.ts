import * as z from 'zod/mini';
import { addYears, fullYearsBetween, today } from '../clock.js';
import { address } from '../address.js';
import { crossRule, dateBetween, int, isoDate, num, rule, text, type Problem } from '../fields.js';
import { colonnadeAgreements, colonnadePolicyholder } from './colonnade.js';
import '../i18n/messages/solar-panel.js';

export const SOLAR_PANEL_MAX_PURCHASE_PRICE = 150_000;
/** Longest cover by full years since installation: 2 → 48 months, 1 → 60, under 1 → 72. */
export const SOLAR_PANEL_MAX_TERM_BY_AGE: Record<number, number> = { 0: 72, 1: 60, 2: 48 };

export const solarPanelItem = z.object({
  category: text(),
  brand: text(),
  power: z.pipe(z.union([z.string(), z.pipe(z.number(), z.transform(String))]), text()),
  type: text(),
  count: int().check(z.positive()),
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
  const items = Array.isArray(v.solarPanelItems) ? (v.solarPanelItems as { installationDate?: unknown }[]) : [];
  const ages = items
    .map((i) => (typeof i.installationDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(i.installationDate) ? fullYearsBetween(i.installationDate, today()) : null))
    .filter((a): a is number => a !== null && a >= 0 && a <= 2);
  if (ages.length === 0) return undefined;
  const max = SOLAR_PANEL_MAX_TERM_BY_AGE[Math.max(...ages)]!;
  return term > max ? { key: 'term.max', params: { max }, path: ['termTime'] } : undefined;
}

/** Colonnade solar panel cover; the oldest installation caps the term. */
export const solarPanel = z
  .object({
    startDate: isoDate(),
    termTime: int(),
    solarPanelItems: z.array(solarPanelItem).check(z.minLength(1)),
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
