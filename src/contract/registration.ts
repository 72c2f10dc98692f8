/**
 * How a vehicle is registered, as the APIs name it: on its own so that a vehicle form's first step can
 * list the types without loading the plate and VIN rules (vehicle.ts) that read by them.
 */
export const REGISTRATION_TYPES = ['registered', 'recorded', 'temporaryRegistered', 'temporaryRecorded'] as const;
export type RegistrationType = (typeof REGISTRATION_TYPES)[number];
