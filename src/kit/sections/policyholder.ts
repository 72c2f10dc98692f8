import { html, nothing, type TemplateResult } from 'lit';
import type { PersonRules } from '../../contract/person.js';
import { checkField, radioGroup, selectField, textField } from '../fields.js';
import { comboField } from '../combo-field.js';
import { renderAddress, type AddressContext } from './address.js';
import type { Values } from '../form.js';
import { KIND, keepPolicyholderPath, personKind } from '../person-kind.js';
import { typed } from '../locale.js';
import type { en } from '../i18n/sections/policyholder.en.js';

const PH = 'policyholder';
export { KIND, keepPolicyholderPath, personKind };

/**
 * The policyholder: a person or a company (as `who`, the product's contract rules, allows), with
 * foreign-person fields only when needed, and the address. Under `base` another person of the
 * product (casco's vehicle user), a person only: the kind and its kept tax ids are the policyholder's.
 */
export function renderPolicyholder(h: AddressContext & { form: { values: Values } }, who: NonNullable<PersonRules['who']>, base = PH): TemplateResult {
  const t = typed<typeof en>(h);
  const p = (k: string) => `${base}.${k}`;
  const kind = personKind(h.form.values, who);
  const foreign = h.checked(p('isForeignPerson'));
  // One list for both fields, loaded only once the customer says they are foreign.
  const countries = h.lookups.list('country', 'country', { enabled: () => h.checked(p('isForeignPerson')) });
  const person = html`<div class="grid pair">
      ${textField(h, p('lastName'), t('ph.lastName'), { autocomplete: 'family-name' })}
      ${textField(h, p('firstName'), t('ph.firstName'), { autocomplete: 'given-name' })}
    </div>
    ${checkField(h, p('isForeignPerson'), t('ph.foreign'), { optional: true })}
    <div class="grid">
      ${textField(h, p('taxId'), foreign ? t('ph.foreignTaxId') : t('ph.cnp'), { inputmode: foreign ? 'text' : 'numeric' })}
      ${textField(h, p('identification.idNumber'), t('ph.idNumber'), { hint: t('ph.idHint') })}
    </div>
    ${foreign
      ? html`<div class="grid">
            ${comboField(h, p('nationality'), t('ph.nationality'), countries)}
            ${comboField(h, p('citizenship'), t('ph.citizenship'), countries)}
            ${textField(h, p('birthdate'), t('ph.birthdate'), { type: 'date', autocomplete: 'bday' })}
            ${selectField(h, p('gender'), t('ph.gender'), [
              { code: 'f', name: t('ph.female') },
              { code: 'm', name: t('ph.male') },
            ])}
          </div>`
      : nothing}`;
  const company = html`${textField(h, p('businessName'), t('ph.businessName'), { autocomplete: 'organization' })}
    <div class="grid">
      ${textField(h, p('taxId'), t('ph.cui'))}
      ${textField(h, p('companyRegistryNumber'), t('ph.registry'), { hint: t('ph.registryHint') })}
    </div>`;
  // A CNP is no CUI: each kind keeps its own tax id, so switching back and forth loses neither.
  const switchKind = (next: string) => {
    if (next === kind) return;
    h.set(`$${kind}.taxId`, h.val(p('taxId')));
    h.set(p('taxId'), h.val(`$${next}.taxId`));
    h.set(KIND, next);
  };
  return html`${who === 'any'
      ? radioGroup(
          h,
          KIND,
          t('ph.kind'),
          [
            { code: 'individual', name: t('ph.individual') },
            { code: 'company', name: t('ph.company') },
          ],
          switchKind,
        )
      : nothing}
    ${kind === 'company' ? company : person}
    <div class="grid">
      ${textField(h, p('email'), t('ph.email'), { type: 'email', autocomplete: 'email', inputmode: 'email' })}
      ${textField(h, p('mobileNumber'), t('ph.phone'), { type: 'tel', autocomplete: 'tel-national', inputmode: 'tel', hint: t('ph.phoneHint') })}
    </div>
    ${renderAddress(h, p('address'))}`;
}
