/**
 * The entry a host loads: `<script type="module" src=".../lih-tire-quote.js">`
 * then `<lih-tire-quote endpoint="…">`. Safe to load twice.
 */
import { defineOnce } from '../../kit/define.js';
import { LihTireQuote } from './tire-quote.js';

defineOnce('lih-tire-quote', LihTireQuote);

export { LihTireQuote };
export * from '../../kit/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'lih-tire-quote': LihTireQuote;
  }
}
