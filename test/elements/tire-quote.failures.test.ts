/**
 * After any failure the customer's input is still there and one action
 * retries; issuance can never happen twice.
 */
import { describe, it, afterEach } from '../support/bdd.js';
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { en } from '../../src/kit/i18n/en.js';
import { tireStrings } from '../../src/elements/tire-quote/strings.js';
import type { LihErrorEvent, LihPolicyIssuedEvent } from '../../src/kit/events.js';
import type { LihTireQuote } from '../../src/elements/tire-quote/tire-quote.js';
import {
  PERSON,
  banner,
  button,
  click,
  control,
  expect,
  fillDetails,
  fillPolicyholder,
  heading,
  mountTire,
  proxyUrl,
  sandbox,
  settle,
  type,
  waitForStep,
} from './support/driver.js';

const valueOf = (el: LihTireQuote, path: string) => (control(el, path) as HTMLInputElement).value;

async function toPolicyholderFilled(el: LihTireQuote) {
  await fillDetails(el);
  await click(el, en.next);
  await fillPolicyholder(el);
}

describe('<lih-tire-quote> when something fails', () => {
  afterEach(async () => {
    await sandbox('faults', { faults: { errorRate: 0, timeoutRate: 0, malformedRate: 0, latencyMs: 0, routes: [] } });
  });

  it('an insurer outage says to try again, keeps every field, and one click on retry brings the offers', async () => {
    const el = await mountTire();
    await toPolicyholderFilled(el);
    await sandbox('faults', { faults: { errorRate: 1, errorStatus: 503, routes: ['POST /offer'] } });
    const failed = oneEvent(el, 'lih-error') as Promise<LihErrorEvent>;
    await click(el, en.getOffers);
    const e = await failed;
    expect(e.detail.status).to.be.within(502, 504);
    expect(JSON.stringify(e.detail)).not.to.contain(PERSON.cnp);
    await waitUntil(() => banner(el)?.includes(en['err.upstream']), 'no outage banner');

    // Going back shows everything still typed.
    await click(el, en.back);
    expect(valueOf(el, 'policyholder.taxId')).to.equal(PERSON.cnp);
    expect(valueOf(el, 'policyholder.email')).to.equal(PERSON.email);
    await click(el, en.getOffers);
    await waitUntil(() => banner(el)?.includes(en['err.upstream']));

    await sandbox('faults', { faults: { errorRate: 0, routes: [] } });
    await click(el, en.retry);
    await waitForStep(el, en['step.offers']);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.offer').length === 2, 'offers did not come after retry');
    expect(banner(el)).to.equal(undefined);
  });

  it('a lost connection says to check it, keeps the input, and retry works once it is back', async () => {
    const el = await mountTire();
    await toPolicyholderFilled(el);
    const realFetch = window.fetch;
    // The browser's network, not our code, fails: the proxy is never reached.
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await click(el, en.getOffers);
      await waitUntil(() => banner(el)?.includes(en['err.network']), 'no network banner');
    } finally {
      window.fetch = realFetch;
    }
    await click(el, en.retry);
    await waitForStep(el, en['step.offers']);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.offer').length === 2);
  });

  it('a proxy it cannot reach at all: a banner with retry instead of a form that cannot work', async () => {
    sessionStorage.clear();
    const el = await fixture<LihTireQuote>(html`<lih-tire-quote endpoint="http://127.0.0.1:9" locale="en"></lih-tire-quote>`);
    await waitUntil(() => banner(el)?.includes(en['err.network']), 'no banner for an unreachable proxy');
    el.endpoint = await proxyUrl();
    await settle(el);
    await waitUntil(() => heading(el) === tireStrings.en['step.details'] && !banner(el), 'the form did not come back');
  });

  it('a double click on "issue" issues one policy, and a retry after a lost answer returns that same policy', async () => {
    const el = await mountTire();
    await toPolicyholderFilled(el);
    await click(el, en.getOffers);
    await waitForStep(el, en['step.offers']);
    (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
    await click(el, en.next);
    await waitForStep(el, en['step.issue']);

    const before = (await sandbox<Record<string, number>>('counters'))['POST /policy'] ?? 0;
    // The answer to the first attempt is lost on the way back (the policy IS made upstream).
    const restore = loseAnswers('/v1/policies');
    try {
      const issue = button(el, en['issue.button']);
      issue.click();
      issue.click();
      await waitUntil(() => banner(el)?.includes(en['err.network']), 'no banner after the lost answer');
    } finally {
      restore();
    }
    const events: LihPolicyIssuedEvent[] = [];
    el.addEventListener('lih-policy-issued', (e) => events.push(e));
    await click(el, en.retry);
    await waitForStep(el, en['step.documents']);
    await click(el, en['docs.again']).catch(() => undefined);
    const after = (await sandbox<Record<string, number>>('counters'))['POST /policy'] ?? 0;
    expect(after - before, 'upstream POST /policy calls').to.equal(1);
    expect(events).to.have.length(1);
  });

  it('an expired offer asks for new offers and one click gets them', async () => {
    const el = await mountTire();
    await toPolicyholderFilled(el);
    await click(el, en.getOffers);
    await waitForStep(el, en['step.offers']);
    const first = el.shadowRoot!.querySelector('.offer input') as HTMLInputElement;
    first.click();
    await click(el, en.next);
    const offerId = Number(first.id.replace('offer-', ''));
    expect(await sandbox<boolean>('expire-offer', { offerId })).to.equal(true);
    await click(el, en['issue.button']);
    await waitUntil(() => !!banner(el), 'no banner for the expired offer');
    expect(banner(el)).to.contain(en['err.expired']);
    await click(el, en.getOffers);
    await waitForStep(el, en['step.offers']);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.offer').length === 2);
  });

  it('a reload mid-flow restores the draft: same step, same answers', async () => {
    const el = await mountTire({ id: 'reload' });
    await toPolicyholderFilled(el);
    const parent = el.parentElement!;
    el.remove();
    // A new element on the "reloaded" page, same place: it picks the draft up.
    const again = document.createElement('lih-tire-quote');
    again.id = 'reload';
    again.locale = 'en';
    again.endpoint = el.endpoint;
    parent.append(again);
    await settle(again);
    expect(heading(again)).to.equal(en['step.policyholder']);
    expect(valueOf(again, 'policyholder.taxId')).to.equal(PERSON.cnp);
    expect(valueOf(again, 'policyholder.address.street')).to.equal('Eroilor');
    await click(again, en.getOffers);
    await waitForStep(again, en['step.offers']);
  });
});

