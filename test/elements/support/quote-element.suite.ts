/**
 * The behaviours every quote element shares, run once per element (after Lion's
 * test-suites and Shoelace's form-control base tests): the steps, validation
 * timing, the draft and a reload, failures and retry, idempotent issuance, an
 * unknown outcome, server mode, events, the keyboard alone, 320 px, shadow-root
 * hosts, late definition, axe on every step, both languages. Through the real
 * proxy and sandbox. An element's own test file calls `runQuoteElementSuite`
 * and adds only its own rules.
 */
import { describe, it, afterEach } from '../../support/bdd.js';
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport, sendKeys } from '@web/test-runner-commands';
import { validationMessage } from '../../../src/contract/i18n/validation.js';
import { en } from '../../../src/kit/i18n/en.js';
import { ro } from '../../../src/kit/i18n/ro.js';
import { enLater } from '../../../src/kit/i18n/later.en.js';
import { roLater } from '../../../src/kit/i18n/later.ro.js';
import type { LihQuoteElement } from '../../../src/kit/quote-element.js';
import type { Customer } from '../../../src/kit/person-kind.js';
import type { LihErrorEvent, LihOfferSelectedEvent, LihOffersLoadedEvent, LihPolicyIssuedEvent, QuoteProduct } from '../../../src/kit/events.js';
import {
  PERSON,
  banner,
  button,
  captureDownloads,
  checking,
  chooseKind,
  clearFaults,
  click,
  control,
  errorOf,
  expect,
  fillAddress,
  fillPolicyholder,
  heading,
  options,
  policies,
  proxyUrl,
  recheckEvery,
  pageHides,
  reload,
  sandbox,
  settle,
  stored,
  toIssue as toIssueWith,
  type,
  waitForStep,
} from './driver.js';

type Words = Record<string, string>;

/** A CSS colour as the sRGB bytes the screen shows (`r,g,b`). */
function painted(color: string): string {
  const c = document.createElement('canvas').getContext('2d')!;
  c.fillStyle = color;
  c.fillRect(0, 0, 1, 1);
  return [...c.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',');
}
type Mount = (opts?: { locale?: 'ro' | 'en'; site?: Record<string, unknown>; prefill?: boolean; id?: string }) => Promise<LihQuoteElement>;

/** What the suite needs to know of an element. */
export interface QuoteElementSuite {
  tag: string;
  product: QuoteProduct;
  /** The element's own words (its first step's heading is `step.<first step>`). */
  words: { en: Words; ro: Words };
  /** The attributes of a host page that prefills it. */
  prefill: Record<string, string>;
  /** A fresh element with an endpoint and a language (and the host's prefill unless `prefill: false`). */
  mount: Mount;
  /** Makes its first step valid (after the prefill). */
  fillDetails(el: LihQuoteElement): Promise<void>;
  /** The same by keyboard alone (`tabTo` presses Tab until a control matches), submitting with Enter. */
  keyboardDetails(el: LihQuoteElement, tabTo: (match: (e: Element) => boolean) => Promise<void>): Promise<void>;
  /** The terms (months) of the offers one quote brings, in order. */
  terms: number[];
  /** A first-step answer `fillDetails` types, which the draft keeps. */
  kept: { path: string; value: string };
  /** Where the first step is not the one before the policyholder's (Back leads there): an answer `fillDetails` types on that one. By default `kept`. */
  beforeHolder?: { path: string; value: string };
  /** A first-step field two elements on a page fill differently (four values), and another the second fills. */
  separate: { path: string; values: [string, string, string, string]; second: { path: string; value: string } };
  /** A prefill attribute, a new value for it, and the field it fills. */
  prefillAttribute: { name: string; value: string; path: string };
  /** Keys of words the first offer card shows (its name and cover); `offer.name` and `offer.covers` by default. */
  firstOffer?: { name: string; covers: string };
  /** A product that insures only one kind of policyholder (a fleet: companies): how its step is filled. By default a person. */
  holder?: Holder;
  /** The insurer's issuance route as the sandbox counts and faults it; `POST /policy` (the Assets API) by default. */
  issueRoute?: string;
  /** Its quote route, likewise; `POST /offer` by default. */
  offerRoute?: string;
  /** Changes to the demo site that make it not sell the product; by default it sells only another product. */
  unsold?: Record<string, unknown>;
}

/** How the suite fills the policyholder step, and what of it must never reach web storage. */
export interface Holder {
  fill(el: LihQuoteElement): Promise<void>;
  /** Types its fields by keyboard from the first (`first`, focused) through the phone; Tab then reaches the county. */
  keyboard(typeKeys: (text: string) => Promise<void>, press: (key: string) => Promise<void>): Promise<void>;
  first: string;
  /** What it typed that is personal: never in web storage, never in an event. */
  secrets: string[];
  taxId: string;
  email: string;
  /** A customer the host knows, a field it fills (`named`), and one the customer then edits. */
  customer: Customer;
  named: { path: string; value: string };
  edit: string;
}

/** The default: a Romanian person (driver.ts's PERSON). */
const personHolder: Holder = {
  fill: fillPolicyholder,
  async keyboard(typeKeys, press) {
    await typeKeys(PERSON.lastName);
    await press('Tab');
    await typeKeys(PERSON.firstName);
    await press('Tab'); // foreign-person checkbox: leave it
    await press('Tab');
    await typeKeys(PERSON.cnp);
    await press('Tab');
    await typeKeys(PERSON.idNumber);
    await press('Tab');
    await typeKeys(PERSON.email);
    await press('Tab');
    await typeKeys(PERSON.phone);
  },
  first: 'policyholder.lastName',
  secrets: Object.values(PERSON),
  taxId: PERSON.cnp,
  email: PERSON.email,
  customer: { lastName: PERSON.lastName, firstName: PERSON.firstName, taxId: PERSON.cnp, email: PERSON.email, address: { street: 'Eroilor' } },
  named: { path: 'policyholder.lastName', value: PERSON.lastName },
  edit: 'policyholder.firstName',
};

