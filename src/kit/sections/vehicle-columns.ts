/**
 * A vehicle's make and model as two columns of a rows table: one make list for every row, and a
 * model list per row (a lookup keyed by the row's path) for that row's make. Makes and models are
 * kept by name, as the API wants them and as a spreadsheet pastes them.
 */
import type { NomenclatureItem } from '../../contract/nomenclature.js';
import type { QuoteContext } from '../flow.js';
import { comboField } from '../combo-field.js';
import { listWatch, type RowColumn } from './rows-table.js';

// A make's id by its name, case ignored: asked by every row's model list at every update.
const byName = new WeakMap<readonly NomenclatureItem[], Map<string, string>>();
function codeOf(items: readonly NomenclatureItem[], name: string): string | undefined {
  let m = byName.get(items);
  if (!m) {
    byName.set(items, (m = new Map()));
    for (const b of items) if (!m.has(b.name.toLowerCase())) m.set(b.name.toLowerCase(), b.code);
  }
  return m.get(name.toLowerCase());
}

export function vehicleColumns(h: QuoteContext, o: { brand: string; model: string; brandLabel: string; modelLabel: string; pickBrand: string }): RowColumn[] {
  // One list of makes, whatever the number of rows.
  const brands = h.lookups.list(`$makes:${o.brand}`, 'vehicle-brand');
  const brandId = (row: string) => codeOf(brands.items, h.val(`${row}.${o.brand}`));
  const rowOf = (path: string) => path.slice(0, path.lastIndexOf('.'));
  return [
    {
      field: o.brand,
      label: o.brandLabel,
      size: 'wide',
      watch: (path) => listWatch(h, path, brands),
      render: (path, _i, label) => {
        const brand = h.val(path);
        return comboField(h, path, label, brands, {
          value: brands.items.find((b) => b.name === brand)?.code ?? '',
          valueName: brand,
          store: (item) => {
            const model = `${rowOf(path)}.${o.model}`;
            // Another make: its model no longer applies.
            if ((item?.name ?? '') !== brand) {
              h.set(model, '');
              h.set(`$${model}`, '');
            }
            h.set(path, item?.name ?? '');
          },
        });
      },
    },
    {
      field: o.model,
      label: o.modelLabel,
      size: 'wide',
      // The make is in the same row: a change of it renders the row.
      watch: (path) => listWatch(h, path, h.lookups.list(path, 'vehicle-model', { param: () => brandId(rowOf(path)) })),
      render: (path, _i, label) => {
        const row = rowOf(path);
        const models = h.lookups.list(path, 'vehicle-model', { param: () => brandId(row) });
        return comboField(h, path, label, models, {
          disabledReason: h.val(`${row}.${o.brand}`) ? undefined : o.pickBrand,
          value: models.items.find((m) => m.name === h.val(path))?.code ?? '',
          valueName: h.val(path),
          store: (item) => h.set(path, item?.name ?? ''),
        });
      },
    },
  ];
}
