/**
 * What a fleet manager's page loads: `<script type="module" src=".../lih-tire-fleet-quote.js">`, then
 * `<lih-tire-fleet-quote endpoint="…">`. Loading it twice is harmless.
 */
import { defineOnce } from '../../kit/define.js';
import { LihTireFleetQuote } from './tire-fleet-quote.js';

defineOnce('lih-tire-fleet-quote', LihTireFleetQuote);

export { LihTireFleetQuote };
export * from '../../kit/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'lih-tire-fleet-quote': LihTireFleetQuote;
  }
}
