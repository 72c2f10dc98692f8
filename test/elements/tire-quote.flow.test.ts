import { describe, it } from '../support/bdd.js';
import { oneEvent, waitUntil } from '@open-wc/testing';
import { ro } from '../../src/kit/i18n/ro.js';
import { en } from '../../src/kit/i18n/en.js';
import { tireStrings } from '../../src/elements/tire-quote/strings.js';
import type { LihPolicyIssuedEvent, LihOffersLoadedEvent } from '../../src/kit/events.js';
import {
  PERSON,
  banner,
  button,
  captureDownloads,
  click,
  expect,
  fillDetails,
  fillPolicyholder,
  heading,
  mountTire,
  sandbox,
  waitForStep,
} from './support/driver.js';

const words = { en: { ...en, ...tireStrings.en }, ro: { ...ro, ...tireStrings.ro } };

for (const locale of ['ro', 'en'] as const) {
  const w = words[locale];
  describe(`<lih-tire-quote> from form to policy PDF (${locale})`, () => {
    it('quotes through the real proxy and sandbox, issues once, and downloads both PDFs; axe passes on every step', async () => {
      const el = await mountTire({ locale });
      expect(heading(el)).to.equal(w['step.details']);
      await expect(el).to.be.accessible();

      await fillDetails(el);
      await click(el, w.next);
      await waitForStep(el, w['step.policyholder']);
      await expect(el).to.be.accessible();

      await fillPolicyholder(el);
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'lih-offers-loaded') as Promise<LihOffersLoadedEvent>;
      await click(el, w.getOffers);
      const offersEvent = await loaded;
      await waitForStep(el, w['step.offers']);
      await expect(el).to.be.accessible();

      // Both terms come back, each with a premium, dates and the package's words.
      expect(offersEvent.detail.offers.map((o) => o.termTime)).to.deep.equal([12, 24]);
      const cards = [...el.shadowRoot!.querySelectorAll('.offer')];
      expect(cards).to.have.length(2);
      expect(cards[0]!.textContent).to.contain(w['offer.name']).and.contain(w['offer.covers']).and.contain('RON');
      expect(cards[1]!.textContent).to.contain(w['offers.term'].replace('{n}', '24'));

      (cards[1]!.querySelector('input[type=radio]') as HTMLInputElement).click();
      await el.updateComplete;
      expect(cards[1]!.getAttribute('part')).to.contain('offer-selected');
      await click(el, w.next);
      await waitForStep(el, w['step.issue']);
      await expect(el).to.be.accessible();

      const before = (await sandbox<Record<string, number>>('counters'))['POST /policy'] ?? 0;
      const issued = oneEvent(el, 'lih-policy-issued') as Promise<LihPolicyIssuedEvent>;
      await click(el, w['issue.button']);
      const policy = (await issued).detail;
      await waitForStep(el, w['step.documents']);
      await expect(el).to.be.accessible();
      expect(policy.termTime).to.equal(24);
      expect(policy.series).to.be.a('string').and.not.empty;
      expect(el.shadowRoot!.textContent).to.contain(`${policy.series} ${policy.number}`);
      expect((await sandbox<Record<string, number>>('counters'))['POST /policy']).to.equal(before + 1);

      const downloads = captureDownloads();
      try {
        await click(el, w['docs.policy']);
        await waitUntil(() => downloads.blobs.length === 1, 'the policy PDF did not download', { timeout: 8000 });
        await waitUntil(() => button(el, w['docs.offer']).getAttribute('aria-disabled') === 'false');
        await click(el, w['docs.offer']);
        await waitUntil(() => downloads.blobs.length === 2, 'the offer PDF did not download', { timeout: 8000 });
        for (const blob of downloads.blobs) {
          expect(blob.type).to.equal('application/pdf');
          expect(new TextDecoder().decode(new Uint8Array(await blob.slice(0, 5).arrayBuffer()))).to.equal('%PDF-');
        }
      } finally {
        downloads.restore();
      }
      expect(banner(el)).to.equal(undefined);
    });
  });
}

describe('<lih-tire-quote> keeps nothing personal after issuance', () => {
  it('the draft in sessionStorage holds the policy number but no name, CNP, ID, email or phone', async () => {
    const el = await mountTire();
    await fillDetails(el);
    await click(el, en.next);
    await fillPolicyholder(el);
    const storedMidFlow = Object.values({ ...sessionStorage }).join();
    expect(storedMidFlow).to.contain(PERSON.cnp); // the draft does keep input during the flow
    await click(el, en.getOffers);
    await waitForStep(el, en['step.offers']);
    (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
    await click(el, en.next);
    await click(el, en['issue.button']);
    await waitForStep(el, en['step.documents']);
    const stored = Object.values({ ...sessionStorage }).join();
    for (const secret of Object.values(PERSON)) expect(stored).not.to.contain(secret);
    expect(stored).to.contain('"series"');
  });
});
