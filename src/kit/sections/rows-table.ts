/**
 * A repeated section as a table, driven by column definitions: a row per item (vehicles, solar
 * items…), add / duplicate / remove, and rows pasted from a spreadsheet. Row and column headers for
 * screen readers, each change said by the live region, and on a narrow element each row becomes a
 * card. Only an element with a repeated section imports it: it stays out of the shared first load.
 */
import { css, html, nothing, type LitElement, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { QuoteContext } from '../flow.js';
import { fieldId, type Values } from '../form.js';
import { addRow, duplicateRow, putRows, removeRow, rowCount } from '../rows.js';
import { textField, type FieldOptions } from '../fields.js';
import { comboStates } from '../combo-field.js';
import type { Lookup } from '../lookup.js';
import { typed } from '../locale.js';
import { adoptSheet, rootOf } from '../adopt.js';
import type { en } from '../i18n/sections/rows.en.js';

export interface RowColumn {
  /** The field of each row: its path is `<base>.<row>.<field>`. */
  field: string;
  /** The column's header, and the field's label on a card. */
  label: string;
  /** The cell's control for that row's path; by default a text field (with `text` options). */
  render?(path: string, row: number, label: string): TemplateResult;
  text?: FieldOptions;
  /** How much room its control needs: a searchable list more (`wide`), a short code less (`narrow`). */
  size?: 'wide' | 'narrow';
  /** What a pasted cell becomes (a date as the spreadsheet wrote it → YYYY-MM-DD); by default trimmed. */
  parse?(cell: string): string;
  /**
   * What the cell shows besides its value and error — a list's items and state — so that a row none
   * of whose inputs changed is not rendered again (typing in one of 200 rows renders that row).
   */
  watch?(path: string): readonly unknown[];
}

export interface RowsTableOptions {
  /** The rows' base path (`tireFleet.vehicles`). */
  base: string;
  /** The table's caption. */
  caption: string;
  columns: readonly RowColumn[];
}

// The table's own rules, adopted by the element's shadow root when the table first renders (a strict CSP refuses a <style>).
const sheet = css`
  .rows {
    container-type: inline-size;
    overflow-x: auto;
  }
  /* A scroller clips what leaves it, and an open list in the last rows would be cut at its foot: room
     below for the list (16em at most) while one is open, taken back from what follows, and clicks
     there go through to what follows. */
  .rows:has([aria-expanded='true']) {
    padding-bottom: 17em;
    margin-bottom: -17em;
    pointer-events: none;
  }
  .rows:has([aria-expanded='true']) > * {
    pointer-events: auto;
  }
  .rows table {
    border-collapse: collapse;
    width: 100%;
  }
  .rows caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.4em;
  }
  .rows th,
  .rows td {
    padding: 0.25em;
    vertical-align: top;
    text-align: start;
  }
  /* A keystroke lays out its own cell, not the whole table (a 200-row table took ~5 ms a keystroke).
     Contained, a cell stacks on its own: the one being used goes above the rest, its list over the rows below. */
  .rows td {
    contain: layout;
  }
  .rows td:focus-within {
    position: relative;
    z-index: 1;
  }
  .rows thead th {
    font-size: 0.85em;
    border-bottom: 1px solid var(--_border);
    vertical-align: bottom;
  }
  .rows tbody th {
    white-space: nowrap;
    padding-top: 0.8em;
    font-weight: 600;
  }
  .rows td .field {
    margin: 0;
    min-width: 6.5rem;
  }
  .rows td.wide .field {
    min-width: 8.5rem;
  }
  .rows td.narrow .field {
    min-width: 4.5rem;
  }
  .rows > button {
    margin: 0.25em 0 1.25em;
  }
  /* in a table the column header names each field: its label is for screen readers, its hint goes */
  .rows td .field > label {
    clip-path: inset(50%);
    white-space: nowrap;
    overflow: hidden;
    position: absolute;
    height: 1px;
    width: 1px;
  }
  .rows td .hint {
    display: none;
  }
  .rows .row-actions {
    white-space: nowrap;
  }
  .rows .row-actions button {
    padding: 0.35em 0.5em;
    margin: 0.15em 0;
    font-size: 0.9em;
  }
  /* narrow (a phone): each row a card, its fields labelled */
  @container (max-width: 60rem) {
    .rows table,
    .rows caption,
    .rows tbody,
    .rows tr,
    .rows th,
    .rows td {
      display: block;
    }
    .rows thead {
      clip-path: inset(50%);
      position: absolute;
      height: 1px;
      width: 1px;
      overflow: hidden;
    }
    .rows tbody tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.5em 0.75em;
      margin-bottom: 0.75em;
    }
    .rows tbody th {
      padding: 0.2em 0;
    }
    .rows td {
      padding: 0.2em 0;
    }
    .rows td .field {
      min-width: 0;
    }
    .rows td .field > label {
      position: static;
      width: auto;
      height: auto;
      clip-path: none;
    }
  }
`;

function adopt(h: QuoteContext): ShadowRoot | undefined {
  const root = rootOf(h);
  adoptSheet(root, sheet);
  return root;
}

/** What a searchable list's cell shows besides its value (a column's `watch`): the list, and its open state. */
export function listWatch(h: QuoteContext, path: string, list: Lookup): readonly unknown[] {
  const c = comboStates.get(h)?.get(path);
  return [list.items, list.status, c?.open, c?.typed, c?.active, c?.heard];
}

/** Focus on a control once the change that made it has rendered. */
function focusAfter(h: QuoteContext, id: string): void {
  const el = h as unknown as LitElement;
  void el.updateComplete.then(() => (el.renderRoot as ShadowRoot).getElementById(id)?.focus());
}

/** Splits a spreadsheet's clipboard (tab-separated, one row per line) into cells; a header line is left out. */
export function parseTsv(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '');
  const rows = lines.map((l) => l.split('\t').map((c) => c.trim()));
  // A header (copied with the data) has no digit anywhere; a vehicle's row has at least its price.
  if (rows.length && !/\d/.test(rows[0]!.join(''))) rows.shift();
  return rows;
}

