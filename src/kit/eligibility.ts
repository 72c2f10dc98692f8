import { css, html, nothing, type TemplateResult } from 'lit';
import { ineligible, type EligibilityRule } from '../contract/eligibility.js';
import type { QuoteContext } from './flow.js';
import { adoptSheet, rootOf } from './adopt.js';

/**
 * The notice that says, as the customer types and before any quote, why what they describe cannot
 * be insured and what would make it so: the product's eligibility rules (its contract's) read from
 * the form's live errors — shown at once, not after blur, since no field is "wrong", the thing is.
 * Only the elements that have such rules import this module: it is not in the shared first load.
 */
export function eligibilityNotice(h: QuoteContext, rules: readonly EligibilityRule[], title: string): TemplateResult {
  const found = ineligible(h.form.errors.values(), rules);
  // Its rules travel with it rather than in the shell's stylesheet, which every element loads first.
  adoptSheet(rootOf(h), sheet);
  // The live region is always there, so a reason that appears is announced.
  return html`<div class="eligibility-live" role="status" aria-live="polite">
    ${found.length
      ? html`<div class="eligibility" part="eligibility">
          <p><strong>${title}</strong></p>
          <ul>
            ${found.map((f) => html`<li data-rule=${f.key}>${f.message[h.language]}</li>`)}
          </ul>
        </div>`
      : nothing}
  </div>`;
}

/** The notice's look, adopted by the shadow root it first renders in (a strict CSP refuses a <style>). */
const sheet = css`
  .eligibility {
    border: 1px solid var(--_error);
    border-left-width: 4px;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_error) 6%, var(--_bg));
    padding: 0.75em 1em;
    margin: 0 0 var(--_gap);
  }
  .eligibility p {
    margin: 0 0 0.35em;
  }
  .eligibility ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .eligibility li + li {
    margin-top: 0.35em;
  }
`;
