/**
 * What every Store must do, whatever holds the data: run by store.test.ts for
 * SqliteStore and by postgres-store.test.ts for PostgresStore, so the two
 * cannot drift apart. The rules that make issuance idempotent, "an offer has
 * at most one live attempt" and "one policy per offer" (an offer being its
 * upstream and the insurer's id there), all-or-nothing writes,
 * and the same answers when two handles on one database (two processes) race.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { OfferRecord, PolicyRecord, Store } from '../../src/proxy/store/store.js';

export interface StoreFactory {
  /** A store over a new, empty database. */
  fresh(): Promise<Store>;
  /** A second store over the same database as `store`, as another process would open it. */
  another(store: Store): Promise<Store>;
}

export const ref = (n: number, kind: 'ofr' | 'pol' = 'ofr') => `${kind}_${String(n).padStart(32, 'x')}`;

export const offer = (upstreamOfferId: number, site = 'demo', quoteId = 'q1'): OfferRecord => ({
  upstream: 'assets',
  upstreamOfferId,
  publicId: ref(upstreamOfferId),
  quoteId,
  site,
  product: 'tire',
  insurer: 'michelin',
  premiumAmount: 144,
  currency: 'RON',
  expiresOn: '2099-12-31',
  termTime: 12,
  createdAt: new Date().toISOString(),
});

export const policy = (upstreamOfferId: number, upstreamPolicyId: number): PolicyRecord => ({
  upstream: 'assets',
  policyId: ref(upstreamPolicyId, 'pol'),
  offerId: ref(upstreamOfferId),
  upstreamOfferId,
  upstreamPolicyId,
  site: 'demo',
  product: 'tire',
  series: 'SBX-MTR',
  number: String(100000 + upstreamPolicyId),
  premiumAmount: 144,
  currency: 'RON',
  createdAt: new Date().toISOString(),
});

const publicOf = (p: PolicyRecord) => ({
  policyId: p.policyId,
  offerId: p.offerId,
  product: p.product,
  series: p.series,
  number: p.number,
  premiumAmount: p.premiumAmount,
  currency: p.currency,
});

export const begin = (s: Store, key: string, upstreamOfferId: number, opts: { site?: string; hash?: string; quoteId?: string; upstream?: string } = {}) =>
  s.beginAttempt({
    site: opts.site ?? 'demo',
    key,
    requestHash: opts.hash ?? 'h',
    upstream: opts.upstream ?? 'assets',
    upstreamOfferId,
    quoteId: opts.quoteId ?? 'q1',
  });

/** A Casco offer and its policy under the same insurer ids as `offer(n)` and `policy(n, m)`: the two APIs number apart. */
export const cascoOffer = (upstreamOfferId: number, quoteId = 'q-casco'): OfferRecord => ({
  ...offer(upstreamOfferId, 'demo', quoteId),
  upstream: 'casco',
  publicId: ref(1000 + upstreamOfferId),
  product: 'casco',
  insurer: 'groupama',
  currency: 'EUR',
  payment: { amount: 1234.56, currency: 'RON' },
});
export const cascoPolicy = (upstreamOfferId: number, upstreamPolicyId: number): PolicyRecord => ({
  ...policy(upstreamOfferId, upstreamPolicyId),
  upstream: 'casco',
  policyId: ref(1000 + upstreamPolicyId, 'pol'),
  offerId: ref(1000 + upstreamOfferId),
  product: 'casco',
  series: 'SBX-GRC',
  currency: 'EUR',
});

