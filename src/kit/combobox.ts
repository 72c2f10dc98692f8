import { html, nothing, type TemplateResult } from 'lit';
import type { NomenclatureItem } from '../contract/nomenclature.js';

/** Folds case and diacritics so "brasov" finds "Brașov". */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const MAX_SHOWN = 60;

/** What the list shows and does; `t` gives its words (loading, noMatches, listFailed, retry). */
export interface ComboView {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  disabled?: boolean;
  /** The picked item's code, and its name for when the list is not loaded yet (a restored draft). */
  value: string;
  valueName: string;
  items: NomenclatureItem[];
  status: 'idle' | 'loading' | 'error' | 'ready';
  t(key: string): string;
  pick(item: NomenclatureItem | null): void;
  retry(): void;
  touched(): void;
  /** Re-render the host after the list's own state changed. */
  changed(): void;
}

/**
 * A searchable combobox for long nomenclature lists (localities, models),
 * after the ARIA 1.2 combobox pattern: type to filter (case and diacritics
 * ignored), arrows to move, Enter to pick, Escape to close. It renders into
 * its host's shadow root, so its label, input and list refer to each other by
 * id; this object holds only what the customer is doing with it right now.
 */
export class Combobox {
  open = false;
  typed: string | null = null;
  active = -1;

  #matches(v: ComboView): NomenclatureItem[] {
    const q = fold(this.typed ?? '');
    if (!q) return v.items.slice(0, MAX_SHOWN);
    const starts: NomenclatureItem[] = [];
    const contains: NomenclatureItem[] = [];
    for (const i of v.items) {
      const n = fold(i.name);
      if (n.startsWith(q)) starts.push(i);
      else if (n.includes(q)) contains.push(i);
    }
    return [...starts, ...contains].slice(0, MAX_SHOWN);
  }

  #pick(v: ComboView, item: NomenclatureItem | null) {
    this.open = false;
    this.typed = null;
    this.active = -1;
    v.pick(item);
  }

  #key(v: ComboView, e: KeyboardEvent) {
    const list = this.#matches(v);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.open = true;
      this.active = list.length ? (this.active + (e.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length : -1;
      const input = e.target as HTMLElement;
      setTimeout(() => input.parentElement?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' }));
    } else if (e.key === 'Enter' && this.open) {
      e.preventDefault();
      const item = list[this.active];
      if (item) this.#pick(v, item);
    } else if (e.key === 'Escape' && (this.open || this.typed !== null)) {
      e.preventDefault();
      this.open = false;
      this.typed = null;
    } else return;
    v.changed();
  }

  /** Leaving with typed text: take an exact (or the only) match, clear on empty, else keep the previous pick. */
  #leave(v: ComboView) {
    // After a click on an option has been handled.
    setTimeout(() => {
      if (this.typed !== null) {
        const q = fold(this.typed.trim());
        const list = this.#matches(v);
        const exact = list.find((i) => fold(i.name) === q) ?? (list.length === 1 && q ? list[0] : undefined);
        if (!q && v.value) this.#pick(v, null);
        else if (exact && exact.code !== v.value) this.#pick(v, exact);
        else this.typed = null;
      }
      this.open = false;
      v.touched();
      v.changed();
    }, 150);
  }

  render(v: ComboView): TemplateResult {
    const { id, t } = v;
    const list = this.#matches(v);
    const picked = v.items.find((i) => i.code === v.value)?.name ?? v.valueName;
    const describedBy = [v.hint && `${id}-hint`, v.error && `${id}-err`, v.status === 'error' && `${id}-status`].filter(Boolean).join(' ');
    return html`<div class="field combo" part="field">
      <label for=${id}>${v.label}</label>
      <input
        id=${id}
        part="input"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="${id}-list"
        aria-activedescendant=${this.open && this.active >= 0 ? `${id}-o${this.active}` : nothing}
        aria-required="true"
        aria-invalid=${v.error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        aria-busy=${v.status === 'loading' ? 'true' : 'false'}
        ?disabled=${v.disabled}
        .value=${this.typed ?? picked}
        @input=${(e: Event) => {
          this.typed = (e.target as HTMLInputElement).value;
          this.open = true;
          this.active = this.#matches(v).length ? 0 : -1;
          v.changed();
        }}
        @keydown=${(e: KeyboardEvent) => this.#key(v, e)}
        @click=${() => {
          this.open = !this.open;
          v.changed();
        }}
        @blur=${() => this.#leave(v)}
      />
      <ul id="${id}-list" role="listbox" part="listbox" aria-label=${v.label} ?hidden=${!this.open}>
        ${!this.open
          ? nothing
          : v.status === 'loading'
            ? html`<li class="empty" role="presentation">${t('loading')}</li>`
            : list.length
              ? list.map(
                  (item, i) =>
                    html`<li
                      id="${id}-o${i}"
                      role="option"
                      aria-selected=${i === this.active ? 'true' : 'false'}
                      @mousedown=${(e: Event) => e.preventDefault()}
                      @click=${() => this.#pick(v, item)}
                    >
                      ${item.name}${item.hint ? html` <small>${item.hint}</small>` : nothing}
                    </li>`,
                )
              : html`<li class="empty" role="presentation">${t('noMatches')}</li>`}
      </ul>
      ${v.hint ? html`<p class="hint" id="${id}-hint">${v.hint}</p>` : nothing}
      ${v.status === 'error'
        ? html`<p class="error" id="${id}-status">${t('listFailed')} <button type="button" @click=${v.retry}>${t('retry')}</button></p>`
        : nothing}
      ${v.error ? html`<p class="error" id="${id}-err" part="error">${v.error}</p>` : nothing}
    </div>`;
  }
}
