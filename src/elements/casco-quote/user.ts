/** The vehicle's user, on the policyholder's step: asked only when the customer says it is another person. */
import { html, nothing, type TemplateResult } from 'lit';
import type { QuoteContext } from '../../kit/flow.js';
import type * as KitSteps from '../../kit/steps/later.js';
import { checkField } from '../../kit/fields.js';
import { typed } from '../../kit/locale.js';
import type { cascoLaterEn } from './words.en.js';
import { OTHER_USER, USER } from './paths.js';

/** `kit`: the kit's later steps (the policyholder step's module), whose person fields the user's are. */
export function user(h: QuoteContext, kit: typeof KitSteps): TemplateResult {
  const t = typed<typeof cascoLaterEn>(h);
  const other = h.checked(OTHER_USER);
  return html`${checkField(h, OTHER_USER, t('user.other'), { optional: true })}
    ${other
      ? html`<fieldset>
          <legend>${t('user.legend')}</legend>
          ${kit.policyholder(h, { who: 'individual' }, USER)}
        </fieldset>`
      : nothing}`;
}
