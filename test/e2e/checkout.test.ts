/**
 * The LG checkout demo, end to end: a real Chromium on the store's checkout page (strict CSP), the
 * element inside the order form, "Pay" posted to the store's own server, which issues the chosen
 * offer with the site secret — exactly one policy per order, even when its call is retried after a
 * lost answer — and hands the page a signed link that downloads the policy PDF.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startDemo, type Demo } from '../../scripts/demo.js';
import { launchChromium } from './browser.js';
import { readPdf } from '../sandbox/support/pdf.js';
import { ro } from '../../src/kit/i18n/ro.js';
import { electronicsStrings } from '../../src/elements/electronics-quote/strings.js';

const t = { ...ro, ...electronicsStrings.ro };

describe('the LG checkout demo, end to end', () => {
  let demo: Demo;
  let browser: Browser;
  before(async () => {
    // The shop's first answer from the proxy is lost: it must ask again with the same key.
    demo = await startDemo({ shop: { loseAnswers: 1, retryDelays: [200, 400, 800, 1600, 3200] } });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  async function openCheckout(): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('favicon')) problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(demo.checkoutUrl);
    return { page, problems };
  }

  const policiesAtSandbox = () => demo.stack.sandbox.state.policies.size;

  it('pays an order with an extended warranty: one policy at the insurer despite a lost answer and a second "Pay", and the signed link downloads its PDF', async () => {
    const { page, problems } = await openCheckout();
    const w = page.locator('lih-electronics-quote');
    const form = page.locator('#order-form');
    const orderId = await page.locator('input[name=order]').inputValue();

    // The form cannot be sent before an offer is chosen: the element says why.
    await w.getByRole('heading', { name: t['step.details'] }).waitFor();
    assert.equal(await form.evaluate((f: HTMLFormElement) => f.checkValidity()), false);
    assert.equal(await w.evaluate((el) => el.matches(':state(chosen)')), false);

    // The cart line came from the shop; the customer agrees and goes on. The shop knew the customer too.
    assert.equal(await w.getByLabel(t['device.price'], { exact: true }).inputValue(), '5000');
    await w.getByLabel(/Am citit și accept/).check();
    await w.getByLabel(/Sunt de acord ca datele mele/).check();
    await w.getByRole('button', { name: t.next }).click();
    await w.getByRole('heading', { name: t['step.policyholder'] }).waitFor();
    assert.equal(await w.getByLabel(t['ph.lastName'], { exact: true }).inputValue(), 'Pop');
    await w.getByLabel(t['ph.cnp'], { exact: true }).fill('1630615123457');
    await w.getByLabel(t['ph.idNumber'], { exact: true }).fill('CJ123456');
    await w.getByRole('button', { name: t.getOffers }).click();

    // Two choices, five offers; the 24-month extended warranty costs 475 lei.
    await w.getByRole('heading', { name: t['step.offers'] }).waitFor();
    const ew = w.locator('.offer-group').filter({ hasText: t['ge.title'] });
    await ew.first().waitFor();
    assert.equal(await w.locator('.offer-group').count(), 2);
    assert.equal(await w.locator('.offer input').count(), 5);
    await ew.locator('.offer input').nth(1).check();
    await page.locator('#insurance-price').filter({ hasText: '475' }).waitFor();
    assert.equal(await form.evaluate((f: HTMLFormElement) => f.checkValidity()), true);
    const offerId = await form.evaluate((f: HTMLFormElement) => new FormData(f).get('insurance-offer'));
    assert.match(String(offerId), /^ofr_/);

    const before = policiesAtSandbox();
    await page.getByRole('button', { name: 'Plătiți' }).click();
    await page.getByRole('heading', { name: new RegExp(`Comanda ${orderId} este plătită`) }).waitFor({ timeout: 30_000 });
    const text = (await page.locator('main').textContent())!;
    const [, series, number] = /polița (\S+) (\d+)/.exec(text) ?? [];
    assert.ok(series && number, text);
    assert.equal(policiesAtSandbox(), before + 1, 'one policy for the order');
    const order = demo.shop.orders.get(orderId)!;
    assert.ok(order.issueCalls >= 2, 'the shop asked again after the lost answer');

    // "Pay" again for the same order (back, resubmit): the same policy, still one at the insurer.
    const again = await page.evaluate(async ([id, offer]) => {
      const body = new URLSearchParams({ order: id!, 'insurance-offer': offer! });
      return (await fetch('/orders', { method: 'POST', body })).text();
    }, [orderId, String(offerId)] as const);
    assert.ok(again.includes(`${series} ${number}`), 'the same policy');
    assert.equal(policiesAtSandbox(), before + 1, 'still one policy for the order');

    // The signed link opens the PDF without the secret (a plain link), with the policy's number in it.
    const href = await page.getByRole('link', { name: /Descărcați polița/ }).getAttribute('href');
    const pdf = await fetch(href!);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');
    const pdfText = (await readPdf(bytes)).text;
    assert.ok(pdfText.includes(number!), `the PDF does not show policy number ${number}`);

    assert.deepEqual(problems, [], 'no console errors and no CSP violations');
    await page.close();
  });

  it('the browser cannot issue on the checkout’s site: only the shop’s server can', async () => {
    const res = await fetch(`${demo.stack.proxy.url}/v1/policies`, {
      method: 'POST',
      headers: { Origin: new URL(demo.checkoutUrl).origin, 'Content-Type': 'application/json', 'Idempotency-Key': 'x-1' },
      body: JSON.stringify({ offerId: `ofr_${'a'.repeat(32)}` }),
    });
    assert.equal(res.status, 403);
  });

  it('the sandbox losing the insurer’s answer (dropRate): the shop asks again with the order’s key and gets one policy', async () => {
    const { page } = await openCheckout();
    const w = page.locator('lih-electronics-quote');
    const orderId = await page.locator('input[name=order]').inputValue();
    await w.getByLabel(/Am citit și accept/).check();
    await w.getByLabel(/Sunt de acord ca datele mele/).check();
    await w.getByRole('button', { name: t.next }).click();
    await w.getByLabel(t['ph.cnp'], { exact: true }).fill('1630615123457');
    await w.getByLabel(t['ph.idNumber'], { exact: true }).fill('CJ123456');
    await w.getByRole('button', { name: t.getOffers }).click();
    await w.locator('.offer input').first().check();
    const before = policiesAtSandbox();
    // Every answer of the insurer to POST /policy is dropped for a moment, after it issued.
    demo.stack.sandbox.state.faults = { dropRate: 1, routes: ['POST /policy'] };
    const paid = page.getByRole('button', { name: 'Plătiți' }).click();
    await new Promise((r) => setTimeout(r, 1500));
    demo.stack.sandbox.state.faults = {};
    await paid;
    await page.getByRole('heading', { name: new RegExp(`Comanda ${orderId} este plătită`) }).waitFor({ timeout: 45_000 });
    assert.match((await page.locator('main').textContent())!, /polița \S+ \d+/);
    assert.equal(policiesAtSandbox(), before + 1);
    await page.close();
  });
});
