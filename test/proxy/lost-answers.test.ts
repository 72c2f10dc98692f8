/**
 * Issue 9, point 2: a policy the customer paid for is never lost or doubled.
 * The insurer issues but its answer is lost — slower than the proxy's timeout,
 * a garbled body, a dropped connection — and every case ends the same way:
 * exactly one policy at the insurer, one in the proxy's record, the same key
 * answered with it (201) and its PDF downloadable; meanwhile no other offer of
 * the same quote can be issued.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ISSUANCE_UNKNOWN, QUOTE_HEADER, type IssueResponse, type OffersResponse, type PublicOffer } from '../../src/contract/public-api.js';
import { tireBody } from '../support/fixtures.js';
import { assertNoLeaks, json, startHarness, type ErrorBody, type Harness } from './harness.js';

/** The proxy gives up on the insurer after this; the slow insurer takes twice as long. */
const TIMEOUT_MS = 1500;

let keySeq = 0;
const newKey = () => `lost-${process.pid}-${++keySeq}`;

describe('proxy: an issuance whose answer is lost', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ config: (c) => void (c.upstreams.assets.timeoutMs = TIMEOUT_MS) });
  });
  after(() => h.close());

  /** A tyre quote as the element asks it: 12 months, then 24 months in the same quote. */
  const quote = async (): Promise<PublicOffer[]> => {
    const first = await json<OffersResponse>(await h.post('/v1/offers', tireBody()));
    const res = await h.post('/v1/offers', { ...tireBody(), tire: { ...tireBody().tire, termTime: 24 } }, { headers: { [QUOTE_HEADER]: first.quoteId } });
    assert.equal(res.status, 200);
    const second = await json<OffersResponse>(res);
    assert.equal(second.quoteId, first.quoteId);
    return [...first.offers, ...second.offers];
  };
  const issue = (offerId: string, key: string) => h.post('/v1/policies', { offerId }, { headers: { 'Idempotency-Key': key } });
  const upstreamId = async (offerId: string) => (await h.proxy.store.offerByRef(offerId))!.upstreamOfferId;
  const policiesAtInsurer = async (offerId: string) => {
    const id = await upstreamId(offerId);
    return [...h.sandbox.state.policies.values()].filter((p) => p.offerId === id);
  };

  async function expectUnknown(res: Response, status: number): Promise<void> {
    const body = await json<ErrorBody>(res);
    assert.equal(res.status, status, JSON.stringify(body));
    assert.equal(body.errors[0]!.key, ISSUANCE_UNKNOWN);
    assert.equal(res.headers.get('Retry-After'), '2');
  }

  /** The end every fault must reach: one policy, recorded, the same for the key and for anyone asking about the offer. */
  async function expectOnePolicy(offer: PublicOffer, key: string): Promise<IssueResponse['policy']> {
    const res = await issue(offer.offerId, key);
    const body = await json<IssueResponse>(res);
    assert.equal(res.status, 201, JSON.stringify(body));
    assert.equal(body.policy.offerId, offer.offerId);
    assert.equal(body.policy.premiumAmount, offer.premiumAmount);
    const atInsurer = await policiesAtInsurer(offer.offerId);
    assert.equal(atInsurer.length, 1, 'exactly one policy at the insurer');
    assert.equal(`${atInsurer[0]!.policy.series} ${atInsurer[0]!.policy.number}`, `${body.policy.series} ${body.policy.number}`);
    // Recorded: the same key replays it without the insurer, and another key learns it is already that policy.
    const calls = h.count('POST /policy');
    const replay = await issue(offer.offerId, key);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual((await json<IssueResponse>(replay)).policy, body.policy);
    const other = await issue(offer.offerId, newKey());
    assert.equal(other.status, 409);
    assert.deepEqual((await json<ErrorBody & { data: { policy: unknown } }>(other)).data.policy, body.policy);
    assert.equal(h.count('POST /policy'), calls, 'answered from the record');
    const pdf = await h.call(`/v1/policies/${body.policy.policyId}/document`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('Content-Type'), 'application/pdf');
    assert.match(pdf.headers.get('Content-Disposition') ?? '', new RegExp(`policy-${body.policy.series}-${body.policy.number}\\.pdf`));
    return body.policy;
  }

  it('slower than the timeout: 504 "unknown", the sibling offer is refused meanwhile, and the same key then gets the one policy', async () => {
    const [twelve, twentyFour] = await quote();
    const key = newKey();
    h.sandbox.state.faults = { latencyMs: 2 * TIMEOUT_MS, routes: ['POST /policy'] };
    try {
      const calls = h.count('POST /policy');
      await expectUnknown(await issue(twelve!.offerId, key), 504);
      assert.equal(h.count('POST /policy'), calls + 1, 'a timeout is not asked again at once: the insurer is slow');

      // The customer goes back and picks the 24-month offer: not while the first is unknown.
      const sibling = await issue(twentyFour!.offerId, newKey());
      assert.equal(sibling.status, 409);
      assert.equal((await json<ErrorBody>(sibling)).errors[0]!.key, 'quote.issuing');
      assert.equal(h.count('POST /policy'), calls + 1, 'the sibling never reached the insurer');
    } finally {
      h.sandbox.state.faults = {};
    }
    // The slow call is still running at the insurer; once it has issued, its answer is the one that was lost.
    for (let i = 0; i < 200 && (await policiesAtInsurer(twelve!.offerId)).length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal((await policiesAtInsurer(twelve!.offerId)).length, 1, 'the insurer issued it');

    await expectOnePolicy(twelve!, key);
    // Known now: the 24-month offer is the customer's to choose again (a deliberate second policy), not an accident.
    const sibling = await issue(twentyFour!.offerId, newKey());
    assert.equal(sibling.status, 201);
  });

  it('a garbled answer, twice: 502 "unknown"; when the insurer answers again, the same key gets the policy it issued the first time', async () => {
    const [offer] = await quote();
    const key = newKey();
    h.sandbox.state.faults = { malformedRate: 1, routes: ['POST /policy'] };
    try {
      const calls = h.count('POST /policy');
      await expectUnknown(await issue(offer!.offerId, key), 502);
      assert.equal(h.count('POST /policy'), calls + 2, 'asked once more at once; that answer was garbled too');
      assert.equal((await policiesAtInsurer(offer!.offerId)).length, 1, 'issued by the first call');
      await expectUnknown(await issue(offer!.offerId, key), 502);
    } finally {
      h.sandbox.state.faults = {};
    }
    await expectOnePolicy(offer!, key);
  });

  it('a garbled answer once: the proxy asks again at once and the customer gets the policy in the same request', async () => {
    const [first] = await quote();
    const [second] = await quote();
    // Every second POST /policy is garbled: the first issuance passes, the second's answer is lost, its re-ask passes.
    h.sandbox.state.faults = { malformedRate: 0.5, routes: ['POST /policy'] };
    try {
      assert.equal((await issue(first!.offerId, newKey())).status, 201);
      const key = newKey();
      const calls = h.count('POST /policy');
      const lookups = h.count('GET /policy');
      const res = await issue(second!.offerId, key);
      assert.equal(res.status, 201, JSON.stringify(await res.clone().json()));
      assert.equal(h.count('POST /policy'), calls + 2);
      assert.equal(h.count('GET /policy'), lookups + 1, 'the named policy is confirmed with the documented lookup');
      h.sandbox.state.faults = {};
      await expectOnePolicy(second!, key);
    } finally {
      h.sandbox.state.faults = {};
    }
  });

  it('a dropped connection: 502 "unknown", then the same key gets the one policy', async () => {
    const [offer] = await quote();
    const key = newKey();
    h.sandbox.state.faults = { dropRate: 1, routes: ['POST /policy'] };
    try {
      await expectUnknown(await issue(offer!.offerId, key), 502);
      assert.equal((await policiesAtInsurer(offer!.offerId)).length, 1, 'the insurer issued before the connection dropped');
    } finally {
      h.sandbox.state.faults = {};
    }
    await expectOnePolicy(offer!, key);
  });

  it('an unknown outcome under a key the client lost: another key for the same offer learns the policy (409 with it)', async () => {
    const [offer] = await quote();
    h.sandbox.state.faults = { dropRate: 1, routes: ['POST /policy'] };
    try {
      await expectUnknown(await issue(offer!.offerId, newKey()), 502);
    } finally {
      h.sandbox.state.faults = {};
    }
    const res = await issue(offer!.offerId, newKey());
    const body = await json<ErrorBody & { data: { policy: IssueResponse['policy'] } }>(res);
    assert.equal(res.status, 409);
    assert.equal(body.errors[0]!.key, 'offer.issued');
    assert.equal(body.data.policy.offerId, offer!.offerId);
    assert.equal((await policiesAtInsurer(offer!.offerId)).length, 1);
    assert.equal((await h.call(`/v1/policies/${body.data.policy.policyId}/document`)).status, 200);
  });

  it('an insurer that says "already a policy" without naming it leaves the outcome unknown, never a guess', async () => {
    const [offer] = await quote();
    const key = newKey();
    // The first answer is lost; the second is a 409 whose body is garbled, so nothing names the policy.
    h.sandbox.state.faults = { malformedRate: 1, routes: ['POST /policy'] };
    try {
      await expectUnknown(await issue(offer!.offerId, key), 502);
      assert.ok(h.logs.some((l) => l.includes('issuance outcome unknown')), 'the operator is told');
    } finally {
      h.sandbox.state.faults = {};
    }
    await expectOnePolicy(offer!, key);
  });

  it('no log line or response carries a password, a token, personal data or a capability', () => {
    assertNoLeaks(h);
    for (const line of h.logs) assert.doesNotMatch(line, /(ofr|pol)_[A-Za-z0-9_-]{32}/, `a log line carries a capability: ${line.slice(0, 160)}`);
  });
});
