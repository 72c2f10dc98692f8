import * as z from 'zod/mini';
import { crossRule, bool, dateWithin, filled, int, intOneOf, rule } from '../fields.js';
import { person } from '../person.js';
import '../i18n/messages/levins.js';
import '../i18n/messages/person-scope.js';
import '../i18n/messages/shapes.js';

/** LevIns covers start from tomorrow to 60 days ahead, for 12 months. */
const levinsStart = () => dateWithin(1, 60);

/** LevIns digital protection — individuals only. */
export const digitalProtection = z.object({
  startDate: levinsStart(),
  termTime: intOneOf([12]),
});

export const digitalProtectionProduct = z.object({
  digitalProtection,
  policyholder: person({ who: 'individual' }),
  additionalData: z.optional(z.record(z.string(), z.unknown())),
});

export const TURNOVER_BANDS = ['less_than_100k', 'less_than_500k', 'less_than_1m'] as const;

const between = (min: number, max: number) => int().check(z.gte(min), z.lte(max));

/** You cannot insure more machines than you have. */
function insuredCounts(b: Record<string, unknown>) {
  const out = [];
  for (const [insured, total] of [
    ['numberOfInsuredComputers', 'numberOfComputers'],
    ['numberOfInsuredServers', 'numberOfServers'],
  ] as const) {
    const i = b[insured];
    const t = b[total];
    if (typeof i === 'number' && typeof t === 'number' && i > t) {
      out.push({ key: 'count.insuredOverTotal' as const, params: { max: t }, path: [insured] });
    }
  }
  return out;
}

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** LevIns business cyber protection — businesses only. */
export const businessCyberProtection = z
  .object({
    startDate: levinsStart(),
    termTime: intOneOf([12]),
    installmentCount: z.optional(between(1, 4)),
    website: z.string().check(
      z.trim(),
      filled(),
      // People type 'www.firma.ro': that is their website, sent as https://www.firma.ro.
      z.overwrite((v) => (v === '' || HAS_SCHEME.test(v) ? v : `https://${v}`)),
      // "Business website URL": a web address, so http(s) and a real domain — not mailto:, javascript: or localhost.
      z.url({ protocol: /^https?$/, hostname: z.regexes.domain }),
    ),
    turnover: z.enum(TURNOVER_BANDS),
    numberOfEmployees: between(1, 100),
    numberOfComputers: between(1, 25),
    numberOfInsuredComputers: between(1, 25),
    numberOfServers: between(0, 100),
    numberOfInsuredServers: between(0, 100),
    hasFirewall: bool(),
    hasAntivirus: bool(),
    wantsEndpointSoftware: bool(),
    wantsEdrForComputers: bool(),
    wantsEdrForServers: bool(),
    insuredAmount: between(5000, 100_000),
  })
  .check(crossRule(insuredCounts));

export const businessCyberProtectionProduct = z.object({
  businessCyberProtection,
  policyholder: person({ who: 'business' }),
  additionalData: z.optional(z.record(z.string(), z.unknown())),
});

export type DigitalProtectionProduct = z.output<typeof digitalProtectionProduct>;
export type BusinessCyberProtectionProduct = z.output<typeof businessCyberProtectionProduct>;
