/** The casco form's paths: where each step keeps its answers (the element's, its steps' and the dealer's prefills). */

/** The vehicle's fields, where the Casco API keeps them (`casco.vehicle.vin`). */
export const car = (k: string) => `casco.vehicle.${k}`;
/** The cover's dates and payment, where the Casco API keeps them (`casco.motor.startDate`). */
export const motor = (k: string) => `casco.motor.${k}`;
/** Per insurer: `insurers.<name>.identifier` (`-`: not asked) and `insurers.<name>.insuredValue`. */
export const insurer = (name: string, k: 'identifier' | 'insuredValue') => `insurers.${name}.${k}`;
/** The cover's form-only answers: the deductible package (`500/20`) and each extra coverage ticked (`$cover.glass`). */
export const choice = (k: string) => `$cover.${k}`;
/** The vehicle's user, when another person: its fields under `user.` (sent as `casco.vehicle.user`, see schema.ts). */
export const USER = 'user';
/** Whether the vehicle's user is another person (the form's own answer). */
export const OTHER_USER = '$user.other';
/** Not asking an insurer: its version answered "none of these". */
export const SKIP = '-';

/** Which field each of the dealer's prefill properties fills (the element's `prefills`). */
export const vehiclePrefills = {
  make: car('brand'),
  model: car('model'),
  vin: car('vin'),
  year: car('yearOfConstruction'),
  firstRegistration: car('firstRegistration'),
  fuel: car('fuelType'),
  enginePower: car('enginePower'),
  engineCapacity: car('engineDisplacement'),
  mileage: car('currentMileage'),
  registration: car('registrationType'),
  licensePlate: car('licensePlate'),
  category: car('vehicleType'),
};
