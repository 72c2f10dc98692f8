import { today } from '../../contract/clock.js';
import type { PublicOffer } from '../../contract/public-api.js';
import type { QuoteContext, Step } from '../../kit/flow.js';
import { countKey } from '../../kit/rows.js';
import { VEHICLES, consent } from './paths.js';

type Vehicles = typeof import('./vehicles.js');

// Asked for as the entry runs, so it comes with the words rather than after them.
let loading: Promise<Vehicles> | undefined;
let loaded: Vehicles | undefined;
export const loadVehicles = (): Promise<Vehicles> =>
  (loading ??= import('./vehicles.js').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = undefined; // tried again on the next render
      throw e;
    },
  ));
void loadVehicles().catch(() => undefined);

/** The fleet's schema once its module is in (the element renders nothing before); until then, none. */
export const fleetSchema = () => loaded?.schema;

/**
 * The fleet step: a table of vehicles (each with its set of Michelin tyres), when the cover starts,
 * and the agreements. Its code is its module (vehicles.ts); this is the step as data.
 */
export const fleetDetails = (links: () => { terms: string; privacy: string }): Step<Vehicles> => ({
  id: 'details',
  paths: ['tireFleet.', 'additionalData.'],
  defaults: () => ({ [countKey(VEHICLES)]: '1', 'tireFleet.startDate': today(), [consent('purchased4Tires')]: false, [consent('customerAgreement')]: false }),
  load: loadVehicles,
  body: (h) => loaded?.body(h) ?? {},
  render: (h, m) => m.render(h, links()),
});

/** An offer in words (the offers show after the fleet step, so its module is in). */
export const describeFleetOffer = (h: QuoteContext, o: PublicOffer) => loaded!.describeFleetOffer(h, o);
