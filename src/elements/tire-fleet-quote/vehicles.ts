/**
 * The fleet step's code — the table of vehicles, the spreadsheet paste, the agreements — in the fleet's
 * entry: the first render shows it. Nothing here weighs on the runtime every element loads.
 */
import { html } from 'lit';
import type { PublicOffer } from '../../contract/public-api.js';
import type { QuoteContext } from '../../kit/flow.js';
import { pick, toBody, type Values } from '../../kit/form.js';
import { comboField } from '../../kit/combo-field.js';
import { checkField, selectField, textField } from '../../kit/fields.js';
import { formatMoney } from '../../kit/format.js';
import { typed } from '../../kit/locale.js';
import { rowCount, rowsBody } from '../../kit/rows.js';
import { listWatch, renderRowsTable, type RowColumn } from '../../kit/sections/rows-table.js';
import { vehicleColumns } from '../../kit/sections/vehicle-columns.js';
import type { fleetEn } from './strings.en.js';
import { VEHICLES, consent } from './paths.js';

/** A date as a Romanian spreadsheet writes it (`26.11.2026`, `26/11/2026`) → `2026-11-26`; anything else as it is. */
const isoDate = (c: string): string => {
  const m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(c.trim());
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : c.trim();
};

/** The columns of the fleet's table, in the order a spreadsheet pastes them. */
function columns(h: QuoteContext): RowColumn[] {
  const t = typed<typeof fleetEn>(h);
  const tyres = h.lookups.list('$tyres', 'tire-model', { param: () => 'michelin' });
  const sizes = h.lookups.list('$sizes', 'tire-size');
  return [
    ...vehicleColumns(h, { brand: 'vehicleBrand', model: 'vehicleModel', brandLabel: t('fleet.make'), modelLabel: t('fleet.model'), pickBrand: t('fleet.pickMake') }),
    {
      field: 'tireModel',
      label: t('fleet.tireModel'),
      size: 'wide',
      watch: (path) => listWatch(h, path, tyres),
      render: (path, _i, label) =>
        comboField(h, path, label, tyres, {
          value: tyres.items.find((m) => m.name === h.val(path))?.code ?? '',
          valueName: h.val(path),
          store: (item) => h.set(path, item?.name ?? ''),
        }),
    },
    { field: 'tireWidth', label: t('fleet.rim'), size: 'narrow', watch: () => [sizes.items, sizes.status], render: (path, _i, label) => selectField(h, path, label, sizes.items), parse: (c) => c.replace(/^r/i, '').trim() },
    { field: 'dot', label: t('fleet.dot'), size: 'narrow', text: { inputmode: 'numeric' } },
    // A price is kept as pasted: the contract reads Romanian and English separators alike.
    { field: 'purchasePrice', label: t('fleet.price'), text: { inputmode: 'decimal' } },
    { field: 'purchaseDate', label: t('fleet.purchaseDate'), text: { type: 'date' }, parse: isoDate },
  ];
}

/** The step's body part: what was typed, with the tyre make nobody types on every row, and no row left out. */
export function body(h: QuoteContext): Record<string, unknown> {
  const make: Values = {};
  for (let i = 0; i < rowCount(h.form, VEHICLES); i++) make[`${VEHICLES}.${i}.tireMake`] = 'michelin';
  return rowsBody(toBody({ ...pick(h.form.values, ['tireFleet.', 'additionalData.']), ...make }), h.form.values, VEHICLES);
}

/** The table of vehicles, when the cover starts, and the agreements. */
export function render(h: QuoteContext, l: { terms: string; privacy: string }) {
  const t = typed<typeof fleetEn>(h);
  return html`${renderRowsTable(h, { base: VEHICLES, caption: t('fleet.vehicles'), columns: columns(h) })}
    <fieldset>
      <legend>${t('fleet.cover')}</legend>
      <div class="grid">
        ${textField(h, 'tireFleet.startDate', t('fleet.startDate'), { type: 'date', hint: t('fleet.startHint') })}
        ${textField(h, 'additionalData.notes', t('fleet.notes'), { optional: true, hint: t('fleet.notesHint') })}
      </div>
    </fieldset>
    <fieldset>
      <legend>${t('fleet.agreements')}</legend>
      ${checkField(h, consent('purchased4Tires'), t('fleet.purchased4Tires'))}
      ${checkField(h, consent('customerAgreement'), t('fleet.customerAgreement'))}
      <p class="hint">
        <!-- Beside the box, not in its label: a click on a link never ticks it. -->
        <a href=${l.terms} target="_blank" rel="noopener">${t('fleet.terms')}</a> ·
        <a href=${l.privacy} target="_blank" rel="noopener">${t('fleet.privacy')}</a>
      </p>
      ${checkField(h, consent('michelinDataAgreement'), t('fleet.michelinData'), { optional: true })}
      ${checkField(h, consent('marketingConsent'), t('fleet.marketing'), { optional: true })}
    </fieldset>`;
}

/** An offer in words: its package, and its total as unit price × vehicles. */
export function describeFleetOffer(h: QuoteContext, o: PublicOffer): { name: string; covers: string } {
  const t = typed<typeof fleetEn>(h);
  const n = Math.max(1, rowCount(h.form, VEHICLES));
  const money = (x: number) => formatMoney(x, o.currency, h.language);
  return {
    name: t(`fleet.${o.package}` as 'fleet.var_1'),
    covers: `${t('fleet.covers')} ${t('fleet.unit', { unit: money(o.premiumAmount / n), n, total: money(o.premiumAmount) })}`,
  };
}
