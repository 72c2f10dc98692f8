import { css, html, nothing, type TemplateResult } from 'lit';
import { defineOnce } from './define.js';
import { adoptSheet } from './adopt.js';
import type { NomenclatureItem } from '../contract/nomenclature.js';
import type { inShowOrder } from './place-order.js';

// A longer list is slow to render and to scroll; the customer types instead, told so at its foot.
const MAX_SHOWN = 60;
/** PageUp/PageDown move by this many options. */
const PAGE = 10;
/** The live region speaks once the customer has paused this long, not at every keystroke. */
const QUIET_MS = 700;

/** Folds case and diacritics so "brasov" finds "Brașov". */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

// Places (items with a hint: localities, shown on a later step) are ordered by place-order.ts, fetched
// when the first place list arrives, so the rule is not in the element's first load; until then (or if
// it fails to load) a list keeps the proxy's order.
let order: typeof inShowOrder | undefined;
let ordering: Promise<void> | undefined;
// Ordered and folded once per list (a lookup hands the same array until it reloads).
const prepared = new WeakMap<readonly NomenclatureItem[], [NomenclatureItem[], string[]]>();

/**
 * What a list shows for the typed text, in show order: every item when
 * nothing is typed, else the names that start with it, then the names that
 * contain it (case and diacritics ignored). `ordered` runs once the place
 * order has loaded, if the list waits for it.
 */
function search(items: readonly NomenclatureItem[], typed: string, ordered?: () => void): NomenclatureItem[] {
  let p = prepared.get(items);
  if (!p) {
    const places = items.some((i) => i.hint);
    if (places && !order) {
      ordering ??= import('./place-order.js').then(
        (m) => void (order = m.inShowOrder),
        () => {},
      );
      if (ordered) void ordering.then(ordered);
    }
    const shown = places && order ? order(items) : [...items];
    p = [shown, shown.map((i) => fold(i.name))];
    if (!places || order) prepared.set(items, p);
  }
  const [shown, names] = p;
  const q = fold(typed);
  if (!q.trim()) return shown;
  const starts: NomenclatureItem[] = [];
  const inside: NomenclatureItem[] = [];
  shown.forEach((item, k) => {
    const n = names[k]!;
    if (n.startsWith(q)) starts.push(item);
    else if (n.includes(q)) inside.push(item);
  });
  return [...starts, ...inside];
}

// Romanian's plural forms (one, few, other) include English's (one, other): the English table says few and other alike.
const plural = new Intl.PluralRules('ro');
// `t` gives words without filling them: fill {n}, {total}, {q} here.
const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (w, k: string) => String(p[k] ?? w));

// Its own rules, so the shared stylesheet need not know the combobox: the chevron sits in the input's right end.
const styles = css`
  .box {
    position: relative;
  }
  .box input {
    padding-right: 2.75em;
  }
  .chev {
    position: absolute;
    inset: 1px 1px 1px auto;
    width: 2.5em;
    display: grid;
    place-items: center;
    color: var(--_muted);
    cursor: pointer;
    border-radius: var(--_r);
  }
  .chev::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border: solid;
    border-width: 0 2px 2px 0;
    margin-top: -0.25em;
    rotate: 45deg;
  }
  [aria-expanded='true'] + .chev::before {
    margin: 0.25em 0 0;
    rotate: 225deg;
  }
  .chev:hover {
    color: var(--_fg);
    background: var(--_surface);
  }
  .chev:active,
  [role='option']:active {
    background: color-mix(in srgb, var(--_primary) 20%, var(--_bg));
  }
  :disabled + .chev {
    display: none;
  }
  .more {
    position: sticky;
    /* flush with the list's bottom edge, past its 0.25em padding (in the list's em, this is 0.85 of it) */
    bottom: -0.3em;
    background: var(--_bg);
    border-top: 1px solid;
    font-size: 0.85em;
  }
`;

/**
 * The chevron, an element of its own so that, once in place, it brings those
 * rules into the shadow root the list renders in, as an adopted stylesheet: a
 * host page's strict CSP (style-src 'self') refuses a <style> element, not a
 * constructed sheet.
 */
class Chevron extends HTMLElement {
  connectedCallback() {
    adoptSheet(this.getRootNode() as ShadowRoot, styles);
  }
}
defineOnce('lih-chevron', Chevron);

/** What the list shows and does; `t` gives its words (loading, noMatches, combo.*, listFailed, retry). */
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
 * ignored; places in the order of place-order.ts), arrows, Home/End and
 * PageUp/PageDown to move, Enter to pick, Escape to close; the chevron opens
 * and closes it by mouse. A polite live region says how many options match.
 * It renders into its host's shadow root, so its label, input and list refer
 * to each other by id; this object holds only what the customer is doing
 * with it right now.
 */
export class Combobox {
  open = false;
  typed: string | null = null;
  active = -1;
  /** What the live region says now. */
  heard = '';
  #toSay = '';
  #timer?: ReturnType<typeof setTimeout>;

