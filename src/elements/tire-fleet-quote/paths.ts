/** Where the fleet's answers live in the form: named once for the step as data (details.ts) and its code (vehicles.ts). */

/** The fleet's rows: `tireFleet.vehicles.<i>.<field>`. */
export const VEHICLES = 'tireFleet.vehicles';
export const consent = (k: string) => `additionalData.agreements.${k}`;
