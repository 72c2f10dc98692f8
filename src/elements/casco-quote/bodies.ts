/** The casco steps' parts of the request body, built from the form's values. */
import type { PublicOffer } from '../../contract/public-api.js';
import { pick, toBody, type Values } from '../../kit/form.js';
import { keepPolicyholderPath } from '../../kit/person-kind.js';
import { OTHER_USER, SKIP, USER, choice, insurer } from './paths.js';

/** Each insurer asked with the version chosen at it and the sum to insure; an insurer answered "none of these" is not asked. */
export function insurersBody(values: Values): Record<string, unknown> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [path, v] of Object.entries(values)) {
    const m = /^insurers\.([^.]+)\.identifier$/.exec(path);
    if (!m || !v || v === SKIP) continue;
    const sum = values[insurer(m[1]!, 'insuredValue')];
    out[m[1]!] = { identifier: v, ...(sum ? { insuredValue: sum } : {}) };
  }
  return { insurers: out };
}

/** The cover's part of the body: its dates and payment, the deductible package, the vehicle's coverage and the extras ticked. */
export function coverBody(values: Values): Record<string, unknown> {
  const [partialDamage, totalDamage] = String(values[choice('deductibles')] ?? '').split('/');
  const extras = Object.keys(values).filter((k) => k.startsWith(choice('extra.')) && values[k] === true);
  const body = toBody(pick(values, ['casco.motor.']));
  const casco = ((body.casco ??= {}) as Record<string, unknown>);
  const m = ((casco.motor ??= {}) as Record<string, unknown>);
  m.deductibles = { partialDamage, totalDamage };
  casco.coverages = [{ code: 'vehicle', isIncluded: true }, ...extras.map((k) => ({ code: k.slice(choice('extra.').length), isIncluded: true }))];
  return body;
}

/** A casco offer names no term: it is the one asked for. */
export const readOffer = (o: PublicOffer, body: Record<string, unknown>): PublicOffer =>
  o.termTime ? o : { ...o, termTime: Number((body.casco as { motor?: { termTime?: unknown } } | undefined)?.motor?.termTime) || undefined };


/** The vehicle's user, when the customer says it is another person: a person, identified by a Romanian ID card, as the policyholder. */
export function userBody(values: Values): Record<string, unknown> {
  if (values[OTHER_USER] !== true) return {};
  const body = toBody({ ...pick(values, [`${USER}.`]), [`${USER}.identification.idType`]: 'CI' }, keepPolicyholderPath(values, 'individual', USER));
  ((body[USER] ??= {}) as Record<string, unknown>).address ??= {};
  return body;
}
