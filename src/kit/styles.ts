import { css } from 'lit';

/**
 * The kit's one stylesheet. Hosts theme through the `--lih-*` tokens (with
 * light defaults, and dark ones under `theme="dark"`) and a few `::part`s;
 * nothing here reaches out of the shadow root, and only inherited properties
 * (font, colour) come in.
 */
export const kitStyles = css`
  :host {
    --_fg: var(--lih-color-text, #1f2328);
    --_muted: var(--lih-color-muted, #59636e);
    --_bg: var(--lih-color-bg, #fff);
    --_surface: var(--lih-color-surface, #f6f8fa);
    --_border: var(--lih-color-border, #8c959f);
    --_primary: var(--lih-color-primary, #0b57d0);
    --_on-primary: var(--lih-color-on-primary, #fff);
    --_error: var(--lih-color-error, #b3261e);
    --_ok: var(--lih-color-success, #1a7f37);
    --_radius: var(--lih-radius, 8px);
    --_gap: var(--lih-spacing, 1rem);
    --_r: calc(var(--_radius) * 0.75);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--_fg);
    font-family: var(--lih-font-family, inherit);
    font-size: var(--lih-font-size, 1rem);
    line-height: 1.45;
    color-scheme: light;
  }
  :host([theme='dark']) {
    --_fg: var(--lih-color-text, #e6edf3);
    --_muted: var(--lih-color-muted, #9da7b3);
    --_bg: var(--lih-color-bg, #0d1117);
    --_surface: var(--lih-color-surface, #161b22);
    --_border: var(--lih-color-border, #6e7681);
    --_primary: var(--lih-color-primary, #7cacf8);
    --_on-primary: var(--lih-color-on-primary, #0d1117);
    --_error: var(--lih-color-error, #ff9c94);
    --_ok: var(--lih-color-success, #56d364);
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: inherit;
  }
  [part='panel'] {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  h2 {
    margin: 0 0 calc(var(--_gap) * 0.75);
    font-size: 1.2em;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  .steps {
    margin: 0 0 var(--_gap);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .grid {
    display: grid;
    gap: 0 var(--_gap);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  .field {
    margin: 0 0 calc(var(--_gap) * 0.85);
    min-width: 0;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
    padding: 0;
  }
  fieldset > legend {
    font-size: 1.05em;
    margin-bottom: 0.5em;
  }
  .opt,
  .hint,
  .status {
    color: var(--_muted);
    font-weight: 400;
  }
  .hint,
  .error {
    margin: 0.25em 0 0;
    font-size: 0.9em;
  }
  .error {
    color: var(--_error);
  }
  input:not([type='checkbox'], [type='radio']),
  select {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.65em;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_r);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: inset 0 0 0 1px var(--_error);
  }
  :focus-visible {
    outline: var(--lih-focus-ring, 3px solid var(--_primary));
    outline-offset: 2px;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_gap);
    min-width: 0;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .radios legend {
    width: 100%;
  }
  .radio,
  .check {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    align-items: flex-start;
  }
  .radio,
  .check label {
    font-weight: 400;
    margin: 0;
  }
  .check label {
    flex: 1;
  }
  .check .error {
    flex-basis: 100%;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_primary);
    flex: none;
  }
  a {
    color: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    justify-content: space-between;
    margin-top: var(--_gap);
  }
  button {
    font: inherit;
    min-height: 2.75em;
    padding: 0.5em 1.25em;
    border-radius: var(--_r);
    border: 1px solid var(--_primary);
    background: var(--_bg);
    color: var(--_primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  [aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .banner {
    border: 1px solid var(--_error);
    border-left-width: 4px;
    border-radius: var(--_radius);
    padding: 0.75em;
    margin: 0 0 var(--_gap);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  .banner p {
    margin: 0;
  }
  .offer {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.75em;
    padding: 0.85em;
    margin-bottom: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .offer.on {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    background: var(--_surface);
  }
  .offer label {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    margin: 0;
    cursor: pointer;
  }
  .price {
    font-weight: 700;
    font-size: 1.15em;
    white-space: nowrap;
  }
  .offer-d {
    grid-column: 2;
  }
  .offer-d p,
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
  .done {
    font-weight: 600;
    color: var(--_ok);
  }
  .docs {
    flex-direction: column;
    align-items: stretch;
  }
  .combo {
    position: relative;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    left: 0;
    right: 0;
    max-height: 16em;
    overflow-y: auto;
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_r);
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.15);
  }
  [role='option'],
  .empty {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }
  [role='option'] small {
    display: block;
    color: var(--_muted);
  }
  [role='option'][aria-selected='true'],
  [role='option']:hover {
    background: var(--_surface);
    box-shadow: inset 3px 0 0 var(--_primary);
  }
  .empty {
    color: var(--_muted);
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