const kinds = (results: { kind: string }[]) => results.reduce<Record<string, number>>((n, r) => ({ ...n, [r.kind]: (n[r.kind] ?? 0) + 1 }), {});

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`${name}: the Store contract`, () => {
    const opened: Store[] = [];
    const fresh = async () => {
      const s = await factory.fresh();
      opened.push(s);
      return s;
    };
    const another = async (s: Store) => {
      const t = await factory.another(s);
      opened.push(t);
      return t;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it('keeps offers as saved, optional fields included or left out, and finds them again from another handle', async () => {
      const s = await fresh();
      const full: OfferRecord = { ...offer(1), premiumAmount: 144.37, startDate: '2026-12-01', endDate: '2027-11-30', package: 'standard', quoteId: 'q-full' };
      const bare: OfferRecord = { ...offer(2), quoteId: 'q-bare' };
      delete bare.termTime;
      await s.saveOffers([full, bare]);
      assert.deepEqual(await s.offerByRef(full.publicId), full);
      assert.deepEqual(await s.offerByRef(bare.publicId), bare);
      // The insurer's ids run to 14 digits (the sandbox starts at ten per millisecond of the clock).
      const big = { ...offer(17_000_000_000_123), quoteId: 'q-big' };
      await s.saveOffers([big]);
      const t = await another(s);
      assert.deepEqual(await t.offerByUpstreamId('assets', 17_000_000_000_123), big);
      assert.deepEqual(await t.offerByUpstreamId('assets', 1), full);
      assert.equal(await t.quoteSite('q-full'), 'demo');
      assert.equal(await t.quoteSite('q-unknown'), undefined);
      assert.equal(await t.offerByRef(ref(99)), undefined);
      assert.equal(await t.offerByUpstreamId('other-upstream', 1), undefined);
      // A casco offer: its own upstream and the payment its insurer names (the first instalment, in RON).
      const casco: OfferRecord = { ...offer(3), upstream: 'casco', product: 'casco', insurer: 'groupama', currency: 'EUR', quoteId: 'q-casco', payment: { amount: 1234.56, currency: 'RON' } };
      await s.saveOffers([casco]);
      assert.deepEqual(await t.offerByUpstreamId('casco', 3), casco);
      assert.equal(await t.offerByUpstreamId('assets', 3), undefined);
    });

    it('an insurer id recorded once is never recorded again: not for another site, not under a second capability', async () => {
      const s = await fresh();
      await s.saveOffers([offer(7)]);
      await assert.rejects(s.saveOffers([{ ...offer(7, 'other-shop'), publicId: ref(70) }]), /already recorded/);
      await assert.rejects(s.saveOffers([{ ...offer(7), publicId: ref(71) }]), /already recorded/);
      assert.equal((await s.offerByUpstreamId('assets', 7))?.site, 'demo');
      assert.equal(await s.offerByRef(ref(70)), undefined);
    });

    it('saves one answer\'s offers all or nothing', async () => {
      const s = await fresh();
      await s.saveOffers([offer(7)]);
      await assert.rejects(s.saveOffers([{ ...offer(8), quoteId: 'q2' }, { ...offer(7), publicId: ref(72), quoteId: 'q2' }]), /already recorded/);
      assert.equal(await s.offerByUpstreamId('assets', 8), undefined, 'the new offer of the refused answer is not kept either');
      assert.equal(await s.quoteSite('q2'), undefined);
    });

    it('starts an attempt once per key; a second begin sees the first', async () => {
      const s = await fresh();
      await s.saveOffers([offer(1)]);
      assert.deepEqual(await begin(s, 'k', 1), { kind: 'started' });
      const second = await begin(s, 'k', 1, { hash: 'other' });
      assert.equal(second.kind, 'existing');
      assert.equal(second.kind === 'existing' && second.attempt.requestHash, 'h');
      // The same key on another site is another attempt — but the offer is taken.
      const other = await begin(s, 'k', 1, { site: 'shop' });
      assert.equal(other.kind, 'offerTaken');
      const attempt = await s.getAttempt('demo', 'k');
      assert.equal(attempt?.state, 'pending');
      assert.equal(attempt?.quoteId, 'q1');
      assert.equal(attempt?.upstream, 'assets');
      assert.equal(attempt?.upstreamOfferId, 1);
      assert.equal(attempt?.outcome, undefined);
      assert.deepEqual(await s.liveAttemptForOffer('assets', 1), attempt);
      assert.equal(await s.liveAttemptForOffer('casco', 1), undefined);
      assert.equal(await s.getAttempt('shop', 'k'), undefined);
    });

    it('keeps an offer taken once issued, and frees it after a refusal or an abandoned attempt', async () => {
      const s = await fresh();
      await begin(s, 'a', 7);
      const refusal = { state: 'failed' as const, status: 422, errors: [{ path: 'offerId', key: 'offer.x', message: { en: 'no', ro: 'nu' } }] };
      await s.finishAttempt('demo', 'a', refusal);
      assert.deepEqual((await s.getAttempt('demo', 'a'))?.outcome, refusal);
      assert.equal(await s.liveAttemptForOffer('assets', 7), undefined);
      assert.equal((await begin(s, 'b', 7)).kind, 'started');
      await s.abandonAttempt('demo', 'b');
      assert.equal(await s.getAttempt('demo', 'b'), undefined);
      assert.equal((await begin(s, 'c', 7)).kind, 'started');
      const p = policy(7, 3);
      await s.finishAttempt('demo', 'c', { state: 'succeeded', policy: publicOf(p) }, p);
      assert.equal((await s.policyForOffer('assets', 7))!.policyId, p.policyId);
      assert.deepEqual(await s.policyByRef(p.policyId), p);
      assert.deepEqual((await s.getAttempt('demo', 'c'))?.outcome, { state: 'succeeded', policy: publicOf(p) });
      assert.equal((await begin(s, 'd', 7)).kind, 'offerTaken');
      // Abandoning is for a pending attempt only: a finished one stays.
      await s.abandonAttempt('demo', 'c');
      assert.equal((await s.getAttempt('demo', 'c'))?.state, 'succeeded');
    });

    it('an Assets and a Casco offer with the same insurer id are two offers: each is issued once, under its own attempt', async () => {
      const s = await fresh();
      await s.saveOffers([offer(5, 'demo', 'q-assets')]);
      await s.saveOffers([cascoOffer(5)]);
      assert.deepEqual(await begin(s, 'a', 5, { quoteId: 'q-assets' }), { kind: 'started' });
      // Keyed by the insurer's id alone, this one was refused as "offer taken".
      assert.deepEqual(await begin(s, 'c', 5, { upstream: 'casco', quoteId: 'q-casco' }), { kind: 'started' });
      const t = await another(s);
      assert.equal((await t.liveAttemptForOffer('assets', 5))?.key, 'a');
      assert.equal((await t.liveAttemptForOffer('casco', 5))?.key, 'c');
      assert.equal((await t.getAttempt('demo', 'c'))?.upstream, 'casco');
      // Each offer still has one live attempt: a second key is refused, and shown its own upstream's attempt.
      const pending = await begin(t, 'c2', 5, { upstream: 'casco', quoteId: 'q-casco' });
      assert.equal(pending.kind, 'offerTaken');
      assert.equal(pending.kind === 'offerTaken' && pending.attempt.key, 'c');

      const assetsPolicy = policy(5, 1);
      const casco = cascoPolicy(5, 2);
      await s.finishAttempt('demo', 'a', { state: 'succeeded', policy: publicOf(assetsPolicy) }, assetsPolicy);
      await t.finishAttempt('demo', 'c', { state: 'succeeded', policy: publicOf(casco) }, casco);
      assert.deepEqual(await t.policyForOffer('assets', 5), assetsPolicy);
      assert.deepEqual(await s.policyForOffer('casco', 5), casco);
      assert.deepEqual((await s.getAttempt('demo', 'c'))?.outcome, { state: 'succeeded', policy: publicOf(casco) });
      for (const [upstream, quoteId, owner] of [['assets', 'q-assets', 'a'], ['casco', 'q-casco', 'c']] as const) {
        const again = await begin(t, `${upstream}-again`, 5, { upstream, quoteId });
        assert.equal(again.kind, 'offerTaken', upstream);
        assert.equal(again.kind === 'offerTaken' && again.attempt.key, owner);
        assert.equal((await s.liveAttemptForOffer(upstream, 5))?.state, 'succeeded');
      }
    });

    it('records a policy known by series and number only, with its dates', async () => {
      const s = await fresh();
      await begin(s, 'a', 5);
      const p: PolicyRecord = { ...policy(5, 9), startDate: '2026-12-01', endDate: '2027-11-30' };
      delete p.upstreamPolicyId;
      await s.finishAttempt('demo', 'a', { state: 'succeeded', policy: publicOf(p) }, p);
      assert.deepEqual(await s.policyForOffer('assets', 5), p);
    });

    it('refuses a second policy for one offer, or one series/number twice, and then leaves the attempt as it was', async () => {
      const s = await fresh();
      await begin(s, 'a', 9);
      const first = policy(9, 1);
      await s.finishAttempt('demo', 'a', { state: 'succeeded', policy: publicOf(first) }, first);
      await begin(s, 'b', 10, { quoteId: 'q2' });
      // The same offer again (another public id), then another offer under the first one's series and number.
      const sameOffer = { ...policy(9, 2), offerId: ref(10) };
      await assert.rejects(s.finishAttempt('demo', 'b', { state: 'succeeded', policy: publicOf(sameOffer) }, sameOffer));
      const sameNumber = { ...policy(10, 3), number: first.number };
      await assert.rejects(s.finishAttempt('demo', 'b', { state: 'succeeded', policy: publicOf(sameNumber) }, sameNumber));
      // One transaction: the refused policy took the outcome with it.
      assert.equal((await s.getAttempt('demo', 'b'))?.state, 'pending');
      assert.equal(await s.policyForOffer('assets', 10), undefined);
    });

    it('an unknown outcome keeps the offer and its quote taken until it is resolved; one request at a time resolves it', async () => {
      const s = await fresh();
      await begin(s, 'a', 1, { quoteId: 'q' });
      await s.markUnknown('demo', 'a');
      assert.equal((await s.getAttempt('demo', 'a'))?.state, 'unknown');
      // Neither this offer under another key, nor a sibling offer of the same quote, nor the same key anew.
      assert.equal((await begin(s, 'b', 1, { quoteId: 'q' })).kind, 'offerTaken');
      assert.equal((await begin(s, 'c', 2, { quoteId: 'q' })).kind, 'quoteBusy');
      assert.equal((await begin(s, 'c', 3, { quoteId: 'other-quote' })).kind, 'started');
      assert.equal(await s.claimUnknown('demo', 'a'), true);
      assert.equal(await s.claimUnknown('demo', 'a'), false, 'a second request does not resolve it at the same time');
      assert.equal((await begin(s, 'd', 2, { quoteId: 'q' })).kind, 'quoteBusy', 'still busy while it is being resolved');
      await s.finishAttempt('demo', 'a', { state: 'failed', status: 410, errors: [] });
      assert.equal((await begin(s, 'd', 2, { quoteId: 'q' })).kind, 'started');
      // markUnknown only moves a pending attempt: a finished one keeps its outcome.
      await s.markUnknown('demo', 'a');
      assert.equal((await s.getAttempt('demo', 'a'))?.state, 'failed');
    });

    it('marks unknown the pending attempts left by a process that stopped: never forgotten, since the insurer may have issued', async () => {
      const s = await fresh();
      await begin(s, 'a', 1);
      await begin(s, 'b', 2, { quoteId: 'q2' });
      await s.finishAttempt('demo', 'b', { state: 'failed', status: 422, errors: [] });
      assert.equal(await s.releaseStaleAttempts(new Date(Date.now() - 60_000).toISOString()), 0);
      assert.equal(await s.releaseStaleAttempts(new Date(Date.now() + 1000).toISOString()), 1, 'only the pending one');
      assert.equal((await s.getAttempt('demo', 'a'))?.state, 'unknown');
      assert.equal((await s.getAttempt('demo', 'b'))?.state, 'failed');
      assert.equal((await begin(s, 'c', 1)).kind, 'offerTaken');
    });

    it('two handles racing on one database: one attempt per key, per offer and per quote, one claim of an unknown outcome', async () => {
      const s = await fresh();
      const t = await another(s);
      const handles = [s, t];
      const race = <T>(n: number, fn: (h: Store, i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => fn(handles[i % 2]!, i)));

      // One key, sent twelve times.
      assert.deepEqual(kinds(await race(12, (h) => begin(h, 'same-key', 1, { quoteId: 'qa' }))), { started: 1, existing: 11 });
      // One offer, twelve keys.
      assert.deepEqual(kinds(await race(12, (h, i) => begin(h, `key-${i}`, 2, { quoteId: 'qb' }))), { started: 1, offerTaken: 11 });
      // One insurer id in two APIs (an offer and a quote each), twelve keys: one attempt per API.
      const twice = await race(12, (h, i) => (i % 2 ? begin(h, `both-${i}`, 3, { upstream: 'casco', quoteId: 'qd-casco' }) : begin(h, `both-${i}`, 3, { quoteId: 'qd' })));
      assert.deepEqual(kinds(twice), { started: 2, offerTaken: 10 });
      // Twelve offers of one quote, twelve keys.
      assert.deepEqual(kinds(await race(12, (h, i) => begin(h, `sib-${i}`, 100 + i, { quoteId: 'qc' }))), { started: 1, quoteBusy: 11 });
      // One unknown outcome, twelve requests to resolve it.
      await s.markUnknown('demo', 'same-key');
      const claims = await race(12, (h) => h.claimUnknown('demo', 'same-key'));
      assert.equal(claims.filter(Boolean).length, 1);
      // What each handle now reads is the same.
      assert.deepEqual(await t.getAttempt('demo', 'same-key'), await s.getAttempt('demo', 'same-key'));
    });
  });
}
