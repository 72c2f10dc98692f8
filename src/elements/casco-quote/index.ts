/**
 * What a car dealer's page loads: `<script type="module" src=".../lih-casco-quote.js">`, then
 * `<lih-casco-quote endpoint="…" make="Volkswagen" model="Golf" year="2024">`. Loading it twice is harmless.
 */
import { defineOnce } from '../../kit/define.js';
import { LihCascoQuote } from './casco-quote.js';

defineOnce('lih-casco-quote', LihCascoQuote);

export { LihCascoQuote };
export type { DealerVehicle } from './casco-quote.js';
export * from '../../kit/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'lih-casco-quote': LihCascoQuote;
  }
}
