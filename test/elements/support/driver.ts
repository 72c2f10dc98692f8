/**
 * Drives a quote element the way a customer does — through its labelled
 * fields and buttons in its shadow root — against the real proxy and sandbox
 * started by the test runner's stack plugin.
 */
import { fixture, html, waitUntil, expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LihQuoteElement } from '../../../src/kit/quote-element.js';
import { fieldId } from '../../../src/kit/form.js';
import { today } from '../../../src/contract/clock.js';
import '../../../src/elements/tire-quote/index.js';
import type { LihTireQuote } from '../../../src/elements/tire-quote/tire-quote.js';

export { expect };

export async function proxyUrl(site?: Record<string, unknown>): Promise<string> {
  return ((await executeServerCommand('lih-stack', { site })) as { proxyUrl: string }).proxyUrl;
}
export const sandbox = <T = unknown>(action: string, extra: Record<string, unknown> = {}) =>
  executeServerCommand('lih-sandbox', { action, ...extra }) as Promise<T>;

export async function mountTire(opts: { locale?: 'ro' | 'en'; site?: Record<string, unknown>; prefill?: boolean; id?: string } = {}): Promise<LihTireQuote> {
  const endpoint = await proxyUrl(opts.site);
  sessionStorage.clear();
  const el = opts.prefill === false
    ? await fixture<LihTireQuote>(html`<lih-tire-quote id=${opts.id ?? 't'} endpoint=${endpoint} locale=${opts.locale ?? 'en'}></lih-tire-quote>`)
    : await fixture<LihTireQuote>(
        html`<lih-tire-quote
          id=${opts.id ?? 't'}
          endpoint=${endpoint}
          locale=${opts.locale ?? 'en'}
          tire-model="Primacy 4+"
          rim-size="17"
          purchase-price="2396"
          purchase-date=${today()}
          vehicle-brand="Dacia"
          vehicle-model="Duster"
        ></lih-tire-quote>`,
      );
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

/** The details step with valid values (the prefill covers the rest). */
export async function fillDetails(el: LihQuoteElement): Promise<void> {
  await type(el, 'tire.dot', '3724');
  await tick(el, 'additionalData.agreements.purchased4Tires');
  await tick(el, 'additionalData.agreements.customerAgreement');
}

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
