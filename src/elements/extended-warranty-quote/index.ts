/**
 * What a car dealer's page loads: `<script type="module" src=".../lih-extended-warranty-quote.js">`, then
 * `<lih-extended-warranty-quote endpoint="…" vin="…" make="Volkswagen" mileage="45000">`. Loading it twice is harmless.
 */
import { defineOnce } from '../../kit/define.js';
import { LihExtendedWarrantyQuote } from './extended-warranty-quote.js';

defineOnce('lih-extended-warranty-quote', LihExtendedWarrantyQuote);

export { LihExtendedWarrantyQuote };
export type { DealerVehicle } from './extended-warranty-quote.js';
export * from '../../kit/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'lih-extended-warranty-quote': LihExtendedWarrantyQuote;
  }
}
