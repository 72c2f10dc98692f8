/**
 * The casco flow's own steps after the first as data — the vehicle's version and value at each
 * insurer, the cover — and the policyholder's with the vehicle's user (the paths are in paths.ts). Their code (steps.ts) is loaded during the
 * first step (vehicle.ts); their words come with the first step's (strings.<locale>.ts).
 */
import { today } from '../../contract/clock.js';
import type { PublicOffer } from '../../contract/public-api.js';
import type { QuoteContext, Step } from '../../kit/flow.js';
import type { OfferText } from '../../kit/sections/offers.js';
import { policyholder } from '../../kit/steps.js';
import { html } from 'lit';
import { OTHER_USER, USER, choice, motor } from './paths.js';

type Later = typeof import('./steps.js');

let steps: Later | undefined;
const later = (): Promise<Later> => import('./steps.js').then((m) => (steps = m));

/** Each insurer's version and value; the vehicle is identified as the step opens. */
export const identificationStep: Step<Later> = {
  id: 'identification',
  paths: ['insurers.'],
  load: later,
  // Its module is in before the step is (asked for during the first): until then no insurer is asked.
  body: (h) => steps?.insurersBody(h.form.values) ?? {},
  render: (h, m) => m.identification(h),
  next: { label: 'next', run: (h, m) => m.identified(h) },
};

/** When the cover starts, for how long, how it is paid, the deductible and the extras. */
export const coverStep: Step<Later> = {
  id: 'cover',
  paths: ['casco.motor.', 'casco.coverages', '$cover.'],
  defaults: () => ({ [motor('startDate')]: today(), [motor('termTime')]: '12', [motor('installmentCount')]: '1', [motor('currency')]: 'RON', [choice('deductibles')]: '500/20' }),
  load: later,
  body: (h) => steps?.coverBody(h.form.values) ?? {},
  render: (h, m) => m.cover(h),
};

/** An offer in words; before the later steps' module is in (a reload straight to the issue step, for a moment), its insurer. */
export const describeOffer = (h: QuoteContext, o: PublicOffer): OfferText => steps?.describe(h, o) ?? { name: o.insurer?.displayName ?? '', covers: '' };

/** What the comparison of the insurers' offers shows of casco (asked once the later steps' module is in). */
export const compareOffers = (h: QuoteContext) => steps!.compare(h);
/** A casco offer as the kit reads it (read once the offers came, after the later steps' module). */
export const readOffer = (o: PublicOffer, body: Record<string, unknown>) => steps!.readOffer(o, body);
/** The insurers the customer chose a version at (none before the later steps' module is in). */
export const insurersAsked = (h: QuoteContext): string[] => Object.keys((steps?.insurersBody(h.form.values).insurers as object | undefined) ?? {});

/**
 * The kit's policyholder step, and the vehicle's user when the customer says it is another person
 * (a person's fields under `user.`, never written to web storage either).
 */
export function holderStep(): Step<unknown> {
  const kit = policyholder() as Step<unknown>;
  return {
    ...kit,
    paths: [...kit.paths!, `${USER}.`, OTHER_USER],
    personal: [...kit.personal!, `${USER}.`],
    body: (h) => ({ ...kit.body!(h), ...(steps?.userBody(h.form.values) ?? {}) }),
    render: (h, m) => html`${kit.render(h, m)}${steps?.user(h, m as Parameters<Later['user']>[1])}`,
  };
}
