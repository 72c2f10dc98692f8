import { html, type TemplateResult } from 'lit';
import type { FormHost } from '../form.js';
import type { Lookups } from '../lookup.js';
import { comboField } from '../combo-field.js';
import { textField } from '../fields.js';
import { typed } from '../locale.js';
import type { en } from '../i18n/sections/address.en.js';

export interface AddressContext extends FormHost {
  readonly lookups: Lookups;
}

/**
 * A Romanian address under `base`: county, then a locality of that county
 * (both from the insurer's nomenclature), then street and number. Each address
 * has its own lookups, keyed by its paths: a second address lists its own
 * county's localities. Picking another county clears the locality, which no
 * longer belongs to it.
 */
export function renderAddress(h: AddressContext, base = 'policyholder.address'): TemplateResult {
  const t = typed<typeof en>(h);
  const p = (k: string) => `${base}.${k}`;
  const county = h.val(p('county'));
  const counties = h.lookups.list(p('county'), 'county');
  const localities = h.lookups.list(p('cityCode'), 'locality', { param: () => h.val(p('county')) || undefined });
  return html`<fieldset class="address">
    <legend>${t('addr.title')}</legend>
    <div class="grid">
      ${comboField(h, p('county'), t('addr.county'), counties, {
        store: (item) => {
          if ((item?.code ?? '') !== county) {
            h.set(p('cityCode'), '');
            h.set(p('city'), '');
            h.set(`$${p('cityCode')}`, '');
          }
          h.set(p('county'), item?.code ?? '');
        },
      })}
      ${comboField(h, p('cityCode'), t('addr.city'), localities, {
        disabledReason: county ? undefined : t('addr.pickCounty'),
        store: (item) => {
          h.set(p('cityCode'), item?.code ?? '');
          h.set(p('city'), item?.name ?? '');
        },
      })}
    </div>
    <div class="grid street">
      ${textField(h, p('street'), t('addr.street'), { autocomplete: 'address-line1' })}
      ${textField(h, p('houseNumber'), t('addr.houseNumber'))}
    </div>
    <div class="grid short">
      ${textField(h, p('building'), t('addr.building'), { optional: true })}
      ${textField(h, p('staircase'), t('addr.staircase'), { optional: true })}
      ${textField(h, p('floor'), t('addr.floor'), { optional: true })}
      ${textField(h, p('apartment'), t('addr.apartment'), { optional: true })}
      ${textField(h, p('postcode'), t('addr.postcode'), { optional: true, autocomplete: 'postal-code', inputmode: 'numeric' })}
    </div>
  </fieldset>`;
}
