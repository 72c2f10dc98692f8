/** The cover step: when it starts, for how long, how it is paid, the deductible package and the extra coverages. */
import { html, type TemplateResult } from 'lit';
import { CASCO_CURRENCIES } from '../../contract/casco/enums.js';
import { CASCO_MAX_TERM_MONTHS } from '../../contract/casco/motor.js';
import type { QuoteContext } from '../../kit/flow.js';
import { checkField, radioGroup, selectField, textField } from '../../kit/fields.js';
import { formatMoney } from '../../kit/format.js';
import { typed } from '../../kit/locale.js';
import type { cascoLaterEn } from './words.en.js';
import { choice, motor } from './paths.js';

/** Deductible packages as the insurers sell them: an amount per partial damage / a percentage on a total loss. */
export const DEDUCTIBLES = ['0/0', '100/0', '250/10', '500/20', '1000/20'] as const;
/** The coverages a customer may add to the vehicle's own (each insurer sells some of them). */
export const EXTRAS = ['glass', 'assistance', 'replacementCar', 'personalAccident'] as const;
const PLANS = [1, 2, 3, 4, 6, 12];

export function cover(h: QuoteContext): TemplateResult {
  const t = typed<typeof cascoLaterEn>(h);
  const currency = h.val(motor('currency')) || 'RON';
  const term = Number(h.val(motor('termTime'))) || CASCO_MAX_TERM_MONTHS;
  const months = Array.from({ length: CASCO_MAX_TERM_MONTHS }, (_, i) => CASCO_MAX_TERM_MONTHS - i).map((n) => ({ code: String(n), name: t('cover.months', { n }) }));
  const plans = PLANS.filter((n) => n <= term).map((n) => ({ code: String(n), name: n === 1 ? t('cover.inOne') : t('cover.inMany', { n }) }));
  const deductibles = DEDUCTIBLES.map((code) => {
    const [partial, total] = code.split('/').map(Number) as [number, number];
    return { code, name: partial || total ? t('cover.deductible', { partial: formatMoney(partial, currency, h.language), total }) : t('cover.noDeductible') };
  });
  return html`<fieldset>
      <legend>${t('cover.when')}</legend>
      <div class="grid">
        ${textField(h, motor('startDate'), t('cover.start'), { type: 'date', hint: t('cover.startHint') })}
        ${selectField(h, motor('termTime'), t('cover.term'), months)}
        ${selectField(h, motor('installmentCount'), t('cover.installments'), plans)}
        ${selectField(h, motor('currency'), t('cover.currency'), CASCO_CURRENCIES.map((c) => ({ code: c, name: c })))}
      </div>
      <p class="hint">${t('cover.currencyHint')}</p>
    </fieldset>
    <fieldset class="choices">
      ${radioGroup(h, choice('deductibles'), t('cover.deductibles'), deductibles)}
      <p class="hint">${t('cover.deductibleHint')}</p>
    </fieldset>
    <fieldset>
      <legend>${t('cover.extras')}</legend>
      <p class="hint">${t('cover.extrasHint')}</p>
      ${EXTRAS.map((code) => checkField(h, choice(`extra.${code}`), t(`coverage.${code}`), { optional: true }))}
    </fieldset>`;
}
