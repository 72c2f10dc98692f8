import type { TemplateResult } from 'lit';
import type { NomenclatureItem } from '../contract/nomenclature.js';
import { fieldId, type FormHost } from './form.js';
import type { Lookup } from './lookup.js';
import { Combobox } from './combobox.js';

export interface ComboOptions {
  /** Why the field is disabled, shown under it ("Choose the county first"). */
  disabledReason?: string;
  /** What to store on pick; by default the item's code under `path`. */
  store?: (item: NomenclatureItem | null) => void;
  /** The value to show as picked; by default the code stored under `path`. */
  value?: string;
  /** Its name, shown while the list loads or if it fails (a host's prefill, which is a name); by default the picked name kept. */
  valueName?: string;
}

// Each host keeps one combobox state per field path, for as long as the host lives.
export const comboStates = new WeakMap<FormHost, Map<string, Combobox>>();

/** A searchable nomenclature field bound to a body path. */
export function comboField(h: FormHost, path: string, label: string, lookup: Lookup, o: ComboOptions = {}): TemplateResult {
  const mine = comboStates.get(h) ?? comboStates.set(h, new Map()).get(h)!;
  const combo = mine.get(path) ?? mine.set(path, new Combobox()).get(path)!;
  return combo.render({
    id: fieldId(path),
    label,
    hint: o.disabledReason,
    error: h.err(path),
    disabled: !!o.disabledReason,
    value: o.value ?? h.val(path),
    valueName: h.val(`$${path}`) || o.valueName || '',
    items: lookup.items,
    status: lookup.status,
    t: (k) => h.t(k),
    pick: (item) => {
      if (o.store) o.store(item);
      else h.set(path, item?.code ?? '');
      // Keep the name too, so a restored draft shows it before the list loads.
      h.set(`$${path}`, item?.name ?? '');
      h.touch(path);
    },
    retry: () => lookup.retry(),
    touched: () => h.touch(path),
    changed: () => h.requestUpdate(),
  });
}
