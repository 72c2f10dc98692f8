import { css, type ReactiveControllerHost } from 'lit';

/**
 * The rules only the steps after the first use (address, offers, summary, success), loaded with
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
  .offer {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0.2em 0.75em;
    padding: 0.85em;
    margin-bottom: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 400;
    cursor: pointer;
  }
  .offer:hover {
    border-color: var(--_primary);
  }
  .offer:active {
    background: var(--_tint);
  }
  /* the whole card shows the focus (the radio's own ring would be lost in it) */
  .offer:has(:focus-visible) {
    outline: var(--lih-focus-ring, 3px solid var(--_primary));
    outline-offset: 2px;
  }
  .offer input:focus-visible {
    outline: none;
  }
  .offer.on {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 2px var(--_primary);
    background: var(--_tint);
  }
  .offer-name {
    font-weight: 700;
  }
  .on .offer-name {
    color: var(--_primary-text);
  }
  .cost {
    display: grid;
    justify-items: end;
    text-align: end;
  }
  .monthly {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .offer-d {
    grid-column: 2 / -1;
    display: grid;
    justify-items: start;
    gap: 0.3em;
  }
  .best {
    background: var(--_ok);
    color: var(--_bg);
    border-radius: 1em;
    padding: 0 0.6em;
    font-size: 0.85em;
    font-weight: 700;
  }
  .price {
    font-weight: 700;
    font-size: 1.15em;
    white-space: nowrap;
  }
  /* while the offers come: grey bars where cards will be */
  .skeleton {
    display: grid;
    gap: 0.6em;
    padding: 0.85em;
    margin-bottom: 0.75em;
    border: 1px solid var(--_surface);
    border-radius: var(--_radius);
  }
  .skeleton i {
    height: 1em;
    border-radius: 0.25em;
    background: var(--_surface);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton i:first-child {
    width: 60%;
    height: 1.3em;
  }
  .skeleton i:last-child {
    width: 40%;
  }
  @keyframes pulse {
    to {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton i {
      animation: none;
    }
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

/** Adds the later steps' rules to the element's shadow root, once. */
export function adopt(h: object): void {
  const root = (h as ReactiveControllerHost & { renderRoot?: ShadowRoot }).renderRoot;
  const s = sheet.styleSheet;
  if (root?.adoptedStyleSheets && s && !root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
}
