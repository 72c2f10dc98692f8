import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import type { NomenclatureItem } from '../contract/nomenclature.js';
import { kitStyles } from './styles.js';

/** Folds case and diacritics so "brasov" finds "Brașov". */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const MAX_SHOWN = 60;

/**
 * A searchable combobox for long nomenclature lists (localities, models),
 * after the ARIA 1.2 combobox pattern: type to filter, arrows to move, Enter
 * to pick, Escape to close. It owns its label so the label stays tied to the
 * input inside this shadow root.
 *
 * @fires pick - `detail` is the picked item, or null when cleared.
 * @fires retry - the customer asked to load the list again.
 * @fires touched - focus left the combobox.
 * @csspart input - the text input.
 * @csspart listbox - the list of options.
 */
export class LihCombobox extends LitElement {

  static override properties: PropertyDeclarations = {
    fieldId: {},
    label: {},
    hint: {},
    error: {},
    optional: { type: Boolean },
    disabled: { type: Boolean },
    value: {},
    valueName: {},
    items: { attribute: false },
    status: {},
    texts: { attribute: false },
    open: { state: true, attribute: false },
    typed: { state: true, attribute: false },
    active: { state: true, attribute: false },
  };
  static override styles = [
    kitStyles,
    css`
      :host {
        display: block;
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
        border-radius: calc(var(--_radius) * 0.75);
        box-shadow: 0 6px 18px rgb(0 0 0 / 0.15);
      }
      [role='option'] {
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
        padding: 0.5em 0.75em;
        color: var(--_muted);
      }
    `,
  ];

  /** Field id (for the input), unique within the host's shadow root. */
  fieldId = 'combo';
  label = '';
  hint = '';
  error = '';
  optional = false;
  disabled = false;
  /** The picked item's code. */
  value = '';
  /** Name shown when the value's item is not loaded yet (a restored draft). */
  valueName = '';
  items: NomenclatureItem[] = [];
  status: 'idle' | 'loading' | 'error' | 'ready' = 'idle';
  /** Localised texts: loading, no matches, load failed, retry, optional, and the reason when disabled. */
  texts!: Record<'loading' | 'noMatches' | 'listFailed' | 'retry' | 'optional' | 'disabled', string>;

  private open = false;
  private typed: string | null = null;
  private active = -1;

  get #selected(): NomenclatureItem | undefined {
    return this.items.find((i) => i.code === this.value);
  }

  get #filtered(): NomenclatureItem[] {
    const q = fold(this.typed ?? '');
    if (!q) return this.items.slice(0, MAX_SHOWN);
    const starts: NomenclatureItem[] = [];
    const contains: NomenclatureItem[] = [];
    for (const i of this.items) {
      const n = fold(i.name);
      if (n.startsWith(q)) starts.push(i);
      else if (n.includes(q)) contains.push(i);
    }
    return [...starts, ...contains].slice(0, MAX_SHOWN);
  }

  override focus() {
    this.renderRoot.querySelector('input')?.focus();
  }

  #pick(item: NomenclatureItem | null) {
    this.open = false;
    this.typed = null;
    this.active = -1;
    this.dispatchEvent(new CustomEvent('pick', { detail: item }));
  }

  #onInput(e: Event) {
    this.typed = (e.target as HTMLInputElement).value;
    this.open = true;
    this.active = this.#filtered.length ? 0 : -1;
  }

  #onKey(e: KeyboardEvent) {
    const list = this.#filtered;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!this.open) this.open = true;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = list.length ? (this.active + step + list.length) % list.length : -1;
      this.updateComplete.then(() => this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' }));
    } else if (e.key === 'Enter' && this.open) {
      e.preventDefault();
      const item = list[this.active];
      if (item) this.#pick(item);
    } else if (e.key === 'Escape' && (this.open || this.typed !== null)) {
      e.preventDefault();
      this.open = false;
      this.typed = null;
    }
  }

  /** Leaving with typed text: take an exact (or only) match, else keep the previous pick. */
  #onBlur() {
    window.setTimeout(() => {
      if (this.#filtered !== undefined && this.typed !== null) {
        const q = fold(this.typed.trim());
        const list = this.#filtered;
        const exact = list.find((i) => fold(i.name) === q) ?? (list.length === 1 && q ? list[0] : undefined);
        if (!q && this.value) this.#pick(null);
        else if (exact && exact.code !== this.value) this.#pick(exact);
        else this.typed = null;
      }
      this.open = false;
      this.dispatchEvent(new CustomEvent('touched'));
    }, 150);
  }

  override render() {
    const id = this.fieldId;
    const list = this.#filtered;
    const t = this.texts;
    const shown = this.typed ?? this.#selected?.name ?? this.valueName ?? '';
    const hint = this.disabled ? t.disabled : this.hint;
    const describedBy = [hint && `${id}-hint`, this.error && `${id}-err`, this.status === 'error' && `${id}-status`].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${id}>${this.label}${this.optional ? html` <span class="opt">${t.optional}</span>` : nothing}</label>
      <input
        id=${id}
        part="input"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="${id}-list"
        aria-activedescendant=${this.open && this.active >= 0 ? `${id}-o${this.active}` : nothing}
        aria-required=${this.optional ? 'false' : 'true'}
        aria-invalid=${this.error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        aria-busy=${this.status === 'loading' ? 'true' : 'false'}
        ?disabled=${this.disabled}
        .value=${shown}
        @input=${this.#onInput}
        @keydown=${this.#onKey}
        @click=${() => (this.open = !this.open)}
        @blur=${this.#onBlur}
      />
      <ul id="${id}-list" role="listbox" part="listbox" aria-label=${this.label} ?hidden=${!this.open}>
        ${this.open
          ? this.status === 'loading'
            ? html`<li class="empty" role="presentation">${t.loading}</li>`
            : list.length
              ? list.map(
                  (item, i) =>
                    html`<li
                      id="${id}-o${i}"
                      role="option"
                      aria-selected=${i === this.active ? 'true' : 'false'}
                      @mousedown=${(e: Event) => e.preventDefault()}
                      @click=${() => this.#pick(item)}
                    >
                      ${item.name}${item.hint ? html`<small>${item.hint}</small>` : nothing}
                    </li>`,
                )
              : html`<li class="empty" role="presentation">${t.noMatches}</li>`
          : nothing}
      </ul>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${this.status === 'error'
        ? html`<p class="error" id="${id}-status">
            ${t.listFailed}
            <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('retry'))}>${t.retry}</button>
          </p>`
        : nothing}
      ${this.error ? html`<p class="error" id="${id}-err" part="error">${this.error}</p>` : nothing}
    </div>`;
  }
}