export function runQuoteElementSuite(o: QuoteElementSuite): void {
  const tag = o.tag;
  const holder = o.holder ?? personHolder;
  const issueRoute = o.issueRoute ?? 'POST /policy';
  const offerRoute = o.offerRoute ?? 'POST /offer';
  const first = (l: 'en' | 'ro') => o.words[l]['step.details']!;
  const words = { en: { ...en, ...o.words.en } as typeof en & Words, ro: { ...ro, ...o.words.ro } as typeof en & Words };
  const offersShown = (el: Element) => el.shadowRoot!.querySelectorAll('.offer').length;
  const valueOf = (el: Element, path: string) => (control(el, path) as HTMLInputElement).value;
  const toIssue = (el: LihQuoteElement, index = 0) => toIssueWith(el, o.fillDetails, index, o.terms.length, holder.fill);
  const recheck = (delays: number[]) => recheckEvery(tag, delays);
  /** A bare element as a host's markup makes it (attributes only). */
  const create = (attrs: Record<string, string>) => {
    const el = document.createElement(tag) as LihQuoteElement;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  };

  async function toPolicyholderFilled(el: LihQuoteElement) {
    await o.fillDetails(el);
    await click(el, en.next);
    await holder.fill(el);
  }

  async function toOffers(el: LihQuoteElement) {
    await toPolicyholderFilled(el);
    await click(el, en.getOffers);
    await waitForStep(el, en['step.offers']);
  }

  /** The policy PDF downloads and is a PDF. */
  async function policyPdfWorks(el: LihQuoteElement): Promise<void> {
    const downloads = captureDownloads();
    try {
      await click(el, en['docs.policy']);
      await waitUntil(() => downloads.blobs.length === 1, 'the policy PDF did not download', { timeout: 8000 });
      const blob = downloads.blobs[0]!;
      expect(blob.type).to.equal('application/pdf');
      expect(new TextDecoder().decode(new Uint8Array(await blob.slice(0, 5).arrayBuffer()))).to.equal('%PDF-');
    } finally {
      downloads.restore();
    }
    expect(banner(el)).to.equal(undefined);
  }

  // ——— the steps, in both languages ———
  for (const locale of ['ro', 'en'] as const) {
    const w = words[locale];
    describe(`<${tag}> from form to policy PDF (${locale})`, () => {
      it('quotes through the real proxy and sandbox, issues once, and downloads both PDFs; axe passes on every step', async () => {
        const el = await o.mount({ locale });
        expect(heading(el)).to.equal(first(locale));
        await expect(el).to.be.accessible();

        await o.fillDetails(el);
        await click(el, w.next);
        await waitForStep(el, w['step.policyholder']);
        await expect(el).to.be.accessible();

        await holder.fill(el);
        await expect(el).to.be.accessible();
        const loaded = oneEvent(el, 'lih-offers-loaded') as Promise<LihOffersLoadedEvent>;
        await click(el, w.getOffers);
        const offersEvent = await loaded;
        await waitForStep(el, w['step.offers']);
        await expect(el).to.be.accessible();

        // Every term comes back, each with a premium, dates and the package's words.
        expect(offersEvent.detail.offers.map((x) => x.termTime)).to.deep.equal(o.terms);
        // All of them in one quote at the proxy, so it issues one at a time even if the page misbehaves.
        const quotes = await sandbox<(string | null)[]>('quotes-of', { offerIds: offersEvent.detail.offers.map((x) => x.offerId) });
        expect(new Set(quotes).size, JSON.stringify(quotes)).to.equal(1);
        expect(quotes[0]).to.match(/^qte_/);
        const cards = [...el.shadowRoot!.querySelectorAll('.offer')];
        expect(cards).to.have.length(o.terms.length);
        const firstOffer = o.firstOffer ?? { name: 'offer.name', covers: 'offer.covers' };
        expect(cards[0]!.textContent).to.contain(w[firstOffer.name]!).and.contain(w[firstOffer.covers]!).and.contain(locale === 'ro' ? ' lei' : 'RON');
        const last = cards.length - 1;
        expect(cards[last]!.textContent).to.contain(w['offers.term']!.replace('{n}', String(o.terms[last])));

        (cards[last]!.querySelector('input[type=radio]') as HTMLInputElement).click();
        await el.updateComplete;
        expect(cards[last]!.getAttribute('part')).to.contain('offer-selected');
        await click(el, w.next);
        await waitForStep(el, w['step.issue']);
        await expect(el).to.be.accessible();

        const before = (await sandbox<Record<string, number>>('counters'))[issueRoute] ?? 0;
        const issued = oneEvent(el, 'lih-policy-issued') as Promise<LihPolicyIssuedEvent>;
        await click(el, w['issue.button']);
        const policy = (await issued).detail;
        await waitForStep(el, w['step.documents']);
        await expect(el).to.be.accessible();
        expect(policy.termTime).to.equal(o.terms[last]);
        expect(policy.series).to.be.a('string').and.not.empty;
        expect(el.shadowRoot!.textContent).to.contain(`${policy.series} ${policy.number}`);
        expect((await sandbox<Record<string, number>>('counters'))[issueRoute]).to.equal(before + 1);

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

  // ——— what web storage holds ———
  describe(`<${tag}> keeps nothing a tag manager should read`, () => {
    it('sessionStorage never holds the customer’s details nor an offer or policy id; after issuance only the policy number', async () => {
      const el = await o.mount();
      await toPolicyholderFilled(el);
      const personal = [...holder.secrets, 'Eroilor'];
      // Mid-flow: the first step's answers are kept, the customer's details only in memory.
      for (const secret of personal) expect(stored(), 'mid-flow').not.to.contain(secret);
      expect(stored()).to.contain(o.kept.value);
      await click(el, en.getOffers);
      await waitForStep(el, en['step.offers']);
      (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
      await click(el, en.next);
      expect(stored(), 'offer ids are capabilities').not.to.contain('ofr_');
      const issued = oneEvent(el, 'lih-policy-issued') as Promise<LihPolicyIssuedEvent>;
      await click(el, en['issue.button']);
      const { series, number } = (await issued).detail;
      await waitForStep(el, en['step.documents']);
      for (const secret of personal) expect(stored(), 'after issuance').not.to.contain(secret);
      expect(stored()).not.to.contain('ofr_');
      expect(stored()).not.to.contain('pol_');
      expect(stored()).to.contain(series).and.contain(number);
    });
  });

  describe(`<${tag}> draft in sessionStorage`, () => {
    it('after a reload, no key or value in sessionStorage holds a CNP, ID number, email, phone or street — nor a CUI', async () => {
      const el = await o.mount({ id: 'draft-secrets' });
      await o.fillDetails(el);
      await click(el, en.next);
      // A company's CUI first (kept aside while the person is typed), then the person.
      if (!o.holder) {
        await chooseKind(el, en['ph.company']);
        await type(el, 'policyholder.taxId', 'RO18547290');
        await chooseKind(el, en['ph.individual']);
      }
      await holder.fill(el);
      await click(el, en.getOffers);
      await waitForStep(el, en['step.offers']);

      const again = await reload(el);
      const everything = stored();
      expect(everything).to.contain('lih:'); // a draft is there…
      for (const secret of [...holder.secrets, 'Eroilor', '18547290']) {
        expect(everything, secret).not.to.contain(secret); // …without any of these
      }
      // The customer is asked for them again; the first step's answers are still there.
      expect(heading(again)).to.equal(en['step.policyholder']);
      expect(valueOf(again, 'policyholder.taxId')).to.equal('');
      expect(valueOf(again, 'policyholder.email')).to.equal('');
      await click(again, en.back);
      const back = o.beforeHolder ?? o.kept;
      expect(valueOf(again, back.path)).to.equal(back.value);
    });

    it('two elements on one page, neither with an id, keep separate drafts across a reload', async () => {
      const endpoint = await proxyUrl();
      sessionStorage.clear();
      const page = await fixture<HTMLElement>(html`<div></div>`);
      const attrs = { endpoint, locale: 'en' };
      page.append(create(attrs), create(attrs));
      const [one, two] = [...page.querySelectorAll(tag)] as LihQuoteElement[];
      await settle(one!);
      await settle(two!);
      const [v1, v2] = o.separate.values;
      await type(one!, o.separate.path, v1);
      await type(two!, o.separate.path, v2);
      await type(two!, o.separate.second.path, o.separate.second.value);
      pageHides();
      expect(Object.keys(sessionStorage).filter((k) => k.startsWith('lih:'))).to.have.length(2);

      // The reloaded page renders them again in the same order: each finds its own draft.
      const [a, b] = [one!, two!].map((el) => el.cloneNode(false) as LihQuoteElement);
      one!.remove();
      two!.remove();
      page.append(a!, b!);
      await settle(a!);
      await settle(b!);
      expect(valueOf(a!, o.separate.path)).to.equal(v1);
      expect(valueOf(a!, o.separate.second.path)).to.equal('');
      expect(valueOf(b!, o.separate.path)).to.equal(v2);
      expect(valueOf(b!, o.separate.second.path)).to.equal(o.separate.second.value);
    });

    it('two elements in two components’ shadow roots (same place in each) keep separate drafts', async () => {
      const endpoint = await proxyUrl();
      sessionStorage.clear();
      const page = await fixture<HTMLElement>(html`<div><section id="left"></section><section id="right"></section></div>`);
      const els = [...page.querySelectorAll('section')].map((host) => {
        const el = create({ endpoint, locale: 'en' });
        host.attachShadow({ mode: 'open' }).append(el);
        return el;
      });
      for (const el of els) await settle(el);
      await type(els[0]!, o.separate.path, o.separate.values[2]);
      await type(els[1]!, o.separate.path, o.separate.values[3]);
      pageHides();
      const keys = Object.keys(sessionStorage).filter((k) => k.startsWith('lih:'));
      expect(keys).to.have.length(2);
      expect(keys.join()).to.contain('#left').and.contain('#right');
    });

    it('keeps what the customer changed in a field the host prefilled', async () => {
      const el = await o.mount({ id: 'prefill-reload' });
      const { path } = o.prefillAttribute;
      const changed = `${o.prefillAttribute.value}1`;
      await type(el, path, changed);
      const again = await reload(el);
      expect(valueOf(again, path)).to.equal(changed);
    });
  });

  // ——— failures ———
  describe(`<${tag}> when something fails`, () => {
    afterEach(async () => {
      await clearFaults();
    });

    it('an insurer outage says to try again, keeps every field, and one click on retry brings the offers', async () => {
      const el = await o.mount();
      await toPolicyholderFilled(el);
      await sandbox('faults', { faults: { errorRate: 1, errorStatus: 503, routes: [offerRoute] } });
      const failed = oneEvent(el, 'lih-error') as Promise<LihErrorEvent>;
      await click(el, en.getOffers);
      const e = await failed;
      expect(e.detail.status).to.be.within(502, 504);
      expect(JSON.stringify(e.detail)).not.to.contain(holder.taxId);
      await waitUntil(() => banner(el)?.includes(en['err.upstream']), 'no outage banner');

      // Going back shows everything still typed.
      await click(el, en.back);
      expect(valueOf(el, 'policyholder.taxId')).to.equal(holder.taxId);
      expect(valueOf(el, 'policyholder.email')).to.equal(holder.email);
      await click(el, en.getOffers);
      await waitUntil(() => banner(el)?.includes(en['err.upstream']));

      await sandbox('faults', { faults: { errorRate: 0, routes: [] } });
      await click(el, en.retry);
      await waitForStep(el, en['step.offers']);
      await waitUntil(() => offersShown(el) === o.terms.length, 'offers did not come after retry');
      expect(banner(el)).to.equal(undefined);
    });

    it('a lost connection says to check it, keeps the input, and retry works once it is back', async () => {
      const el = await o.mount();
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
      await waitUntil(() => offersShown(el) === o.terms.length);
    });

    it('a proxy it cannot reach at all: a banner with retry instead of a form that cannot work', async () => {
      sessionStorage.clear();
      const wrap = await fixture<HTMLElement>(html`<div></div>`);
      const el = create({ endpoint: 'http://127.0.0.1:9', locale: 'en' });
      wrap.append(el);
      await waitUntil(() => banner(el)?.includes(en['err.network']), 'no banner for an unreachable proxy');
      el.endpoint = await proxyUrl();
      await settle(el);
      await waitUntil(() => heading(el) === first('en') && !banner(el), 'the form did not come back');
    });

    it('a double click on "issue" issues one policy, and after a lost answer the element learns that same policy by itself', async () => {
      const undo = recheck([300, 300, 300, 300]);
      try {
        const el = await o.mount();
        await toIssue(el);
        const before = (await sandbox<Record<string, number>>('counters'))[issueRoute] ?? 0;
        const events: LihPolicyIssuedEvent[] = [];
        el.addEventListener('lih-policy-issued', (e) => events.push(e));
        // The answer to the first attempt is lost on the way back (the policy IS made upstream).
        const restore = loseAnswers('/v1/policies');
        try {
          const issue = button(el, en['issue.button']);
          issue.click();
          issue.click();
          await waitUntil(() => checking(el), 'the element did not say it is checking after the lost answer');
          expect(heading(el)).to.equal(en['check.title']);
        } finally {
          restore();
        }
        // Asked again with the same key: the proxy answers the policy it already has.
        await waitForStep(el, en['step.documents']);
        const after = (await sandbox<Record<string, number>>('counters'))[issueRoute] ?? 0;
        expect(after - before, 'upstream POST /policy calls').to.equal(1);
        expect(events).to.have.length(1);
      } finally {
        undo();
      }
    });

    it('an expired offer asks for new offers and one click gets them', async () => {
      const el = await o.mount();
      await toOffers(el);
      const selected = oneEvent(el, 'lih-offer-selected') as Promise<LihOfferSelectedEvent>;
      (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
      const { offerId } = (await selected).detail;
      await click(el, en.next);
      expect(await sandbox<boolean>('expire-offer', { offerId })).to.equal(true);
      await click(el, en['issue.button']);
      await waitUntil(() => !!banner(el), 'no banner for the expired offer');
      expect(banner(el)).to.contain(en['err.expired']);
      await click(el, en.getOffers);
      await waitForStep(el, en['step.offers']);
      await waitUntil(() => offersShown(el) === o.terms.length);
    });

    it('a reload mid-flow restores the draft: same step and first-step answers; the customer’s details are asked again', async () => {
      const el = await o.mount({ id: 'reload' });
      await toPolicyholderFilled(el);
      await type(el, holder.edit, 'Ion');
      const parent = el.parentElement!;
      el.remove();
      // A new element on the "reloaded" page, same place: it picks the draft up.
      const again = document.createElement(tag) as LihQuoteElement;
      again.id = 'reload';
      again.locale = 'en';
      again.endpoint = el.endpoint;
      parent.append(again);
      await settle(again);
      expect(heading(again)).to.equal(en['step.policyholder']);
      // Kept in memory only: identity, contact and address are typed again.
      expect(valueOf(again, 'policyholder.taxId')).to.equal('');
      expect(valueOf(again, 'policyholder.address.street')).to.equal('');
      await click(again, en.back);
      const back = o.beforeHolder ?? o.kept;
      expect(valueOf(again, back.path)).to.equal(back.value);
      await click(again, en.next);
      await holder.fill(again);
      await click(again, en.getOffers);
      await waitForStep(again, en['step.offers']);
    });

    it('a reload after a lost issuance answer asks again with the same key first and gets the policy made, never a second one', async () => {
      const undo = recheck([]);
      try {
        const el = await o.mount({ id: 'issue-reload' });
        await toIssue(el);
        const before = (await sandbox<Record<string, number>>('counters'))[issueRoute] ?? 0;
        const restore = loseAnswers('/v1/policies');
        try {
          await click(el, en['issue.button']);
          await waitUntil(() => checking(el), 'the element did not say it is checking after the lost answer');
        } finally {
          restore();
        }
        const issued = oneEvent(document, 'lih-policy-issued') as Promise<LihPolicyIssuedEvent>;
        const again = await reload(el);
        // Resolved before anything else, by itself: no click needed.
        await waitForStep(again, en['step.documents']);
        expect((await issued).detail.policyId).to.match(/^pol_/);
        expect(((await sandbox<Record<string, number>>('counters'))[issueRoute] ?? 0) - before).to.equal(1);
      } finally {
        undo();
      }
    });
  });

  // ——— an issuance whose outcome is unknown ———
  /** Issues with the insurer's answers lost as `faults` say, until the element says it is checking. */
  async function issueIntoUnknown(el: LihQuoteElement, faults: Record<string, unknown>): Promise<void> {
    await sandbox('faults', { faults: { ...faults, routes: [issueRoute] } });
    const told = new Promise<LihErrorEvent>((resolve) => el.addEventListener('lih-error', resolve, { once: true }));
    await click(el, en['issue.button']);
    await waitUntil(() => checking(el), 'the element did not say it is checking', { timeout: 10000 });
    expect((await told).detail.key).to.equal('issuance.unknown');
  }

  /** What the customer is told while the outcome is unknown, and what they cannot do meanwhile. */
  function expectCheckingState(el: LihQuoteElement): void {
    expect(heading(el)).to.equal(en['check.title']);
    expect(checking(el)).to.contain(en['check.body']);
    expect(banner(el), 'no failure banner: nothing failed yet').to.equal(undefined);
    expect(() => button(el, en['issue.button']), 'no issue button').to.throw();
    expect(button(el, en.back).getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.offer input'), 'no offer to choose').to.equal(null);
  }

  /** Runs `test` with the element's re-asks `delays` ms apart, hearing every `lih-policy-issued` of the page; undoes both after. */
  async function watchingIssuance(delays: number[], test: (events: LihPolicyIssuedEvent[]) => Promise<void>): Promise<void> {
    const undo = recheck(delays);
    const { events, stop } = issuedEvents();
    try {
      await test(events);
    } finally {
      stop();
      undo();
    }
  }

  /** The insurer answers again: "Check again" learns the one policy made for the offer chosen, told once. */
  async function checkAgainLearns(el: LihQuoteElement, events: LihPolicyIssuedEvent[], before: number, offerId: string, term: number): Promise<void> {
    await clearFaults();
    await click(el, en['check.again']);
    await waitForStep(el, en['step.documents']);
    expect((await policies()).length - before, 'policies at the insurer').to.equal(1);
    expect(events).to.have.length(1);
    expect(events[0]!.detail.offerId).to.equal(offerId);
    expect(events[0]!.detail.termTime).to.equal(term);
  }

  describe(`<${tag}> when the outcome of issuing is unknown`, () => {
    afterEach(async () => {
      await clearFaults();
    });

    it('an unreadable answer (malformedRate): "checking your policy", asked again by itself, one policy, its PDF, one event', async () => {
      await watchingIssuance([300, 300, 300, 300, 300, 300, 300, 300], async (events) => {
        const el = await o.mount();
        await toIssue(el);
        const before = (await policies()).length;
        await issueIntoUnknown(el, { malformedRate: 1 });
        expectCheckingState(el);
        // The insurer reads again: the element's next question learns the policy.
        await clearFaults();
        await waitForStep(el, en['step.documents']);
        expect((await policies()).length - before, 'policies at the insurer').to.equal(1);
        expect(events).to.have.length(1);
        expect(el.shadowRoot!.textContent).to.contain(`${events[0]!.detail.series} ${events[0]!.detail.number}`);
        await policyPdfWorks(el);
        // Nothing keeps asking once it is known.
        await new Promise((r) => setTimeout(r, 1000));
        expect(events).to.have.length(1);
      });
    });

    it('a dropped connection (dropRate): Back and the other offers stay out of reach until "Check again" learns the first offer’s policy', async () => {
      // No automatic re-ask: the state stays unknown while the customer tries to get around it.
      await watchingIssuance([], async (events) => {
        const el = await o.mount();
        const chosen = await toIssue(el, 0);
        const before = (await policies()).length;
        await issueIntoUnknown(el, { dropRate: 1 });
        expectCheckingState(el);
        expect(checking(el)).to.contain(en['check.later'].replace('{button}', en['check.again']));

        // Back does nothing: the offers (and the other terms) cannot be reached, nor anything issued.
        await click(el, en.back);
        await click(el, en.back);
        expectCheckingState(el);

        await checkAgainLearns(el, events, before, chosen, o.terms[0]!);
        expect(events[0]!.detail.policyId).to.match(/^pol_[A-Za-z0-9_-]{32}$/);
        await policyPdfWorks(el);
      });
    });

    it('a reload while the outcome is unknown resolves it first, with the same key: one policy, one event', async () => {
      await watchingIssuance([], async (events) => {
        const el = await o.mount({ id: 'unknown-reload' });
        const index = o.terms.length - 1;
        const offerId = await toIssue(el, index);
        const before = (await policies()).length;
        await issueIntoUnknown(el, { malformedRate: 1 });
        // Kept for the reload: the attempt (its key and the opaque offer id), nothing about the customer.
        expect(stored()).to.contain(offerId);
        for (const secret of [...holder.secrets, 'Eroilor']) expect(stored()).not.to.contain(secret);

        const again = await reload(el);
        // Before anything else: the unknown outcome, not the form; asked at once (still garbled here).
        expectCheckingState(again);
        await waitUntil(() => button(again, en['check.again']).getAttribute('aria-disabled') === 'false', 'the first question after the reload did not end');
        expect(checking(again)).to.contain(en['check.later'].replace('{button}', en['check.again']));
        await checkAgainLearns(again, events, before, offerId, o.terms[index]!);
        await policyPdfWorks(again);
        // Known now: the attempt and its capability leave storage.
        expect(stored()).not.to.contain(offerId);
        expect(stored()).not.to.contain('pol_');

        // And another reload does not announce the policy twice.
        const third = await reload(again);
        expect(heading(third)).to.equal(en['step.documents']);
        expect(third.shadowRoot!.textContent).to.contain(en['docs.gone']);
        expect(events).to.have.length(1);
      });
    });
  });

  // ——— on a host page ———
  describe(`<${tag}> on a host page`, () => {
    it('events bubble out of another component’s shadow root, typed, with no personal data', async () => {
      const endpoint = await proxyUrl();
      sessionStorage.clear();
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const el = create({ endpoint, locale: 'en', ...o.prefill });
      shadow.append(el);
      await settle(el);
      await toPolicyholderFilled(el);
      const loaded = oneEvent(document, 'lih-offers-loaded') as Promise<LihOffersLoadedEvent>;
      await click(el, en.getOffers);
      const e = await loaded;
      expect(e.bubbles && e.composed).to.equal(true);
      expect(e.detail.product).to.equal(o.product);
      await waitForStep(el, en['step.offers']);
      const selected = oneEvent(document, 'lih-offer-selected') as Promise<LihOfferSelectedEvent>;
      (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
      const s = await selected;
      expect(s.detail.offerId).to.equal(e.detail.offers[0]!.offerId);
      expect(s.detail.premiumAmount).to.be.above(0);
      const everything = JSON.stringify([e.detail, s.detail]);
      for (const personal of [...holder.secrets, 'Eroilor', 'Cluj']) expect(everything).not.to.contain(personal);
    });

    it('takes the brand through --lih-* tokens and ::part, and the page’s own styles neither leak in nor out', async () => {
      const style = document.createElement('style');
      style.textContent = `
        button { background: rgb(255, 0, 0) !important; }
        .field { display: none !important; }
        ${tag}.brand { --lih-color-primary: rgb(0, 100, 0); --lih-font-family: Georgia, serif; }
        ${tag}.brand::part(panel) { border-color: rgb(0, 0, 255); }`;
      document.head.append(style);
      try {
        const el = await o.mount();
        el.classList.add('brand');
        await settle(el);
        const primary = button(el, en.next);
        // As painted: the element may derive the colour (oklch) to keep contrast; this green already has it.
        expect(painted(getComputedStyle(primary).backgroundColor)).to.equal('0,100,0');
        expect(getComputedStyle(el.shadowRoot!.querySelector('section')!).borderTopColor).to.equal('rgb(0, 0, 255)');
        expect(getComputedStyle(el).fontFamily).to.contain('Georgia');
        expect(getComputedStyle(el.shadowRoot!.querySelector('.field')!).display).not.to.equal('none');
        // …and nothing of ours restyles the page.
        const outside = await fixture<HTMLElement>(html`<div class="field"><button>page</button></div>`);
        expect(getComputedStyle(outside).display).to.equal('none');
      } finally {
        style.remove();
      }
    });

    it('fits 320 px without sideways scrolling, and 1280 px', async () => {
      for (const width of [320, 1280]) {
        await setViewport({ width, height: 800 });
        const el = await o.mount();
        const fits = (what: string) => {
          expect(el.scrollWidth, `${width}px ${what}`).to.be.at.most(el.clientWidth + 1);
          expect(el.getBoundingClientRect().right, `${width}px ${what}`).to.be.at.most(width);
        };
        fits('first step');
        await o.fillDetails(el);
        await click(el, en.next);
        expect(heading(el)).to.equal(en['step.policyholder']);
        fits('policyholder step');
      }
      await setViewport({ width: 800, height: 600 });
    });

    it('works when defined after it is in the page, and keeps its state when moved (SPA re-render)', async () => {
      const endpoint = await proxyUrl();
      sessionStorage.clear();
      // A tag the browser does not know yet upgrades when defined; ours is defined already, so use a fresh name.
      const late = `late-${tag}`;
      const wrap = await fixture<HTMLElement>(html`<div></div>`);
      wrap.innerHTML = `<${late} endpoint="${endpoint}" locale="en"></${late}>`;
      const Ctor = customElements.get(tag)!;
      customElements.define(late, class extends Ctor {});
      const el = wrap.querySelector(late) as LihQuoteElement;
      await settle(el);
      expect(heading(el)).to.equal(first('en'));
      await type(el, o.kept.path, o.kept.value);
      const other = await fixture<HTMLElement>(html`<section></section>`);
      other.append(el);
      await settle(el);
      expect(valueOf(el, o.kept.path)).to.equal(o.kept.value);
    });

    it('speaks the page’s language, follows a change of <html lang>, and takes the host’s own words', async () => {
      const endpoint = await proxyUrl();
      sessionStorage.clear();
      const before = document.documentElement.lang;
      document.documentElement.lang = 'ro';
      try {
        const wrap = await fixture<HTMLElement>(html`<div></div>`);
        const el = create({ endpoint });
        wrap.append(el);
        await settle(el);
        expect(heading(el)).to.equal(first('ro'));
        expect(button(el, ro.next)).to.exist;
        document.documentElement.lang = 'en';
        await settle(el);
        expect(heading(el)).to.equal(first('en'));
        el.strings = { next: 'Next step' };
        await settle(el);
        expect(button(el, 'Next step')).to.exist;
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('speaks the language of the container it sits in (an ancestor’s lang, across a shadow root), and follows it', async () => {
      const endpoint = await proxyUrl();
      sessionStorage.clear();
      const host = await fixture<HTMLElement>(html`<div lang="ro"></div>`);
      const el = create({ endpoint });
      host.attachShadow({ mode: 'open' }).append(el);
      await settle(el);
      expect(heading(el)).to.equal(first('ro'));
      host.lang = 'en';
      await settle(el);
      expect(heading(el)).to.equal(first('en'));
    });

    it('its first step is drawn from the entry, with no code of its own to wait for (what the first-load budget counts)', async () => {
      const el = await o.mount({ prefill: false });
      expect((el as unknown as { flow: { load?: unknown }[] }).flow[0]!.load).to.equal(undefined);
    });

    it('its first step (with its failure banner) needs only the words fetched before the first render', async () => {
      for (const [locale, later, next] of [
        ['en', enLater, en.next],
        ['ro', roLater, ro.next],
      ] as const) {
        const el = await o.mount({ locale, prefill: false });
        await click(el, next);
        expect(banner(el)).to.be.a('string').and.not.empty;
        const text = el.shadowRoot!.textContent!;
        // A later-step word here would show as its key until the later words arrive.
        for (const [key, w] of Object.entries(later)) {
          expect(text, `${locale} ${key}`).not.to.contain(key);
          if (w.length > 12) expect(text, `${locale} ${key}`).not.to.contain(w);
        }
      }
    });

    it('a change to a prefill attribute (a SPA switching product) updates the field', async () => {
      const el = await o.mount();
      el.setAttribute(o.prefillAttribute.name, o.prefillAttribute.value);
      await settle(el);
      expect(valueOf(el, o.prefillAttribute.path)).to.equal(o.prefillAttribute.value);
    });

    it('a customer the host already knows fills the policyholder step, and stays out of web storage', async () => {
      const el = await o.mount({ id: 'known' });
      el.customer = holder.customer;
      await settle(el);
      await o.fillDetails(el);
      await click(el, en.next);
      expect(valueOf(el, holder.named.path)).to.equal(holder.named.value);
      expect(valueOf(el, 'policyholder.taxId')).to.equal(holder.taxId);
      expect(valueOf(el, 'policyholder.address.street')).to.equal('Eroilor');
      // The customer may still change it; the host never undoes their edit.
      await type(el, holder.edit, 'Ion');
      el.customer = { ...el.customer, email: 'other@example.ro' };
      await settle(el);
      expect(valueOf(el, holder.edit)).to.equal('Ion');
      expect(valueOf(el, 'policyholder.email')).to.equal('other@example.ro');
      for (const secret of [holder.named.value, holder.taxId, 'Eroilor', 'other@example.ro']) expect(stored()).not.to.contain(secret);
    });
  });

  describe(`<${tag}> issuance modes`, () => {
    it('server mode: the customer picks, the host is told, and the element never issues', async () => {
      const el = await o.mount({ site: { id: 'server-shop', issuance: 'server', secretEnv: 'LIH_TEST_SITE_SECRET' } });
      await toOffers(el);
      const selected = oneEvent(el, 'lih-offer-selected') as Promise<LihOfferSelectedEvent>;
      (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
      // An opaque capability, passed on as it is.
      expect((await selected).detail.offerId).to.match(/^ofr_[A-Za-z0-9_-]{32}$/);
      await click(el, en.next);
      expect(el.shadowRoot!.textContent).to.contain(en['issue.server']);
      expect(() => button(el, en['issue.button'])).to.throw();
    });

    it('with server issuance, nothing personal stays in the draft once the offer is chosen', async () => {
      const el = await o.mount({ site: { id: 'server-shop', issuance: 'server', secretEnv: 'LIH_TEST_SITE_SECRET' } });
      await toOffers(el);
      (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
      await click(el, en.next);
      const everything = stored();
      for (const personal of holder.secrets) expect(everything).not.to.contain(personal);
    });

    it('a site that needs the payment document number asks for it and sends it', async () => {
      const site = { id: 'receipt-shop', payment: { method: 'receipt', documentNumberRequired: true } };
      const el = await o.mount({ site });
      await toOffers(el);
      (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
      await click(el, en.next);
      await click(el, en['issue.button']);
      expect(errorOf(el, 'payment.documentNumber')).to.equal(validationMessage('required').en);
      await type(el, 'payment.documentNumber', 'CH-2026-0042');
      const issued = oneEvent(el, 'lih-policy-issued') as Promise<LihPolicyIssuedEvent>;
      await click(el, en['issue.button']);
      const { series, number } = (await issued).detail;
      await waitForStep(el, en['step.documents']);
      expect(banner(el)).to.equal(undefined);
      const payments = await sandbox<{ series: string; number: string; documentNumber: string; method: string }[]>('payments', { site });
      expect(payments.find((p) => p.series === series && p.number === number)).to.include({ documentNumber: 'CH-2026-0042', method: 'receipt' });
    });
  });

  describe(`<${tag}> with the keyboard only`, () => {
    it('goes from the first field to an issued policy with Tab, typing, Space, arrows and Enter', async () => {
      const el = await o.mount();
      const press = (key: string) => sendKeys({ press: key });
      const typeKeys = (text: string) => sendKeys({ type: text });
      const focused = () => el.shadowRoot!.activeElement;
      const tabTo = async (match: (e: Element) => boolean, max = 40) => {
        for (let i = 0; i < max && !(focused() && match(focused()!)); i++) await press('Tab');
        expect(focused() && match(focused()!), 'focus did not reach the control').to.equal(true);
      };
      await o.keyboardDetails(el, tabTo);
      await waitForStep(el, en['step.policyholder']);
      // Heading got focus; Tab moves into the form.
      (control(el, holder.first) as HTMLInputElement).focus();
      await holder.keyboard(typeKeys, press);
      await press('Tab'); // the county's searchable list
      await typeKeys('Cluj');
      await waitUntil(() => options(el, 'policyholder.address.county').length > 0, 'counties did not load');
      await press('ArrowDown');
      await press('Enter');
      await settle(el);
      await press('Tab'); // locality
      await waitUntil(() => !(control(el, 'policyholder.address.cityCode') as HTMLInputElement).disabled, 'locality stayed disabled');
      await typeKeys('Cluj-Napoca');
      await waitUntil(() => options(el, 'policyholder.address.cityCode').length > 0, 'localities did not load');
      await press('Enter');
      await press('Tab');
      await typeKeys('Eroilor');
      await press('Tab');
      await typeKeys('10');
      await press('Enter');
      await waitForStep(el, en['step.offers']);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.offer input').length === o.terms.length);
      (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).focus();
      await press('ArrowDown'); // radio group: the next offer
      await press('Enter');
      await waitForStep(el, en['step.issue']);
      await tabTo((e) => e.textContent!.trim() === en['issue.button']);
      const issued = oneEvent(el, 'lih-policy-issued') as Promise<LihPolicyIssuedEvent>;
      await press('Enter');
      expect((await issued).detail.termTime, 'the arrow key picked the second offer').to.equal(o.terms[1]);
      await waitForStep(el, en['step.documents']);
    });
  });

  describe(`<${tag}> person or company`, () => {
    // Only where the customer chooses the kind (a product for companies only has no choice).
    if (!o.holder) it('switching to a company and back keeps each kind’s own tax id and never sends the CNP as a CUI', async () => {
      const el = await o.mount();
      await o.fillDetails(el);
      await click(el, en.next);
      await type(el, 'policyholder.taxId', PERSON.cnp);
      await chooseKind(el, en['ph.company']);
      expect(valueOf(el, 'policyholder.taxId')).to.equal('');
      await type(el, 'policyholder.taxId', 'RO18547290');
      await chooseKind(el, en['ph.individual']);
      expect(valueOf(el, 'policyholder.taxId')).to.equal(PERSON.cnp);
      await chooseKind(el, en['ph.company']);
      expect(valueOf(el, 'policyholder.taxId')).to.equal('RO18547290');
    });

    if (!o.holder) it('a company whose name is left blank is told to fill in the name, not asked for a CNP', async () => {
      const el = await o.mount();
      await o.fillDetails(el);
      await click(el, en.next);
      await chooseKind(el, en['ph.company']);
      await type(el, 'policyholder.taxId', 'RO18547290');
      await type(el, 'policyholder.companyRegistryNumber', 'J12/1403/2004');
      await type(el, 'policyholder.email', PERSON.email);
      await type(el, 'policyholder.mobileNumber', PERSON.phone);
      await fillAddress(el);
      await click(el, en.getOffers);
      expect(errorOf(el, 'policyholder.businessName')).to.equal(validationMessage('required').en);
      expect(errorOf(el, 'policyholder.taxId')).to.equal(undefined);
      expect(banner(el)).to.equal(en['err.field']);
      expect(el.shadowRoot!.activeElement).to.equal(control(el, 'policyholder.businessName'));
    });

    it('an address left empty marks each of its required fields', async () => {
      const el = await o.mount();
      await o.fillDetails(el);
      await click(el, en.next);
      await click(el, en.getOffers);
      for (const f of ['county', 'cityCode', 'street', 'houseNumber']) {
        expect(errorOf(el, `policyholder.address.${f}`), f).to.equal(validationMessage('required').en);
      }
    });

    if (!o.holder) it('a CNP with a wrong check digit is named on leaving the field, before the rest is filled', async () => {
      const el = await o.mount({ locale: 'ro' });
      await o.fillDetails(el);
      await click(el, ro.next);
      await type(el, 'policyholder.taxId', '1630615123458');
      expect(errorOf(el, 'policyholder.taxId')).to.equal(validationMessage('cnp.checksum').ro);
      // Fields not reached yet stay quiet.
      expect(errorOf(el, 'policyholder.email')).to.equal(undefined);
    });
  });

  describe(`<${tag}> misconfigured by its host`, () => {
    it('without an endpoint it says the insurance is not available here, instead of a form that cannot work', async () => {
      sessionStorage.clear();
      const wrap = await fixture<HTMLElement>(html`<div></div>`);
      const el = create({ locale: 'en' });
      wrap.append(el);
      await settle(el);
      expect(banner(el)).to.equal(en['err.config']);
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    });

    it('on a site that does not sell its product it says so too', async () => {
      const other = o.product === 'electronics' ? 'tire' : 'electronics';
      const el = await o.mount({ site: o.unsold ?? { id: `${other}-only`, products: [other] } });
      await waitUntil(() => banner(el) === en['err.config'], 'no banner for a product the site does not sell');
    });
  });

  describe(`<${tag}> language`, () => {
    it('a locale the element does not speak (en-GB, RO) is read as the nearest one it does', async () => {
      const el = await o.mount();
      el.locale = 'en-GB' as 'en';
      await settle(el);
      expect(heading(el)).to.equal(first('en'));
      el.locale = 'RO' as 'ro';
      await settle(el);
      expect(heading(el)).to.equal(first('ro'));
    });

    it('the banner follows a change of language', async () => {
      const el = await o.mount({ locale: 'ro', prefill: false });
      await click(el, ro.next);
      expect(banner(el)).to.contain(ro['err.fields'].split('{n}')[0]!.trim());
      el.locale = 'en';
      await settle(el);
      expect(banner(el)).to.contain(en['err.fields'].split('{n}')[0]!.trim());
    });
  });
}

/**
 * The insurer answers POST /policy only after the proxy has stopped waiting (its upstream
 * timeoutMs, 15 s in config/proxy.config.json): the proxy says 504 `issuance.unknown`, the element
 * checks, and the customer ends with one policy. Apart: it takes the proxy's real timeout, past 15 s.
 */
export function runSlowInsurerSuite(o: QuoteElementSuite): void {
  const PROXY_TIMEOUT_MS = 15_000;
  const issueRoute = o.issueRoute ?? 'POST /policy';
  describe(`<${o.tag}> with an insurer slower than the proxy waits`, () => {
    afterEach(async () => {
      await clearFaults();
    });

    it('latency past the proxy’s timeout: "checking your policy" (Back disabled), then one policy, its PDF, one event', async function (this: { timeout(ms: number): void }) {
      this.timeout(60_000);
      const undo = recheckEvery(o.tag, [300, 600, 1200, 2400, 4800]);
      const events: LihPolicyIssuedEvent[] = [];
      const on = (e: LihPolicyIssuedEvent) => events.push(e);
      document.addEventListener('lih-policy-issued', on);
      try {
        const el = await o.mount();
        await toIssueWith(el, o.fillDetails, 0, o.terms.length, o.holder?.fill);
        const before = (await policies()).length;
        await sandbox('faults', { faults: { latencyMs: PROXY_TIMEOUT_MS + 3000, routes: [issueRoute] } });
        const told = new Promise<LihErrorEvent>((resolve) => el.addEventListener('lih-error', resolve, { once: true }));
        await click(el, en['issue.button']);
        // While the proxy waits, the button says so and there is no way back.
        expect(button(el, en['issue.pending']).getAttribute('aria-disabled')).to.equal('true');
        expect(button(el, en.back).getAttribute('aria-disabled')).to.equal('true');
        await click(el, en.back);
        expect(heading(el)).to.equal(en['step.issue']);

        await waitUntil(() => checking(el), 'the element did not say it is checking', { timeout: PROXY_TIMEOUT_MS + 5000 });
        expect((await told).detail).to.include({ status: 504, key: 'issuance.unknown' });
        expect(heading(el)).to.equal(en['check.title']);
        expect(checking(el)).to.contain(en['check.body']);
        expect(button(el, en.back).getAttribute('aria-disabled')).to.equal('true');

        // The insurer is quick again: the element's next question learns the outcome.
        await clearFaults();
        await waitForStep(el, en['step.documents']);
        // The first call, still held by the latency, lands after: the insurer keeps one policy for the offer.
        await new Promise((r) => setTimeout(r, 4000));
        expect((await policies()).length - before, 'policies at the insurer').to.equal(1);
        expect(events).to.have.length(1);

        const downloads = captureDownloads();
        try {
          await click(el, en['docs.policy']);
          await waitUntil(() => downloads.blobs.length === 1, 'the policy PDF did not download', { timeout: 8000 });
          expect(new TextDecoder().decode(new Uint8Array(await downloads.blobs[0]!.slice(0, 5).arrayBuffer()))).to.equal('%PDF-');
        } finally {
          downloads.restore();
        }
        expect(banner(el)).to.equal(undefined);
      } finally {
        document.removeEventListener('lih-policy-issued', on);
        undo();
      }
    });
  });
}

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

/** Every `lih-policy-issued` the page hears (a detached element's would not reach it). */
function issuedEvents(): { events: LihPolicyIssuedEvent[]; stop(): void } {
  const events: LihPolicyIssuedEvent[] = [];
  const on = (e: LihPolicyIssuedEvent) => events.push(e);
  document.addEventListener('lih-policy-issued', on);
  return { events, stop: () => document.removeEventListener('lih-policy-issued', on) };
}
