/**
 * The identification step: the vehicle as each insurer knows it. As the step opens, the mechanical
 * data go to the proxy once (again only when they change); for each insurer that answers, the
 * customer picks the matching version — or none, and that insurer is not asked — and the sum to
 * insure, suggested from the version's market value.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { checkWith } from '../../contract/issues.js';
import { validationMessage } from '../../contract/i18n/validation.js';
import { vehicleIdentificationRequest } from '../../contract/casco/vehicle.js';
import type { CASCO_IDENTIFICATION_PATH, CascoIdentificationResponse, CascoVehicleVersion } from '../../contract/casco/public-api.js';
import type { QuoteContext } from '../../kit/flow.js';
import { radioGroup, textField } from '../../kit/fields.js';
import { formatMoney } from '../../kit/format.js';
import { typed } from '../../kit/locale.js';
import { ProxyError } from '../../kit/client.js';
import type { cascoLaterEn } from './words.en.js';
import { SKIP, insurer, motor } from './paths.js';

// The contract's path, checked against it by type: importing public-api.ts would bring its schemas (see schema.ts).
const IDENTIFY: typeof CASCO_IDENTIFICATION_PATH = '/v1/casco/identification';

interface Identified {
  /** The request it answers (the mechanical data, as sent). */
  key: string;
  answer?: CascoIdentificationResponse;
  /** It failed: asked again only when the customer says (the banner's retry). */
  failed?: boolean;
}

// One per element: what the proxy said of the vehicle it was last asked about.
const asked = new WeakMap<QuoteContext, Identified>();

/** The insurers that know the vehicle, with their versions (what the customer chooses from). */
export const knownBy = (h: QuoteContext) => asked.get(h)?.answer?.insurers.filter((i) => i.status === 'ok' && i.versions.length) ?? [];

/** Every insurer's name to show, from the last identification (the comparison names them too). */
export const displayName = (h: QuoteContext, name: string) => asked.get(h)?.answer?.insurers.find((i) => i.insurer.name === name)?.insurer.displayName ?? name;

function ask(h: QuoteContext, again = false): void {
  const vehicle = (h.body().casco as { vehicle?: Record<string, unknown> } | undefined)?.vehicle ?? {};
  const parsed = checkWith(vehicleIdentificationRequest, vehicle);
  const client = h.client;
  if (!parsed.ok || !client) return;
  const key = JSON.stringify(parsed.data);
  const last = asked.get(h);
  if (last?.key === key && !(again && last.failed)) return;
  // Another vehicle: the versions chosen for the last one no longer apply (after a reload, with no last one, they are kept).
  if (last && last.key !== key) h.form.assign(Object.fromEntries(Object.keys(h.form.values).filter((k) => k.startsWith('insurers.')).map((k) => [k, ''])));
  const mine: Identified = { key };
  asked.set(h, mine);
  h.failure = undefined;
  client
    .json<CascoIdentificationResponse>(IDENTIFY, { method: 'POST', body: key })
    .then((answer) => {
      mine.answer = answer;
      // A single version is the vehicle's: nothing to choose.
      for (const i of answer.insurers)
        if (i.status === 'ok' && i.versions.length === 1 && !h.val(insurer(i.insurer.name, 'identifier'))) pickVersion(h, i.insurer.name, i.versions[0]!);
    })
    .catch((e: unknown) => {
      mine.failed = true;
      const status = e instanceof ProxyError ? e.status : 0;
      h.failure = { key: status ? 'err.upstream' : 'err.network', action: { key: 'retry', run: () => ask(h, true) } };
    })
    .finally(() => h.requestUpdate());
}

function pickVersion(h: QuoteContext, name: string, v: CascoVehicleVersion | undefined): void {
  h.set(insurer(name, 'identifier'), v?.identifier ?? SKIP);
  h.set(insurer(name, 'insuredValue'), v ? String(v.marketValue) : '');
  // Every insurer answered: the banner that asked for it has nothing left to point at.
  const k = h.failure?.key;
  if ((k === 'err.field' || k === 'err.fields') && knownBy(h).every((i) => h.val(insurer(i.insurer.name, 'identifier')))) h.failure = undefined;
}

export function identification(h: QuoteContext): TemplateResult {
  const t = typed<typeof cascoLaterEn>(h);
  ask(h);
  const answer = asked.get(h)?.answer;
  if (!answer) return asked.get(h)?.failed ? html`` : html`<p class="status" role="status">${t('id.asking')}</p>`;
  const money = (n: number) => formatMoney(n, 'RON', h.language);
  // "2017-03" as the reader writes a month: "martie 2017", "March 2017".
  const month = (ym: string) => new Date(`${ym}-15`).toLocaleDateString(h.language === 'ro' ? 'ro-RO' : 'en-GB', { month: 'long', year: 'numeric' });
  const years = (v: CascoVehicleVersion) =>
    v.productionEndDate ? t('id.years', { from: month(v.productionStartDate), to: month(v.productionEndDate) }) : t('id.since', { from: month(v.productionStartDate) });
  const known = knownBy(h);
  // A Romanian writes lei.
  const code = h.val(motor('currency')) || 'RON';
  const currency = code === 'RON' && h.language === 'ro' ? 'lei' : code;
  return html`${known.length ? html`<p>${t('id.intro')}</p>` : html`<p>${t('id.nobody')}</p>`}
    ${answer.insurers.map((i) => {
      const name = i.insurer.name;
      const who = i.insurer.displayName;
      if (!known.includes(i)) return html`<p class="hint">${t('id.unavailable', { insurer: who, reason: i.message ?? t('id.noReason') })}</p>`;
      const chosen = i.versions.find((v) => v.identifier === h.val(insurer(name, 'identifier')));
      const versions = i.versions.map((v) => ({ code: v.identifier, name: `${v.modelName} · ${years(v)} · ${t('id.value', { value: money(v.marketValue) })}` }));
      return html`<fieldset class="insurer choices">
        ${radioGroup(h, insurer(name, 'identifier'), t('id.version', { insurer: who }), [...versions, { code: SKIP, name: t('id.none', { insurer: who }) }], (code) =>
          pickVersion(h, name, i.versions.find((v) => v.identifier === code)),
        )}
        ${chosen
          ? html`<div class="grid">
              ${textField(h, insurer(name, 'insuredValue'), t('id.insured', { insurer: who, currency }), {
                inputmode: 'decimal',
                hint: t('id.insuredHint', { value: money(chosen.marketValue) }),
              })}
            </div>`
          : nothing}
      </fieldset>`;
    })}`;
}

/** Continue: every insurer that knows the vehicle has an answer (a version, or "none of these"), one at least a version. */
export function identified(h: QuoteContext): void {
  const known = knownBy(h);
  if (!asked.get(h)?.answer) return ask(h, true);
  const open = known.filter((i) => !h.val(insurer(i.insurer.name, 'identifier')));
  for (const i of open) h.form.serverError(insurer(i.insurer.name, 'identifier'), validationMessage('required')[h.language]);
  if (open.length) {
    h.failure = open.length > 1 ? { key: 'err.fields', params: { n: open.length } } : { key: 'err.field' };
    h.focusLater();
    return;
  }
  if (!known.some((i) => h.val(insurer(i.insurer.name, 'identifier')) !== SKIP)) {
    h.failure = { text: typed<typeof cascoLaterEn>(h)('id.pickOne') };
    return;
  }
  if (h.submit(h.step)) h.go(h.flow[h.flow.indexOf(h.step) + 1]!.id);
}
