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
    /* A host's brand colour, darkened where too light to read on the light background (4.5:1). */
    --_primary: oklch(from var(--lih-color-primary, #0b57d0) min(l, 0.5) c h);
    /* Black or white, whichever reads on the primary. */
    --_on-primary: var(--lih-color-on-primary, oklch(from var(--_primary) clamp(0, (0.62 - l) * 1000, 1) 0 0));
    --_tint: color-mix(in srgb, var(--_primary) 10%, var(--_bg));
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
    /* The same brand colour, lightened where too dark to read on the dark background. */
    --_primary: oklch(from var(--lih-color-primary, #7cacf8) max(l, 0.72) c h);
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
  /* the stepper: every step's name, numbered; done ones ticked, the current one marked */
  .steps {
    display: flex;
    gap: 0.3em;
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_gap);
    color: var(--_muted);
    font-size: 0.85em;
    counter-reset: s;
  }
  .steps li {
    flex: 1;
    display: flex;
    gap: 0.4em;
    padding-top: 0.4em;
    border-top: 3px solid var(--_border);
    counter-increment: s;
  }
  .steps li::before {
    content: counter(s);
    flex: none;
    width: 1.5em;
    height: 1.5em;
    display: grid;
    place-items: center;
    border: 1px solid;
    border-radius: 50%;
  }
  .steps .past::before {
    content: '✓';
  }
  .steps .past,
  .steps [aria-current] {
    border-color: var(--_primary);
  }
  .steps [aria-current] {
    color: var(--_fg);
    font-weight: 600;
  }
  .steps [aria-current]::before {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  /* at most two columns: each at least 15rem and at least half the row */
  .grid {
    display: grid;
    gap: 0 var(--_gap);
    grid-template-columns: repeat(auto-fill, minmax(max(min(100%, 15rem), 50% - var(--_gap)), 1fr));
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
  /* a radio beside its words, however long they are; a check's error under it */
  .radio,
  .check {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
  }
  .check {
    flex-wrap: wrap;
  }
  /* choices written as sentences (a vehicle's versions, deductible packages): one per line */
  .choices .radio {
    width: 100%;
    margin: 0.4em 0;
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
  button:hover {
    background: var(--_tint);
  }
  button.primary:hover {
    background: color-mix(in srgb, var(--_primary) 85%, var(--_fg));
  }
  button:active {
    translate: 0 1px;
    box-shadow: inset 0 2px 4px rgb(0 0 0 / 0.3);
  }
  /* on a phone: the step's main button across the whole width, under Back */
  @media (max-width: 599px) {
    .steps li:not([aria-current]) {
      flex: none;
      font-size: 0;
    }
    .steps li:not([aria-current])::before {
      font-size: 0.85rem;
    }
    .actions .primary {
      flex: 1 1 100%;
    }
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
