import { html, type TemplateResult } from 'lit';
import type { NomenclatureItem } from '../contract/nomenclature.js';
import { fieldId, type FormHost } from './form.js';
import type { Lookup } from './lookup.js';
import './combobox-define.js';

export interface ComboOptions {
  optional?: boolean;
  hint?: string;
  /** Why the field is disabled, shown under it ("Choose the county first"). */
  disabledReason?: string;
  /** What to store on pick; by default the item's code under `path`. */
  store?: (item: NomenclatureItem | null) => void;
  /** The value to show as picked; by default the code stored under `path`. */
  value?: string;
}

/** A searchable nomenclature field bound to a body path. */
export function comboField(h: FormHost, path: string, label: string, lookup: Lookup, o: ComboOptions = {}): TemplateResult {
  const value = o.value ?? h.val(path);
  return html`<lih-combobox
    .fieldId=${fieldId(path)}
    .label=${label}
    .hint=${o.hint ?? ''}
    .error=${h.err(path) ?? ''}
    .optional=${!!o.optional}
    .disabled=${!!o.disabledReason}
    .value=${value}
    .valueName=${h.val(`$${path}`)}
    .items=${lookup.items}
    .status=${lookup.status}
    .texts=${{
      loading: h.t('loading'),
      noMatches: h.t('noMatches'),
      listFailed: h.t('listFailed'),
      retry: h.t('retry'),
      optional: h.t('optional'),
      disabled: o.disabledReason ?? '',
    }}
    @pick=${(e: CustomEvent<NomenclatureItem | null>) => {
      const item = e.detail;
      if (o.store) o.store(item);
      else h.set(path, item?.code ?? '');
      // Keep the name too, so a restored draft shows it before the list loads.
      h.set(`$${path}`, item?.name ?? '');
      h.touch(path);
    }}
    @touched=${() => h.touch(path)}
    @retry=${() => lookup.retry()}
  ></lih-combobox>`;
}
