import { css, type CSSResult } from 'lit';
import { adoptSheet, rootOf } from './adopt.js';

/**
 * The rules only the steps after the first use (address, summary, success; the offer cards' are theirs, in sections/offers.ts), loaded with
 * their code rather than with the element: the shell's stylesheet (styles.ts) stays in the first load.
 * Adopted by the element's shadow root as a constructed sheet (a strict CSP refuses a <style>).
 */
const sheet = css`
  /* the address: the street with its number; the short parts several to a row */
  .grid.street {
    grid-template-columns: minmax(0, 3fr) minmax(4.5rem, 1fr);
  }
  .grid.short {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 6.5rem), 1fr));
    align-items: end;
  }
  /* names are short: side by side even on a phone */
  .grid.pair {
    grid-template-columns: 1fr 1fr;
  }
  .price {
    font-weight: 700;
    font-size: 1.15em;
    white-space: nowrap;
  }
  dd {
    margin: 0.3em 0 0;
  }
  dl {
    margin: 0 0 var(--_gap);
  }
  dt {
    font-weight: 600;
    margin-top: 0.6em;
  }
  h3 {
    font-size: 1.05em;
    margin: var(--_gap) 0 0.4em;
  }
  .done {
    font-weight: 600;
    font-size: 1.1em;
    color: var(--_ok);
  }
  .docs {
    flex-direction: column;
    align-items: stretch;
    margin-top: 0;
  }
  /* Not a failure: the element is finding out (an issuance whose outcome is unknown). */
  .checking {
    border-color: var(--_primary);
    flex-direction: column;
    align-items: flex-start;
  }
`;

/** Adds the later steps' rules (or a section's own `extra`) to the element's shadow root, once. */
export function adopt(h: object, extra: CSSResult = sheet): void {
  adoptSheet(rootOf(h), extra);
}
