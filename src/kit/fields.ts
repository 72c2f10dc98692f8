import { html, nothing, type TemplateResult } from 'lit';
import { fieldId, type FormHost } from './form.js';

export interface FieldOptions {
  type?: 'text' | 'email' | 'tel' | 'date';
  hint?: string;
  optional?: boolean;
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email';
  /** Narrow fields (a house number) share a row on wide screens. */
  short?: boolean;
}

/** The label text, with "(optional)" where the field may stay empty. */
const labelText = (h: FormHost, label: string, optional?: boolean) =>
  html`${label}${optional ? html` <span class="opt">${h.t('optional')}</span>` : nothing}`;

/** Hint and error under a field, tied to it by aria-describedby. */
function feedback(h: FormHost, path: string, hint?: string) {
  const id = fieldId(path);
  const error = h.err(path);
  return {
    error,
    describedBy: [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || nothing,
    below: html`${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}${error
      ? html`<p class="error" id="${id}-err" part="error">${error}</p>`
      : nothing}`,
  };
}

/** A labelled text input bound to a body path. Errors show after blur or a submit attempt, never while typing. */
export function textField(h: FormHost, path: string, label: string, o: FieldOptions = {}): TemplateResult {
  const id = fieldId(path);
  const f = feedback(h, path, o.hint);
  return html`<div class="field ${o.short ? 'short' : ''}" part="field">
    <label for=${id}>${labelText(h, label, o.optional)}</label>
    <input
      id=${id}
      name=${path}
      part="input"
      type=${o.type ?? 'text'}
      .value=${h.val(path)}
      autocomplete=${o.autocomplete ?? 'off'}
      inputmode=${o.inputmode ?? nothing}
      aria-required=${o.optional ? 'false' : 'true'}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${f.describedBy}
      @input=${(e: Event) => h.set(path, (e.target as HTMLInputElement).value)}
      @blur=${() => h.touch(path)}
    />
    ${f.below}
  </div>`;
}

/** A native select for short lists. */
export function selectField(
  h: FormHost,
  path: string,
  label: string,
  options: readonly { code: string; name: string }[],
  o: { optional?: boolean; hint?: string; short?: boolean } = {},
): TemplateResult {
  const id = fieldId(path);
  const f = feedback(h, path, o.hint);
  const value = h.val(path);
  return html`<div class="field ${o.short ? 'short' : ''}" part="field">
    <label for=${id}>${labelText(h, label, o.optional)}</label>
    <select
      id=${id}
      name=${path}
      part="input"
      aria-required=${o.optional ? 'false' : 'true'}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${f.describedBy}
      @change=${(e: Event) => {
        h.set(path, (e.target as HTMLSelectElement).value);
        h.touch(path);
      }}
    >
      <option value="" ?selected=${value === ''}></option>
      ${options.map((opt) => html`<option value=${opt.code} ?selected=${opt.code === value}>${opt.name}</option>`)}
    </select>
    ${f.below}
  </div>`;
}

/** A checkbox: an agreement (with links in its label) or a yes/no. */
export function checkField(h: FormHost, path: string, label: TemplateResult | string, o: { optional?: boolean } = {}): TemplateResult {
  const id = fieldId(path);
  const f = feedback(h, path);
  return html`<div class="field check" part="field">
    <input
      id=${id}
      name=${path}
      type="checkbox"
      .checked=${h.checked(path)}
      aria-required=${o.optional ? 'false' : 'true'}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${f.describedBy}
      @change=${(e: Event) => {
        h.set(path, (e.target as HTMLInputElement).checked);
        h.touch(path);
      }}
    />
    <label for=${id}>${label}</label>
    ${f.below}
  </div>`;
}

/** A group of radio buttons with a legend (person kind, gender). */
export function radioGroup(
  h: FormHost,
  path: string,
  legend: string,
  options: readonly { code: string; name: string }[],
): TemplateResult {
  const f = feedback(h, path);
  const value = h.val(path);
  return html`<fieldset class="field radios" part="field" aria-describedby=${f.describedBy}>
    <legend>${legend}</legend>
    ${options.map(
      (opt) => html`<label class="radio"
        ><input
          type="radio"
          name=${path}
          id=${`${fieldId(path)}-${opt.code}`}
          value=${opt.code}
          .checked=${value === opt.code}
          @change=${() => {
            h.set(path, opt.code);
            h.touch(path);
          }}
        />${opt.name}</label
      >`,
    )}
    ${f.below}
  </fieldset>`;
}
