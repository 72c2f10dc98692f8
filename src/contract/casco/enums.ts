/** The Casco API's documented value lists (VehicleTypeEnum, FuelTypeEnum, ColorEnum). */
export const CASCO_VEHICLE_TYPES = [
  'M1', 'M1G', 'M2', 'M2G', 'M3', 'M3G',
  'N1', 'N1G', 'N2', 'N2G', 'N3', 'N3G',
  'O1', 'O2', 'O3', 'O4',
  'L1e', 'L2e', 'L3e', 'L4e', 'L5e', 'L6e', 'L7e',
  'T', 'C', 'R', 'S',
] as const;
export type CascoVehicleType = (typeof CASCO_VEHICLE_TYPES)[number];

export const CASCO_FUEL_TYPES = ['petrol', 'diesel', 'electric', 'hybrid', 'lpg', 'none'] as const;
export type CascoFuelType = (typeof CASCO_FUEL_TYPES)[number];

export const CASCO_COLORS = ['white', 'blue', 'yellow', 'gray', 'brown', 'black', 'orange', 'red', 'green', 'purple'] as const;
export type CascoColor = (typeof CASCO_COLORS)[number];

/**
 * Not a documented list: the answer's `exchangeRate` shows a premium may be
 * quoted in another currency than it is paid in, and Romanian casco is sold
 * in RON or EUR (docs/sandbox.md, Casco).
 */
export const CASCO_CURRENCIES = ['RON', 'EUR'] as const;
export type CascoCurrency = (typeof CASCO_CURRENCIES)[number];

/** Romania's bonus-malus classes (B0 neutral, B1–B8 bonus, M1–M8 malus), as `bonusMalusClass: "B0"` is written. */
export const BONUS_MALUS_CLASSES = [
  'B0', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8',
  'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7', 'M8',
] as const;
