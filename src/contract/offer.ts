import * as z from 'zod/mini';
import { num } from './fields.js';
import { parseOfferCode } from './products/pricing.js';

const optNum = () => z.optional(num());
const optStr = () => z.optional(z.string());

/**
 * One installment; the APIs send numbers as numbers or strings ("id": "1" is
 * read as 1; an id that is not a number stays text). Rotr gives each
 * installment its own currency (EUR installments of a RON premium): kept.
 */
export const installment = z.object({
  id: z.optional(z.union([num(), z.string()])),
  amount: num(),
  currency: optStr(),
  dueDate: optStr(),
});
export type Installment = z.output<typeof installment>;

/**
 * The Offer object, as the APIs describe it. Ids and amounts come as numbers
 * (Assets) or strings (Liability): both are read as numbers. Installments are
 * "an object" in the Assets table and a list in the other APIs: both accepted.
 */
export const offer = z.object({
  offerId: num(),
  providerOfferCode: optStr(),
  premiumAmount: num(),
  premiumAmountNet: optNum(),
  currency: z.string().check(z.minLength(3)),
  startDate: optStr(),
  endDate: optStr(),
  referenceRate: optNum(),
  bonusMalusClass: optStr(),
  commissionValue: optNum(),
  commissionPercent: optNum(),
  greenCardExclusions: optStr(),
  notes: optStr(),
  offerExpiryDate: optStr(),
  directCompensation: z.optional(z.unknown()),
  installments: z.optional(z.union([z.array(installment), z.record(z.string(), z.unknown()), z.null()])),
  pid: optStr(),
  toc: optStr(),
});
export type Offer = z.output<typeof offer>;

/** An offer can become a policy through its expiry day (YYYY-MM-DD, Bucharest), not after. */
export const isOfferExpired = (offerExpiryDate: string, day: string): boolean => day > offerExpiryDate;

/** An offer after normalising: installments always a list, package and term read from the offer code when it has them. */
export type NormalisedOffer = Omit<Offer, 'installments'> & {
  installments: Installment[];
  package?: string;
  termTime?: number;
};

/** The three documented shapes of an offer response. */
export const offerResponse = z.object({
  data: z.union([
    z.object({ offers: z.array(offer) }),
    z.object({ offer }),
    offer,
  ]),
});

/**
 * Installments as a list. The Assets table types them as "an object" without
 * showing one: an object that is itself an installment is a list of one; an
 * object keyed by number ({"1": {...}, "2": {...}}) is the list of its values.
 */
function installmentList(value: Offer['installments']): Installment[] {
  if (!value) return [];
  if (Array.isArray(value)) return value;
  const one = installment.safeParse(value);
  if (one.success) return [one.data];
  return Object.values(value).flatMap((v) => {
    const r = installment.safeParse(v);
    return r.success ? [r.data] : [];
  });
}

function normaliseOne(o: Offer): NormalisedOffer {
  const { installments, ...rest } = o;
  const code = parseOfferCode(o.providerOfferCode);
  const list = installmentList(installments);
  return code ? { ...rest, installments: list, package: code.package, termTime: code.termTime } : { ...rest, installments: list };
}

/**
 * One list from any documented answer: `data` as an offer (Assets),
 * `data.offers[]` (Casco, Liability, and Assets' multi-offer products),
 * `data.offer` (Rotr). Everything past this sees a list.
 */
export function normaliseOffers(body: unknown): { ok: true; offers: NormalisedOffer[] } | { ok: false; issues: string } {
  const r = offerResponse.safeParse(body);
  if (!r.success) return { ok: false, issues: r.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; ') };
  const d = r.data.data;
  const list = 'offers' in d ? d.offers : 'offer' in d ? [d.offer] : [d];
  return { ok: true, offers: list.map(normaliseOne) };
}
