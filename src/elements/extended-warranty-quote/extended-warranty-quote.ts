import type { PropertyDeclarations } from 'lit';
import type { Locale } from '../../contract/i18n/format.js';
import { LihQuoteElement, type Step } from '../../kit/quote-element.js';
import { LaterRules, pendingSchema } from '../../kit/later-rules.js';
import { documents, issue, offers, policyholder } from '../../kit/steps.js';
import { vehicleDetails, vehiclePrefills } from './details.js';

/** The car as a dealer's page knows it, every field optional (the `vehicle` property). */
export type DealerVehicle = Partial<Record<keyof typeof vehiclePrefills, string | number>>;

/**
 * Porsche's extended warranty for a Volkswagen-group car, sold at the dealership: the car (prefilled
 * by the dealer) → the policyholder → offers for each term → issue → documents. Whether the car can
 * be covered at all is said above its fields as they are filled, before any quote.
 *
 * @summary Porsche extended car warranty: eligibility, quote, issuance and documents.
 * @tag lih-extended-warranty-quote
 * @csspart eligibility - The notice that says why the car cannot be covered and what would make it so.
 */
export class LihExtendedWarrantyQuote extends LihQuoteElement {
  static override properties: PropertyDeclarations = {
    vin: {},
    make: {},
    model: {},
    firstRegistration: { attribute: 'first-registration' },
    mileage: {},
    use: {},
    year: {},
    licensePlate: { attribute: 'license-plate' },
    enginePower: { attribute: 'engine-power' },
    category: {},
    registration: {},
  };
  protected static override prefills = vehiclePrefills;
  readonly product = 'extendedWarranty' as const;
  /** The contract's rules for this product (schema, brands, terms, eligibility), fetched beside the words. */
  readonly #rules = new LaterRules(this, () =>
    // With the notice that explains them: it has nothing to say before they are here.
    Promise.all([import('../../contract/products/extended-warranty.js'), import('../../kit/eligibility.js')]).then(([product, notice]) => ({ ...product, ...notice })),
  );
  get schema() {
    return this.#rules.value?.extendedWarrantyProduct ?? pendingSchema;
  }
  readonly flow = [
    vehicleDetails(() => this.#rules.value),
    policyholder(),
    offers({
      describe: (h) => ({ name: h.t('offer.name'), covers: h.t('offer.covers') }),
      // One quote asks for every term the contract lists.
      variants: (body) => this.#rules.value!.EXTENDED_WARRANTY_TERMS.map((termTime) => ({ ...body, extendedWarranty: { ...(body.extendedWarranty as object), termTime } })),
    }),
    issue(),
    documents(),
  ];
  /** No step goes on before the rules are here (a moment after the first render). */
  override submit(step: Step): boolean {
    if (this.#rules.value) return super.submit(step);
    this.#rules.fetch();
    return false;
  }

  // Prefills: unset until the dealer says (the kit reads an unset one as empty).
  /** Prefill: the VIN (`WVWZZZAUZPW123456`). */
  declare vin?: string;
  /** Prefill: the make (`Volkswagen`, `Skoda`…; any case). */
  declare make?: string;
  /** Prefill: the model (`Golf`). */
  declare model?: string;
  /** Prefill: first registration date, YYYY-MM-DD. */
  declare firstRegistration?: string;
  /** Prefill: the odometer reading in km (`45000`). */
  declare mileage?: string | number;
  /** Prefill: the car's use: `personal`, `taxi`, `rental`, `ridesharing`, `drivingSchool` or `commercial` (only `personal` is covered). */
  declare use?: string;
  /** Prefill: year of manufacture (`2024`). */
  declare year?: string | number;
  /** Prefill: the licence plate (`B123XYZ`). */
  declare licensePlate?: string;
  /** Prefill: engine power in kW (`110`). */
  declare enginePower?: string | number;
  /** Prefill: the category on the registration certificate (`M1`; only M1 is covered). */
  declare category?: string;
  /** Prefill: `registered` (default), `recorded`, `temporaryRegistered` or `temporaryRecorded` (only `registered` is covered). */
  declare registration?: string;

  /**
   * The whole car at once, as a dealer's script has it: `{ vin, make, model, firstRegistration, mileage, use, year,
   * licensePlate, enginePower, category, registration }`, every field optional — the same as the attributes.
   */
  set vehicle(v: DealerVehicle | undefined) {
    for (const k of Object.keys(vehiclePrefills) as (keyof DealerVehicle)[]) (this as DealerVehicle)[k] = v?.[k];
  }
  get vehicle(): DealerVehicle {
    return Object.fromEntries(Object.keys(vehiclePrefills).map((k) => [k, (this as DealerVehicle)[k as keyof DealerVehicle]]).filter(([, v]) => v !== undefined));
  }

  // One chunk per language (the kit's first-step words and the car's): a page fetches only the one it speaks.
  protected words(locale: Locale) {
    return locale === 'ro' ? import('./strings.ro.js') : import('./strings.en.js');
  }
}
