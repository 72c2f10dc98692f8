import { html, type TemplateResult } from 'lit';
import type { FormHost } from '../form.js';
import type { Lookup } from '../lookup.js';
import { comboField } from '../combo-field.js';
import { textField } from '../fields.js';

export interface AddressContext extends FormHost {
  readonly lookups: { county: Lookup; locality: Lookup };
}

/**
 * A Romanian address: county, then a locality of that county (both from the
 * insurer's nomenclature), then street and number. Picking another county
 * clears the locality, which no longer belongs to it.
 */
export function renderAddress(h: AddressContext, base = 'policyholder.address'): TemplateResult {
  const p = (k: string) => `${base}.${k}`;
  const county = h.val(p('county'));
  return html`<fieldset class="address">
    <legend>${h.t('addr.title')}</legend>
    <div class="grid">
      ${comboField(h, p('county'), h.t('addr.county'), h.lookups.county, {
        store: (item) => {
          if ((item?.code ?? '') !== county) {
            h.set(p('cityCode'), '');
            h.set(p('city'), '');
            h.set(`$${p('cityCode')}`, '');
          }
          h.set(p('county'), item?.code ?? '');
        },
      })}
      ${comboField(h, p('cityCode'), h.t('addr.city'), h.lookups.locality, {
        disabledReason: county ? undefined : h.t('addr.pickCounty'),
        store: (item) => {
          h.set(p('cityCode'), item?.code ?? '');
          h.set(p('city'), item?.name ?? '');
        },
      })}
    </div>
    <div class="grid">
      ${textField(h, p('street'), h.t('addr.street'), { autocomplete: 'address-line1' })}
      ${textField(h, p('houseNumber'), h.t('addr.houseNumber'))}
      ${textField(h, p('building'), h.t('addr.building'), { optional: true })}
      ${textField(h, p('staircase'), h.t('addr.staircase'), { optional: true })}
      ${textField(h, p('floor'), h.t('addr.floor'), { optional: true })}
      ${textField(h, p('apartment'), h.t('addr.apartment'), { optional: true })}
      ${textField(h, p('postcode'), h.t('addr.postcode'), { optional: true, autocomplete: 'postal-code', inputmode: 'numeric' })}
    </div>
  </fieldset>`;
}
