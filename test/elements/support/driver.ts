/**
 * Drives a quote element the way a customer does — through its labelled
 * fields and buttons in its shadow root — against the real proxy and sandbox
 * started by the test runner's stack plugin.
 */
import { fixture, html, waitUntil, expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LihQuoteElement } from '../../../src/kit/quote-element.js';
import { fieldId } from '../../../src/kit/form.js';
import { en } from '../../../src/kit/i18n/en.js';

export { expect };

export async function proxyUrl(site?: Record<string, unknown>): Promise<string> {
  return ((await executeServerCommand('lih-stack', { site })) as { proxyUrl: string }).proxyUrl;
}
export const sandbox = <T = unknown>(action: string, extra: Record<string, unknown> = {}) =>
  executeServerCommand('lih-sandbox', { action, ...extra }) as Promise<T>;

/** Makes an element as a host's markup would (attributes only), in a fresh fixture, its draft storage cleared. */
export async function mountElement<T extends LihQuoteElement>(tag: string, attrs: Record<string, string>): Promise<T> {
  sessionStorage.clear();
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrap.append(el);
  await settle(el);
  return el;
}

const root = (el: Element) => el.shadowRoot!;

/** Waits for the element and its lookups to finish what they are doing. */
export async function settle(el: LihQuoteElement): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 30));
  }
}

export function control(el: Element, path: string): HTMLInputElement | HTMLSelectElement {
  const c = root(el).getElementById(fieldId(path)) as HTMLInputElement | null;
  if (!c) throw new Error(`no field ${path}`);
  return c;
}

/** The error text shown under a field, or undefined. */
export function errorOf(el: Element, path: string): string | undefined {
  return root(el).getElementById(`${fieldId(path)}-err`)?.textContent?.trim();
}

/** The options a searchable list shows now. */
export const options = (el: Element, path: string) => [...root(el).querySelectorAll(`#${fieldId(path)}-list [role="option"]`)];

/** A field's error shows a moment after the customer leaves it (so a click under way still lands). */
async function shown(el: LihQuoteElement): Promise<void> {
  await new Promise((r) => setTimeout(r, 180));
  await el.updateComplete;
}

/** Types into a text field and leaves it, as a customer does. */
export async function type(el: LihQuoteElement, path: string, value: string): Promise<void> {
  const c = control(el, path) as HTMLInputElement;
  c.focus();
  c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  c.blur();
  await shown(el);
}

export async function choose(el: LihQuoteElement, path: string, value: string): Promise<void> {
  const c = control(el, path) as HTMLSelectElement;
  c.value = value;
  c.dispatchEvent(new Event('change', { bubbles: true }));
  await shown(el);
}

export async function tick(el: LihQuoteElement, path: string, on = true): Promise<void> {
  const c = control(el, path) as HTMLInputElement;
  if (c.checked !== on) c.click();
  await shown(el);
}

/** Picks from a searchable list: waits for it, types, takes the first match. */
export async function pick(el: LihQuoteElement, path: string, text: string): Promise<void> {
  const input = control(el, path) as HTMLInputElement;
  await waitUntil(() => !input.disabled && input.getAttribute('aria-busy') === 'false', `list for ${path} is not ready`, { timeout: 5000 });
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await waitUntil(() => options(el, path).length > 0, `no options for "${text}" in ${path}`, { timeout: 5000 });
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await settle(el);
}

export function button(el: Element, name: string | RegExp): HTMLButtonElement {
  const b = [...root(el).querySelectorAll('button')].find((x) => (typeof name === 'string' ? x.textContent!.trim() === name : name.test(x.textContent!)));
  if (!b) throw new Error(`no button ${name}; have: ${[...root(el).querySelectorAll('button')].map((x) => x.textContent!.trim()).join(' | ')}`);
  return b;
}

export async function click(el: LihQuoteElement, name: string | RegExp): Promise<void> {
  button(el, name).click();
  await settle(el);
}

/** Every error shown under a field, as `id: text` (for failure messages). */
export function shownErrors(el: Element): string {
  return [...root(el).querySelectorAll('.error[id$="-err"]')].map((e) => `${e.id}: ${e.textContent!.trim()}`).join('; ') || 'none';
}

export const heading = (el: Element) => root(el).querySelector('h2')!.textContent!.trim();
export const banner = (el: Element) => root(el).querySelector('[role="alert"]')?.textContent?.trim();

export const PERSON = { lastName: 'Pop', firstName: 'Vasile', cnp: '1630615123457', idNumber: 'CJ123456', email: 'vasile.pop@example.ro', phone: '0722123456' };

