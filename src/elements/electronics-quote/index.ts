/**
 * What an LG store's page loads: `<script type="module" src=".../lih-electronics-quote.js">`, then
 * `<lih-electronics-quote endpoint="…" category="televizor" price="5000">`. Loading it twice is harmless.
 */
import { defineOnce } from '../../kit/define.js';
import { LihElectronicsQuote } from './electronics-quote.js';

defineOnce('lih-electronics-quote', LihElectronicsQuote);

export { LihElectronicsQuote };
export * from '../../kit/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'lih-electronics-quote': LihElectronicsQuote;
  }
}
