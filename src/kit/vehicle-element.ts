import type { PropertyDeclarations } from 'lit';
import { LihQuoteElement } from './quote-element.js';

/** A vehicle as a dealer's page knows it, every field optional (the `vehicle` property). */
export type DealerVehicle = Partial<Record<string, string | number>>;

/**
 * A quote for the one vehicle a dealer's page shows (extended warranty, casco): the vehicle's prefill
 * attributes every vehicle product takes, and `vehicle`, all of them at once from a script. A product
 * adds its own (`fuel`, `use`) and maps each to its field in `prefills`.
 */
export abstract class LihVehicleQuoteElement extends LihQuoteElement {
  static override properties: PropertyDeclarations = {
    make: {},
    model: {},
    vin: {},
    year: {},
    firstRegistration: { attribute: 'first-registration' },
    enginePower: { attribute: 'engine-power' },
    mileage: {},
    registration: {},
    licensePlate: { attribute: 'license-plate' },
    category: {},
  };

  // Prefills: unset until the dealer says (the kit reads an unset one as empty).
  /** Prefill: the make (`Volkswagen`, `Porsche`). */
  declare make?: string;
  /** Prefill: the model (`Golf`). */
  declare model?: string;
  /** Prefill: the VIN (`WVWZZZAUZPW123456`). */
  declare vin?: string;
  /** Prefill: year of manufacture (`2024`). */
  declare year?: string | number;
  /** Prefill: first registration date, YYYY-MM-DD. */
  declare firstRegistration?: string;
  /** Prefill: engine power in kW (`110`). */
  declare enginePower?: string | number;
  /** Prefill: the odometer reading in km (`45000`). */
  declare mileage?: string | number;
  /** Prefill: `registered` (default), `recorded`, `temporaryRegistered` or `temporaryRecorded`. */
  declare registration?: string;
  /** Prefill: the licence plate (`B123XYZ`); none for a new vehicle. */
  declare licensePlate?: string;
  /** Prefill: the category on the registration certificate (`M1`, `N1`). */
  declare category?: string;

  /**
   * The whole vehicle at once, as a dealer's script has it — `{ make, model, vin, year, firstRegistration, … }`, the
   * same names as the prefill properties, every field optional. A change (another vehicle on the page) updates the fields.
   */
  set vehicle(v: DealerVehicle | undefined) {
    for (const k of this.#names()) (this as unknown as DealerVehicle)[k] = v?.[k];
  }
  get vehicle(): DealerVehicle {
    return Object.fromEntries(this.#names().map((k) => [k, (this as unknown as DealerVehicle)[k]]).filter(([, v]) => v !== undefined));
  }

  #names(): string[] {
    return Object.keys((this.constructor as unknown as { prefills: Record<string, string> }).prefills);
  }
}
