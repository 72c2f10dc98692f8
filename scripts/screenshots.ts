/**
 * `npm run screenshots`: what a customer sees, step by step, at 375 px and
 * 1280 px, in Romanian and English, with errors shown where a careless
 * customer would get them. PNGs go to screenshots/ (not committed): open
 * them and look.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { startDemo } from './demo.js';
import { launchChromium } from '../test/e2e/browser.js';
import { en } from '../src/kit/i18n/en.js';
import { ro } from '../src/kit/i18n/ro.js';
import { tireStrings } from '../src/elements/tire-quote/strings.js';

const out = 'screenshots';
mkdirSync(out, { recursive: true });
const demo = await startDemo({});
const browser = await launchChromium();

async function shoot(page: Page, w: Locator, name: string) {
  await page.waitForTimeout(250);
  await w.screenshot({ path: `${out}/${name}.png` });
  console.log(`${out}/${name}.png`);
}

try {
  for (const lang of ['ro', 'en'] as const) {
    const t = { ...(lang === 'ro' ? ro : en), ...tireStrings[lang] };
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(demo.pageUrl);
      if (lang === 'en') await page.getByRole('button', { name: 'EN' }).click();
      const w = page.locator('lih-tire-quote');
      const label = (s: string) => w.getByLabel(s, { exact: true });
      const tag = `${lang}-${width}`;
      await w.getByRole('heading', { name: t['step.details'] }).waitFor();
      await shoot(page, w, `${tag}-1-details`);
      await w.getByRole('button', { name: t.next }).click();
      await shoot(page, w, `${tag}-1-details-errors`);
      await label(t['tire.dot']).fill('3725');
      await label(t['tire.purchased4Tires']).check();
      await w.getByRole('checkbox').nth(1).check();
      await w.getByRole('button', { name: t.next }).click();
      await w.getByRole('heading', { name: t['step.policyholder'] }).waitFor();
      await label(t['ph.lastName']).fill('Popescu');
      await label(t['ph.firstName']).fill('Ion');
      await label(t['ph.cnp']).fill('1630615123458');
      await label(t['ph.cnp']).blur();
      await w.getByRole('combobox', { name: t['addr.county'] }).fill('brasov');
      await shoot(page, w, `${tag}-2-policyholder-list`);
      await w.getByRole('option').first().click();
      await shoot(page, w, `${tag}-2-policyholder-error`);
      await label(t['ph.cnp']).fill('1630615123457');
      await label(t['ph.idNumber']).fill('BV123456');
      await label(t['ph.email']).fill('ion@example.ro');
      await label(t['ph.phone']).fill('0722123456');
      await w.getByRole('combobox', { name: t['addr.city'] }).fill('Brașov');
      await w.getByRole('option').first().click();
      await label(t['addr.street']).fill('Republicii');
      await label(t['addr.houseNumber']).fill('5');
      await w.getByRole('radio', { name: t['ph.company'] }).check();
      await shoot(page, w, `${tag}-2-company`);
      await w.getByRole('radio', { name: t['ph.individual'] }).check();
      await w.getByRole('button', { name: t.getOffers }).click();
      await w.getByRole('radio', { name: new RegExp(t['offer.name']) }).first().waitFor();
      await w.getByRole('radio', { name: new RegExp(t['offer.name']) }).first().check();
      await shoot(page, w, `${tag}-3-offers`);
      await w.getByRole('button', { name: t.next }).click();
      await shoot(page, w, `${tag}-4-issue`);
      demo.stack.sandbox.state.faults = { errorRate: 1, routes: ['POST /policy'] };
      await w.getByRole('button', { name: t['issue.button'] }).click();
      await w.getByRole('alert').waitFor();
      await shoot(page, w, `${tag}-4-issue-failed`);
      demo.stack.sandbox.state.faults = {};
      await w.getByRole('button', { name: t.retry }).click();
      await w.getByRole('heading', { name: t['step.documents'] }).waitFor();
      await shoot(page, w, `${tag}-5-documents`);
      if (width === 375) await page.screenshot({ path: `${out}/${tag}-page.png`, fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await demo.close();
}
