/**
 * The demo page as a customer uses it: a real Chromium loads the retailer's
 * product page (served under a strict CSP), and the flow is completed by
 * typing into the fields found by their labels, in Romanian as the page is.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startDemo, type Demo } from '../../scripts/demo.js';
import { launchChromium } from './browser.js';
import { readPdf } from '../sandbox/support/pdf.js';
import { ro } from '../../src/kit/i18n/ro.js';
import { tireStrings } from '../../src/elements/tire-quote/strings.js';

const t = { ...ro, ...tireStrings.ro };

describe('the tyre retailer demo page, end to end', () => {
  let demo: Demo;
  let browser: Browser;
  before(async () => {
    demo = await startDemo({});
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  async function openPage(): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('favicon')) problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(demo.pageUrl);
    return { page, problems };
  }

  it('a customer gets offers, has the policy issued and downloads its PDF, by labels alone', async () => {
    const { page, problems } = await openPage();
    const w = page.locator('lih-tire-quote');
    // The retailer prefilled the tyre, the price and the vehicle; the customer adds the DOT code and agrees.
    await w.getByRole('heading', { name: t['step.details'] }).waitFor();
    assert.equal(await w.getByLabel(t['tire.purchasePrice'], { exact: true }).inputValue(), '2396');
    await w.getByLabel(t['tire.dot'], { exact: true }).fill('3725');
    await w.getByLabel(t['tire.purchased4Tires'], { exact: true }).check();
    await w.getByLabel(/Am citit și accept/).check();
    await w.getByRole('button', { name: t.next }).click();

    await w.getByRole('heading', { name: t['step.policyholder'] }).waitFor();
    await w.getByLabel(t['ph.lastName'], { exact: true }).fill('Popescu');
    await w.getByLabel(t['ph.firstName'], { exact: true }).fill('Ion');
    await w.getByLabel(t['ph.cnp'], { exact: true }).fill('1630615123457');
    await w.getByLabel(t['ph.idNumber'], { exact: true }).fill('CJ 123456');
    await w.getByLabel(t['ph.email'], { exact: true }).fill('ion.popescu@example.ro');
    await w.getByLabel(t['ph.phone'], { exact: true }).fill('+40 722 123 456');
    await w.getByRole('combobox', { name: t['addr.county'] }).fill('Cluj');
    await w.getByRole('option', { name: 'Cluj', exact: true }).click();
    await w.getByRole('combobox', { name: t['addr.city'] }).fill('cluj-napoca');
    await w.getByRole('option', { name: /^Cluj-Napoca/ }).first().click();
    await w.getByLabel(t['addr.street'], { exact: true }).fill('Eroilor');
    await w.getByLabel(t['addr.houseNumber'], { exact: true }).fill('10');
    await w.getByRole('button', { name: t.getOffers }).click();

    await w.getByRole('heading', { name: t['step.offers'] }).waitFor();
    const offers = w.getByRole('radio', { name: new RegExp(t['offer.name']) });
    await offers.first().waitFor();
    assert.equal(await offers.count(), 2);
    await offers.nth(1).check();
    await w.getByRole('button', { name: t.next }).click();

    await w.getByRole('heading', { name: t['step.issue'] }).waitFor();
    await w.getByRole('button', { name: t['issue.button'] }).click();
    await w.getByRole('heading', { name: t['step.documents'] }).waitFor();
    const done = await w.locator('.done').textContent();
    const [, series, number] = /(\S+) (\d+)/.exec(done!.replace('✓', '').trim().split('Polița ')[1]!) ?? [];
    assert.ok(series && number, `no policy number in "${done}"`);

    // The host page heard the events, and none carried personal data.
    const log = await page.locator('#events').textContent();
    assert.match(log!, /lih-policy-issued/);
    for (const personal of ['1630615123457', 'CJ123456', 'ion.popescu', '0722123456', 'Popescu']) assert.ok(!log!.includes(personal), personal);

    // A real download: the policy PDF, with the number the customer saw.
    const [download] = await Promise.all([page.waitForEvent('download'), w.getByRole('button', { name: t['docs.policy'] }).click()]);
    assert.match(download.suggestedFilename(), /\.pdf$/);
    const bytes = new Uint8Array(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)));
    assert.equal(new TextDecoder().decode(bytes.slice(0, 5)), '%PDF-');
    const text = (await readPdf(bytes)).text;
    assert.ok(text.includes(number!), `the PDF does not show policy number ${number}`);

    assert.deepEqual(problems, [], 'no console errors and no CSP violations');
    await page.close();
  });

  it('switching the page to English switches the widget, and a reload keeps the customer’s answers', async () => {
    const { page, problems } = await openPage();
    const w = page.locator('lih-tire-quote');
    await w.getByLabel(t['tire.dot'], { exact: true }).fill('3725');
    await w.getByLabel(t['tire.dot'], { exact: true }).blur();
    await page.getByRole('button', { name: 'EN' }).click();
    await w.getByRole('heading', { name: tireStrings.en['step.details'] }).waitFor();
    await page.reload();
    await w.getByRole('heading', { name: t['step.details'] }).waitFor();
    assert.equal(await w.getByLabel(t['tire.dot'], { exact: true }).inputValue(), '3725');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