  #pick(v: ComboView, item: NomenclatureItem | null) {
    this.open = false;
    this.typed = null;
    this.active = -1;
    v.pick(item);
  }

  #key(v: ComboView, e: KeyboardEvent) {
    const list = search(v.items, this.typed ?? '').slice(0, MAX_SHOWN);
    const n = list.length;
    const a = this.open ? this.active : -1;
    // Where a key moves the active option: the arrows wrap, and open a closed list on its first (down)
    // or last (up) option; Home, End and the page keys act in the open list only (closed, Home and End
    // move the caret, as in any text field).
    const to = (
      {
        ArrowDown: (a + 1) % n,
        ArrowUp: (a > 0 ? a : n) - 1,
        ...(this.open ? { Home: 0, End: n - 1, PageUp: Math.max(a - PAGE, 0), PageDown: Math.min(a + PAGE, n - 1) } : {}),
      } as Record<string, number>
    )[e.key];
    if (to !== undefined) {
      this.open = true;
      this.active = n ? to : -1;
      const input = e.target as HTMLElement;
      // After the host has rendered the new active option; centred, so the list's foot ("keep typing") never hides it.
      setTimeout(() => input.closest('.combo')?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'center' }));
    } else if (e.key === 'Enter' && this.open) {
      const item = list[a];
      if (item) this.#pick(v, item);
    } else if (e.key === 'Escape' && (this.open || this.typed !== null)) {
      this.open = false;
      this.typed = null;
    } else return;
    e.preventDefault();
    v.changed();
  }

  /** Leaving with typed text: take an exact (or the only) match, clear on empty, else keep the previous pick. */
  #leave(v: ComboView) {
    // After a click on an option has been handled.
    setTimeout(() => {
      if (this.typed !== null) {
        const q = fold(this.typed.trim());
        const found = search(v.items, this.typed.trim());
        const exact = found.find((i) => fold(i.name) === q) ?? (found.length === 1 && q ? found[0] : undefined);
        if (!q && v.value) this.#pick(v, null);
        else if (exact && exact.code !== v.value) this.#pick(v, exact);
        else this.typed = null;
      }
      this.open = false;
      v.touched();
      v.changed();
    }, 150);
  }

  /** Says `text` through the live region once the customer pauses; a newer text replaces one not yet said. */
  #say(v: ComboView, text: string) {
    if (text === this.#toSay) return;
    this.#toSay = text;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.heard = text;
      v.changed();
    }, QUIET_MS);
  }

  render(v: ComboView): TemplateResult {
    const { id, t } = v;
    const found = search(v.items, this.typed ?? '', v.changed);
    const list = found.slice(0, MAX_SHOWN);
    const more = found.length > list.length ? fill(t('combo.more'), { n: list.length, total: found.length }) : '';
    const none = fill(t('noMatches'), { q: (this.typed ?? '').trim() });
    this.#say(v, this.open && v.status === 'ready' ? more || (list.length ? fill(t(`combo.n.${plural.select(list.length)}`), { n: list.length }) : none) : '');
    const picked = v.items.find((i) => i.code === v.value)?.name ?? v.valueName;
    const describedBy = [v.hint && `${id}-hint`, v.error && `${id}-err`, v.status === 'error' && `${id}-status`].filter(Boolean).join(' ');
    return html`<div class="field combo" part="field">
      <label for=${id}>${v.label}</label>
      <div class="box">
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
            this.active = search(v.items, this.typed).length ? 0 : -1;
            v.changed();
          }}
          @keydown=${(e: KeyboardEvent) => this.#key(v, e)}
          @click=${() => {
            this.open = !this.open;
            v.changed();
          }}
          @blur=${() => this.#leave(v)}
        />
        <lih-chevron
          class="chev"
          aria-hidden="true"
          @mousedown=${(e: Event) => e.preventDefault()}
          @click=${(e: Event) => {
            // Hidden from assistive technology (the input opens the list by keyboard); by mouse it toggles the list.
            this.open = !this.open;
            ((e.currentTarget as HTMLElement).previousElementSibling as HTMLElement).focus();
            v.changed();
          }}
        ></lih-chevron>
      </div>
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
              : html`<li class="empty" role="presentation">${none}</li>`}
        ${this.open && more && v.status !== 'loading' ? html`<li class="empty more" role="presentation">${more}</li>` : nothing}
      </ul>
      <p class="sr" role="status">${this.heard}</p>
      ${v.hint ? html`<p class="hint" id="${id}-hint">${v.hint}</p>` : nothing}
      ${v.status === 'error'
        ? html`<p class="error" id="${id}-status">${t('listFailed')} <button type="button" @click=${v.retry}>${t('retry')}</button></p>`
        : nothing}
      ${v.error ? html`<p class="error" id="${id}-err" part="error">${v.error}</p>` : nothing}
    </div>`;
  }
}