export async function fillPolicyholder(el: LihQuoteElement): Promise<void> {
  await type(el, 'policyholder.lastName', PERSON.lastName);
  await type(el, 'policyholder.firstName', PERSON.firstName);
  await type(el, 'policyholder.taxId', PERSON.cnp);
  await type(el, 'policyholder.identification.idNumber', PERSON.idNumber);
  await type(el, 'policyholder.email', PERSON.email);
  await type(el, 'policyholder.mobileNumber', PERSON.phone);
  await fillAddress(el);
}

export async function fillAddress(el: LihQuoteElement): Promise<void> {
  await pick(el, 'policyholder.address.county', 'Cluj');
  await pick(el, 'policyholder.address.cityCode', 'Cluj-Napoca');
  await type(el, 'policyholder.address.street', 'Eroilor');
  await type(el, 'policyholder.address.houseNumber', '10');
}

/** Picks "a person" or "a company" by the words on the radio button. */
export async function chooseKind(el: LihQuoteElement, name: string): Promise<void> {
  [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.parentElement!.textContent!.trim() === name)!.click();
  await settle(el);
}

/** Captures what a download hands to the browser (the PDF blob), without leaving the page. */
export function captureDownloads(): { blobs: Blob[]; restore(): void } {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    if (obj instanceof Blob) blobs.push(obj);
    return original.call(URL, obj);
  };
  return { blobs, restore: () => (URL.createObjectURL = original) };
}

export async function waitForStep(el: LihQuoteElement, title: string): Promise<void> {
  await waitUntil(() => heading(el) === title, `step "${title}" not reached (at "${heading(el)}"; banner: ${banner(el) ?? 'none'}; errors: ${shownErrors(el)})`, { timeout: 8000 });
  await settle(el);
}

/** The notice shown while an issuance's outcome is unknown, or undefined. */
export const checking = (el: Element) => el.shadowRoot!.querySelector('[part="checking"]')?.textContent?.replace(/\s+/g, ' ').trim();

/** What the browser fires as a page unloads: each element writes the draft it still had pending. */
export const pageHides = () => dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));

/** Everything in sessionStorage, keys and values, as one string (what a tag manager could read, at the latest when the page goes). */
export const stored = () => (pageHides(), Object.entries({ ...sessionStorage }).flat().join('\n'));

/** Policies the sandbox insurer holds (for this test stack): one line each, with its payment. */
export const policies = (site?: Record<string, unknown>) => sandbox<{ series: string; number: string }[]>('payments', site ? { site } : {});

/** From a fresh element to the issue step with the offer at `index` chosen (`fillDetails`: the product's first step). */
export async function toIssue(
  el: LihQuoteElement,
  fillDetails: (el: LihQuoteElement) => Promise<void>,
  index = 0,
  offers = 2,
  fillHolder: (el: LihQuoteElement) => Promise<void> = fillPolicyholder,
): Promise<string> {
  await fillDetails(el);
  await click(el, en.next);
  await fillHolder(el);
  await click(el, en.getOffers);
  await waitUntil(() => el.shadowRoot!.querySelectorAll('.offer input').length === offers, 'the offers did not come', { timeout: 8000 });
  const chosen = new Promise<string>((resolve) => el.addEventListener('lih-offer-selected', (e) => resolve(e.detail.offerId), { once: true }));
  (el.shadowRoot!.querySelectorAll('.offer input')[index] as HTMLInputElement).click();
  const offerId = await chosen;
  await click(el, en.next);
  await waitForStep(el, en['step.issue']);
  return offerId;
}

export const clearFaults = () => sandbox('faults', { faults: { errorRate: 0, timeoutRate: 0, malformedRate: 0, dropRate: 0, latencyMs: 0, routes: [] } });

/** Short waits between the element's own re-asks of an unknown outcome; returns the undo. */
export function recheckEvery(tag: string, delays: number[]): () => void {
  const ctor = customElements.get(tag) as unknown as { recheckDelays: readonly number[] };
  const before = ctor.recheckDelays;
  ctor.recheckDelays = delays;
  return () => (ctor.recheckDelays = before);
}

/** The page reloaded: the same element, with the same attributes the host gave, in the same place. */
export async function reload<T extends LihQuoteElement>(el: T): Promise<T> {
  const again = el.cloneNode(false) as T;
  const parent = el.parentElement!;
  pageHides();
  el.remove();
  parent.append(again);
  await settle(again);
  return again;
}
