/**
 * The proxy's public Casco API — what a Casco element (or a host's server)
 * sends and receives. One customer, one vehicle, several insurers at once:
 *
 * - `POST /v1/casco/identification`, body `VehicleIdentificationRequest`
 *   (the mechanical data) → `CascoIdentificationResponse`: the one upstream
 *   identification, split per insurer the site enabled.
 * - `POST /v1/offers`, body `CascoQuoteRequest` (`cascoQuoteRequest`) →
 *   `CascoOffersResponse`: every enabled insurer asked in parallel, each with
 *   its own identifier; the offers that came back within the site's deadline
 *   and an outcome for every insurer. Field errors carry paths relative to
 *   this body (`casco.vehicle.vin`, `insurers.allianz.identifier`); 502 with
 *   `data.insurers` only when no insurer answered an offer.
 * - `POST /v1/policies`, documents, signed links: as for every product,
 *   with the casco offer's `offerId`.
 * - `GET /v1/nomenclature/casco-vehicle-make` and
 *   `GET /v1/nomenclature/casco-vehicle-model/{make}` (`[{name}]`); counties,
 *   localities and countries are the Assets lists (the same SIRUTA data).
 *
 * Names as briefed, with two deviations the code forced: each offer's
 * casco-only facts sit in `offer.casco` (`CascoOfferFacts`); and
 * `PublicOffer.product` stays the Assets `ProductKey` (src/kit's event types
 * read it as one), so a casco offer is a `CascoPublicOffer` — a PublicOffer
 * but for `product: 'casco'`. An issued casco policy is a `PublicPolicy`
 * with `product: 'casco'` (its insurer is the offer's).
 * Nothing here is secret: no insurer ids, credentials or commission.
 */
import * as z from 'zod/mini';
import { num, rule, text, type Problem } from '../fields.js';
import type { Installment } from '../offer.js';
import type { InsurerOutcome, OffersResponse, PublicInsurer, PublicOffer } from '../public-api.js';
import type { Deductibles } from './motor.js';
import { describedCascoProduct } from './product.js';
import { CASCO_MAX_VEHICLE_VALUE, CASCO_MIN_INSURED_SUM, type VehicleIdentificationRequest } from './vehicle.js';

export type { InsurerOutcome, InsurerStatus, PublicInsurer } from '../public-api.js';
export type { VehicleIdentificationRequest };
export { vehicleIdentificationRequest } from './vehicle.js';

/** The product key of a casco offer (`PublicOffer.product`). */
export const CASCO_PRODUCT = 'casco' as const;
/** Where the vehicle identification is asked. */
export const CASCO_IDENTIFICATION_PATH = '/v1/casco/identification';
/** The proxy's nomenclature lists for casco vehicles: makes, and a make's models (the make's name as the param). */
export const CASCO_NOMENCLATURE_LISTS = ['casco-vehicle-make', 'casco-vehicle-model'] as const;
export type CascoNomenclatureList = (typeof CASCO_NOMENCLATURE_LISTS)[number];

/** An insurer's name as the Casco API writes it (`groupama`). */
export const CASCO_INSURER_NAME = /^[a-z0-9_-]+$/;

/** One version of the vehicle as one insurer knows it; its `identifier` goes back in that insurer's quote. */
export interface CascoVehicleVersion {
  identifier: string;
  modelName: string;
  /** "2017-03". */
  productionStartDate: string;
  /** Absent while still in production. */
  productionEndDate?: string;
  /** RON. */
  marketValue: number;
}

/** POST /v1/casco/identification answer: one entry per insurer the site enabled (no versions unless `ok`). */
export interface CascoIdentificationResponse {
  insurers: (InsurerOutcome & { versions: CascoVehicleVersion[] })[];
  correlationId: string;
}

/** What one insurer is asked with: its identifier from identification and, optionally, the sum to insure (the `vehicle` coverage's, in `motor.currency`). */
export const cascoInsurerChoice = z.object({
  identifier: text(),
  insuredValue: z.optional(num().check(z.gte(CASCO_MIN_INSURED_SUM), z.lte(CASCO_MAX_VEHICLE_VALUE))),
});
export type CascoInsurerChoice = z.output<typeof cascoInsurerChoice>;

/** At most this many insurers in one quote: more than any site sells. */
export const CASCO_MAX_INSURERS = 10;

const insurerNames = rule<Record<string, unknown>>((m) => {
  const names = Object.keys(m);
  const out: Problem[] = names.filter((n) => !CASCO_INSURER_NAME.test(n)).map((n) => ({ key: 'invalid', path: [n] }));
  if (names.length === 0) out.push({ key: 'required', path: [] });
  if (names.length > CASCO_MAX_INSURERS) out.push({ key: 'invalid', path: [] });
  return out;
});

/**
 * POST /v1/offers for casco: the product as the customer describes it
 * (the Casco `product` without `name` and the vehicle's `identifier`) and,
 * per insurer to ask, its identifier (put into `vehicle.identifier` of that
 * insurer's request) and optional insured value.
 */
export const cascoQuoteRequest = z.object({
  casco: describedCascoProduct,
  insurers: z.record(z.string(), cascoInsurerChoice).check(insurerNames),
});
export type CascoQuoteRequest = z.output<typeof cascoQuoteRequest>;
export type CascoQuoteInput = z.input<typeof cascoQuoteRequest>;

/** A body is a casco quote when it has the `casco` key (Assets bodies are keyed by their product). */
export const isCascoQuote = (body: unknown): boolean => typeof body === 'object' && body !== null && 'casco' in body;

/** What only a casco offer has, for comparing insurers. */
export interface CascoOfferFacts {
  /** The package's deductibles (partial damage: an amount in `currency`; total damage: a percentage), when the insurer names them. */
  deductibles?: Deductibles;
  /** The coverages included, with what the insurer says of each. */
  coverages: { code: string; notes?: string }[];
  /** The premium in RON and RON per unit of `currency` (1 for RON). */
  exchangeRate?: { currency: string; amount: number; exchangeRate: number };
  /** Paid at issuance: the first instalment, in RON. */
  payment?: { currency: string; amount: number };
}

/** A casco offer: a PublicOffer (but for `product`) naming its insurer, with the casco facts. */
export interface CascoPublicOffer extends Omit<PublicOffer, 'product'> {
  product: typeof CASCO_PRODUCT;
  insurer: PublicInsurer;
  installments: Installment[];
  casco: CascoOfferFacts;
}

/** POST /v1/offers answer for a casco body. */
export interface CascoOffersResponse extends Omit<OffersResponse, 'offers'> {
  offers: CascoPublicOffer[];
  /** One per insurer asked, in the order of `insurers` in the request. */
  insurers: InsurerOutcome[];
}

/** GET /v1/nomenclature/casco-vehicle-make and …/casco-vehicle-model/{make} items. */
export interface CascoVehicleName {
  name: string;
}