/** The repeated section as a table (a card per row when narrow), with its add, duplicate, remove and paste. */
export function renderRowsTable(h: QuoteContext, o: RowsTableOptions): TemplateResult {
  adopt(h);
  const t = typed<typeof en>(h);
  const { form } = h;
  const n = rowCount(form, o.base);
  // The number as text: formatting a number for the language builds a formatter each time, three times a row.
  const name = (i: number) => t('rows.row', { n: String(i + 1) });
  const first = (i: number) => fieldId(`${o.base}.${i}.${o.columns[0]!.field}`);
  const add = () => {
    const i = addRow(form, o.base);
    h.announce(t('rows.added', { name: name(i), count: i + 1 }));
    focusAfter(h, first(i));
  };
  // A row's buttons may be from an earlier render (see guard below): the count is read when clicked.
  const duplicate = (i: number) => {
    const j = duplicateRow(form, o.base, i);
    h.announce(t('rows.added', { name: name(j), count: rowCount(form, o.base) }));
    focusAfter(h, first(j));
  };
  const remove = (i: number) => {
    removeRow(form, o.base, i);
    const left = rowCount(form, o.base);
    h.announce(t('rows.removed', { name: name(i), count: left }));
    // The row that took its place, else the one before, else the add button.
    focusAfter(h, left > 0 ? first(Math.min(i, left - 1)) : 'rows-add');
  };
  const paste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    // One cell's text is typed as usual; rows or columns are the spreadsheet's.
    if (!/[\t\n]/.test(text.trim())) return;
    e.preventDefault();
    const cells = parseTsv(text);
    if (!cells.length) return;
    const at = Number((e.target as Element).closest('tr')?.dataset.row ?? n);
    const rows = cells.map((line) => {
      const row: Values = {};
      o.columns.forEach((c, k) => {
        row[c.field] = c.parse ? c.parse(line[k] ?? '') : (line[k] ?? '').trim();
      });
      return row;
    });
    // Each pasted row is checked at once, its errors on its own cells: pasted is as good as left.
    form.touchAll(putRows(form, o.base, at, rows));
    h.announce(t('rows.pasted', { n: rows.length, first: name(at), count: Math.max(n, at + rows.length) }));
  };
  const rows = Array.from({ length: n }, (_, i) => i);
  // What every row shows alike: its words (the language, the labels) and whether a row can be removed.
  const shared = [h.language, n > 1, t('rows.duplicate'), ...o.columns.map((c) => c.label)].join('\n');
  return html`<div class="rows" @paste=${paste}>
    <table aria-describedby="rows-hint">
      <caption>${o.caption}</caption>
      <thead>
        <tr>
          <td></td>
          ${o.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
          <th scope="col"><span class="sr">${t('rows.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((i) => {
          const paths = o.columns.map((c) => `${o.base}.${i}.${c.field}`);
          // Everything the row shows; unchanged, Lit keeps the row as it is.
          const inputs = [shared, ...paths.flatMap((p, k) => [h.val(p), h.val(`$${p}`), h.err(p), ...(o.columns[k]!.watch?.(p) ?? [])])];
          return guard(
            inputs,
            () => html`<tr data-row=${i}>
              <th scope="row">${name(i)}</th>
              ${o.columns.map((c, k) => html`<td class=${c.size ?? ''}>${c.render ? c.render(paths[k]!, i, c.label) : textField(h, paths[k]!, c.label, c.text)}</td>`)}
              <td class="row-actions">
                <button type="button" part="button" @click=${() => duplicate(i)}>${t('rows.duplicate')}<span class="sr"> ${name(i)}</span></button>
                ${n > 1 ? html`<button type="button" part="button" @click=${() => remove(i)}>${t('rows.remove')}<span class="sr"> ${name(i)}</span></button>` : nothing}
              </td>
            </tr>`,
          );
        })}
      </tbody>
    </table>
    <p class="hint" id="rows-hint">${t('rows.pasteHint', { columns: o.columns.map((c) => c.label).join(', ') })}</p>
    <button type="button" id="rows-add" part="button" @click=${add}>${t('rows.add')}</button>
  </div>`;
}
