import { today } from '../../contract/clock.js';
import type { Step } from '../../kit/flow.js';
import { countKey } from '../../kit/rows.js';
import { VEHICLES, consent } from './paths.js';
import { body, describeFleetOffer, render } from './vehicles.js';

export { describeFleetOffer };

/**
 * The fleet step: a table of vehicles (each with its set of Michelin tyres), when the cover starts,
 * and the agreements. Its code (vehicles.ts) is in the entry, as the first render shows it; the
 * fleet's rules come beside the words (tire-fleet-quote.ts).
 */
export const fleetDetails = (links: () => { terms: string; privacy: string }): Step => ({
  id: 'details',
  paths: ['tireFleet.', 'additionalData.'],
  defaults: () => ({ [countKey(VEHICLES)]: '1', 'tireFleet.startDate': today(), [consent('purchased4Tires')]: false, [consent('customerAgreement')]: false }),
  body,
  render: (h) => render(h, links()),
});
