/**
 * The two products whose prices the docs give (tireFleet and electronics,
 * "computed locally" by the API). Tables, commission and offer order all come
 * from the contract's pricing module; nothing here is the sandbox's invention.
 */
import { addYears, coverEndDate, today } from '../../contract/clock.js';
import { isLegalEntity } from '../../contract/person.js';
import {
  ELECTRONICS_OFFERS,
  ELECTRONICS_PERCENT,
  LOCAL_COMMISSION_PERCENT,
  MAKER_WARRANTY_YEARS,
  TIRE_FLEET_UNIT_PRICES,
} from '../../contract/products/pricing.js';
import type { ElectronicsProduct } from '../../contract/products/electronics.js';
import type { TireFleetProduct } from '../../contract/products/tire-fleet.js';
import { roundMoney } from './money.js';
import type { OfferDraft } from './types.js';

// The packages are the table's keys, so a package added to the contract is quoted without a change here.
const FLEET_PACKAGES = Object.keys(TIRE_FLEET_UNIT_PRICES) as (keyof typeof TIRE_FLEET_UNIT_PRICES)[];
/** "2 packages × 2 durations: 12 and 24 months". */
const FLEET_TERMS = [12, 24] as const;

/** Always 4 offers: each package × 12 and 24 months; premium = unit price × vehicles (VAT included). */
export function priceTireFleet(p: TireFleetProduct): OfferDraft[] {
  const vehicles = p.tireFleet.vehicles.length;
  const start = p.tireFleet.startDate;
  return FLEET_PACKAGES.flatMap((pkg) =>
    FLEET_TERMS.map((termTime) => ({
      package: pkg,
      termTime,
      premium: roundMoney(TIRE_FLEET_UNIT_PRICES[pkg][termTime] * vehicles),
      startDate: start,
      endDate: coverEndDate(start, termTime),
      commissionPercent: LOCAL_COMMISSION_PERCENT,
      installmentCount: 1,
    })),
  );
}

/**
 * Always 5 offers: DAF (ADT) 12/24/36 starting today, GE (EW) 12/24 starting
 * when the maker's warranty ends — purchase + 2 years for an individual,
 * + 1 year for a legal entity. Premium = price × percent / 100.
 */
export function priceElectronics(p: ElectronicsProduct): OfferDraft[] {
  const { purchaseDate, purchasePrice, productCategory } = p.electronics;
  const table = ELECTRONICS_PERCENT[productCategory];
  const warrantyYears = isLegalEntity(p.policyholder) ? MAKER_WARRANTY_YEARS.legalEntity : MAKER_WARRANTY_YEARS.individual;
  return ELECTRONICS_OFFERS.map((o) => {
    const percent = o.package === 'daf' ? table.daf[o.termTime] : table.ge[o.termTime];
    const start = o.package === 'daf' ? today() : addYears(purchaseDate, warrantyYears);
    return {
      package: o.package,
      termTime: o.termTime,
      premium: roundMoney((purchasePrice * percent) / 100),
      startDate: start,
      endDate: coverEndDate(start, o.termTime),
      commissionPercent: LOCAL_COMMISSION_PERCENT,
      installmentCount: 1,
    };
  });
}
