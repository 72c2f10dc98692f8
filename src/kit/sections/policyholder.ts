import { html, nothing, type TemplateResult } from 'lit';
import type { PersonRules } from '../../contract/person.js';
import type { Values } from '../form.js';
import type { Lookup } from '../lookup.js';
import { checkField, radioGroup, selectField, textField } from '../fields.js';
import { comboField } from '../combo-field.js';
import { renderAddress, type AddressContext } from './address.js';

export interface PolicyholderContext extends AddressContext {
  readonly lookups: AddressContext['lookups'] & { country: Lookup };
  /** Who the product may insure (its contract rules). */
  readonly who: NonNullable<PersonRules['who']>;
}

const PH = 'policyholder';
/** The form's own key for the person kind; it never goes into the body. */
export const KIND = '$kind';

export const personKind = (values: Values, who: PolicyholderContext['who']): 'individual' | 'company' =>
  who === 'business' ? 'company' : who === 'individual' ? 'individual' : values[KIND] === 'company' ? 'company' : 'individual';

const INDIVIDUAL_ONLY = ['lastName', 'firstName', 'identification', 'isForeignPerson', 'nationality', 'citizenship', 'gender', 'birthdate', 'hasDisability', 'isRetired'];
const COMPANY_ONLY = ['businessName', 'companyRegistryNumber', 'caenCode', 'hasRelationsWithRussiaOrBelarus'];
const FOREIGN_ONLY = ['nationality', 'citizenship', 'gender', 'birthdate'];

/**
 * Which policyholder fields go into the body: a switch between person and
 * company keeps what was typed for the other kind (nothing is lost) but sends
 * only what applies now.
 */
export function keepPolicyholderPath(values: Values, who: PolicyholderContext['who']) {
  const kind = personKind(values, who);
  const foreign = values[`${PH}.isForeignPerson`] === true;
  return (path: string): boolean => {
    if (!path.startsWith(`${PH}.`)) return true;
    const field = path.split('.')[1]!;
    if (kind === 'company') return !INDIVIDUAL_ONLY.includes(field);
    if (COMPANY_ONLY.includes(field)) return false;
    return foreign || !FOREIGN_ONLY.includes(field);
  };
}

/** The policyholder: a person or a company, with foreign-person fields only when needed, and the address. */
export function renderPolicyholder(h: PolicyholderContext, values: Values): TemplateResult {
  const p = (k: string) => `${PH}.${k}`;
  const kind = personKind(values, h.who);
  const foreign = h.checked(p('isForeignPerson'));
  const person = html`<div class="grid">
      ${textField(h, p('lastName'), h.t('ph.lastName'), { autocomplete: 'family-name' })}
      ${textField(h, p('firstName'), h.t('ph.firstName'), { autocomplete: 'given-name' })}
    </div>
    ${checkField(h, p('isForeignPerson'), h.t('ph.foreign'), { optional: true })}
    <div class="grid">
      ${textField(h, p('taxId'), foreign ? h.t('ph.foreignTaxId') : h.t('ph.cnp'), { inputmode: foreign ? 'text' : 'numeric' })}
      ${textField(h, p('identification.idNumber'), h.t('ph.idNumber'), { hint: h.t('ph.idHint') })}
    </div>
    ${foreign
      ? html`<div class="grid">
            ${comboField(h, p('nationality'), h.t('ph.nationality'), h.lookups.country)}
            ${comboField(h, p('citizenship'), h.t('ph.citizenship'), h.lookups.country)}
            ${textField(h, p('birthdate'), h.t('ph.birthdate'), { type: 'date', autocomplete: 'bday' })}
            ${selectField(h, p('gender'), h.t('ph.gender'), [
              { code: 'f', name: h.t('ph.female') },
              { code: 'm', name: h.t('ph.male') },
            ])}
          </div>`
      : nothing}`;
  const company = html`${textField(h, p('businessName'), h.t('ph.businessName'), { autocomplete: 'organization' })}
    <div class="grid">
      ${textField(h, p('taxId'), h.t('ph.cui'))}
      ${textField(h, p('companyRegistryNumber'), h.t('ph.registry'), { hint: h.t('ph.registryHint') })}
    </div>`;
  // A CNP is no CUI: each kind keeps its own tax id, so switching back and forth loses neither.
  const switchKind = (next: string) => {
    if (next === kind) return;
    h.set(`$${kind}.taxId`, h.val(p('taxId')));
    h.set(p('taxId'), h.val(`$${next}.taxId`));
    h.set(KIND, next);
  };
  return html`${h.who === 'any'
      ? radioGroup(
          h,
          KIND,
          h.t('ph.kind'),
          [
            { code: 'individual', name: h.t('ph.individual') },
            { code: 'company', name: h.t('ph.company') },
          ],
          switchKind,
        )
      : nothing}
    ${kind === 'company' ? company : person}
    <div class="grid">
      ${textField(h, p('email'), h.t('ph.email'), { type: 'email', autocomplete: 'email', inputmode: 'email' })}
      ${textField(h, p('mobileNumber'), h.t('ph.phone'), { type: 'tel', autocomplete: 'tel-national', inputmode: 'tel', hint: h.t('ph.phoneHint') })}
    </div>
    ${renderAddress(h)}`;
}
