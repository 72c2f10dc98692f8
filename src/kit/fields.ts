import { html, nothing, type TemplateResult } from 'lit';
import { fieldId, type FormHost } from './form.js';

export interface FieldOptions {
  type?: 'text' | 'email' | 'tel' | 'date';
  hint?: string;
  optional?: boolean;
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email';
}

type Options = readonly { code: string; name: string }[];

/**
 * What every field shares: its id, whether it is required, its error (shown
 * after blur or a submit attempt, never while typing) and the hint and error
 * under it, tied to the control by aria-describedby.
 */
function parts(h: FormHost, path: string, hint?: string, optional?: boolean) {
  const id = fieldId(path);
  const error = h.err(path);
  return {
    id,
    error,
    required: optional ? 'false' : 'true',
    invalid: error ? 'true' : 'false',
    describedBy: [hint && `${id}-hint`, error && `${id}-err`].filter(Boolean).join(' ') || nothing,
    label: (text: TemplateResult | string) =>
      html`<label for=${id}>${text}${optional ? html` <span class="opt">${h.t('optional')}</span>` : nothing}</label>`,
    below: html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${error
      ? html`<p class="error" id="${id}-err" part="error">${error}</p>`
      : nothing}`,
  };
}

/** A labelled text input bound to a body path. */
export function textField(h: FormHost, path: string, label: string, o: FieldOptions = {}): TemplateResult {
  const f = parts(h, path, o.hint, o.optional);
  return html`<div class="field" part="field">
    ${f.label(label)}
    <input
      id=${f.id}
      part="input"
      type=${o.type ?? 'text'}
      .value=${h.val(path)}
      autocomplete=${o.autocomplete ?? 'off'}
      inputmode=${o.inputmode ?? nothing}
      aria-required=${f.required}
      aria-invalid=${f.invalid}
      aria-describedby=${f.describedBy}
      @input=${(e: Event) => h.set(path, (e.target as HTMLInputElement).value)}
      @blur=${() => h.touch(path)}
    />
    ${f.below}
  </div>`;
}

/** A native select for short lists. */
export function selectField(h: FormHost, path: string, label: string, options: Options): TemplateResult {
  const f = parts(h, path);
  const value = h.val(path);
  // A value the list does not hold (yet): shown as it is while the list loads, and kept if it fails.
  if (value && !options.some((o) => o.code === value)) options = [{ code: value, name: value }, ...options];
  return html`<div class="field" part="field">
    ${f.label(label)}
    <select
      id=${f.id}
      part="input"
      aria-required=${f.required}
      aria-invalid=${f.invalid}
      aria-describedby=${f.describedBy}
      @change=${(e: Event) => {
        h.set(path, (e.target as HTMLSelectElement).value);
        h.touch(path);
      }}
    >
      <option value="" ?selected=${!value}></option>
      ${options.map((opt) => html`<option value=${opt.code} ?selected=${opt.code === value}>${opt.name}</option>`)}
    </select>
    ${f.below}
  </div>`;
}

/** A checkbox: an agreement (with links in its label) or a yes/no. */
export function checkField(h: FormHost, path: string, label: TemplateResult | string, o: { optional?: boolean } = {}): TemplateResult {
  const f = parts(h, path, undefined, o.optional);
  return html`<div class="field check" part="field">
    <input
      id=${f.id}
      type="checkbox"
      .checked=${h.checked(path)}
      aria-required=${f.required}
      aria-invalid=${f.invalid}
      aria-describedby=${f.describedBy}
      @change=${(e: Event) => {
        h.set(path, (e.target as HTMLInputElement).checked);
        h.touch(path);
      }}
    />
    ${f.label(label)} ${f.below}
  </div>`;
}

/** A group of radio buttons with a legend (person kind, gender). */
export function radioGroup(h: FormHost, path: string, legend: string, options: Options, store = (code: string) => h.set(path, code)): TemplateResult {
  const f = parts(h, path);
  const value = h.val(path);
  return html`<fieldset class="field radios" part="field" aria-describedby=${f.describedBy}>
    <legend>${legend}</legend>
    ${options.map(
      (opt) =>
        html`<label class="radio"
          ><input
            type="radio"
            name=${path}
            value=${opt.code}
            .checked=${value === opt.code}
            @change=${() => {
              store(opt.code);
              h.touch(path);
            }}
          />${opt.name}</label
        >`,
    )}
    ${f.below}
  </fieldset>`;
}