/** The request reaches the proxy but its answer is lost on the way back (the network, not our code). */
function loseAnswers(pathEnd: string): () => void {
  const realFetch = window.fetch;
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const res = await realFetch(...args);
    if (String(args[0]).endsWith(pathEnd)) throw new TypeError('Failed to fetch');
    return res;
  };
  return () => (window.fetch = realFetch);
}

/** The page reloaded: the same element, with the same attributes the host gave, in the same place. */
async function reload(el: LihTireQuote): Promise<LihTireQuote> {
  const again = el.cloneNode(false) as LihTireQuote;
  const parent = el.parentElement!;
  el.remove();
  parent.append(again);
  await settle(again);
  return again;
}

describe('<lih-tire-quote> across a reload', () => {
  it('keeps what the customer changed in a field the host prefilled', async () => {
    const el = await mountTire({ id: 'prefill-reload' });
    await type(el, 'tire.purchasePrice', '2000');
    const again = await reload(el);
    expect(valueOf(again, 'tire.purchasePrice')).to.equal('2000');
  });

  it('a reload after a lost issuance answer retries with the same key and gets the policy made, never a second one', async () => {
    const el = await mountTire({ id: 'issue-reload' });
    await toPolicyholderFilled(el);
    await click(el, en.getOffers);
    await waitForStep(el, en['step.offers']);
    (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
    await click(el, en.next);
    const before = (await sandbox<Record<string, number>>('counters'))['POST /policy'] ?? 0;
    const restore = loseAnswers('/v1/policies');
    try {
      await click(el, en['issue.button']);
      await waitUntil(() => banner(el)?.includes(en['err.network']), 'no banner after the lost answer');
    } finally {
      restore();
    }
    const again = await reload(el);
    expect(heading(again)).to.equal(en['step.issue']);
    await click(again, en['issue.button']);
    await waitForStep(again, en['step.documents']);
    expect(((await sandbox<Record<string, number>>('counters'))['POST /policy'] ?? 0) - before).to.equal(1);
  });
});
