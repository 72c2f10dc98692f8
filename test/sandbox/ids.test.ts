/**
 * Offer ids and policy ids are two disjoint spaces (offers even, policies
 * odd), so a client that mixes them up gets a 404, never another contract's
 * documents; and ids go on across reset().
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { paymentFor, useSandbox } from './support/client.js';

for (const firstId of [1, 2, undefined]) {
  describe(`sandbox ids: offers and policies never share an id (firstId ${firstId ?? 'default'})`, () => {
    const ctx = useSandbox(firstId === undefined ? {} : { config: { firstId } });

    it('no id answers both GET /offer/{id} and GET /policy/{id}; POST /policy with a policy id is a 404', async () => {
      const offers = [...(await ctx.client.offersFor('tireFleet')), ...(await ctx.client.offersFor('tire')), ...(await ctx.client.offersFor('electronics'))];
      const policies: any[] = [];
      for (const o of offers.slice(0, 4)) {
        const r = await ctx.client.policy(o.offerId, paymentFor(o));
        assert.equal(r.status, 200, r.text);
        policies.push(r.body.data.policies[0]);
      }
      const offerIds = offers.map((o) => o.offerId as number);
      const policyIds = policies.map((p) => p.policyId as number);
      for (const id of [...offerIds, ...policyIds]) assert.ok(Number.isSafeInteger(id) && id > 0, String(id));
      assert.ok(offerIds.every((id) => id % 2 === 0), `offer ids even: ${offerIds}`);
      assert.ok(policyIds.every((id) => id % 2 === 1), `policy ids odd: ${policyIds}`);
      assert.equal(new Set([...offerIds, ...policyIds]).size, offerIds.length + policyIds.length);
      if (firstId !== undefined) {
        // From firstId on: the first offer and the first policy sit at most one step past it.
        assert.ok(offerIds[0]! - firstId <= 1 && offerIds[0]! >= firstId, `first offer id ${offerIds[0]}`);
        assert.ok(policyIds[0]! - firstId <= 1 && policyIds[0]! >= firstId, `first policy id ${policyIds[0]}`);
      }

      // Every id in the range issued, and its neighbours: one of the two routes at most.
      const lo = Math.min(...offerIds, ...policyIds);
      const hi = Math.max(...offerIds, ...policyIds);
      for (let id = lo; id <= hi; id++) {
        const asOffer = (await ctx.client.call('GET', `/offer/${id}`)).status;
        const asPolicy = (await ctx.client.call('GET', `/policy/${id}`)).status;
        assert.ok(!(asOffer === 200 && asPolicy === 200), `id ${id} answers as an offer and as a policy`);
        if (offerIds.includes(id)) assert.deepEqual([asOffer, asPolicy], [200, 404], `offer id ${id}`);
        if (policyIds.includes(id)) assert.deepEqual([asOffer, asPolicy], [404, 200], `policy id ${id}`);
      }

      // A policy id sent as an offer id: not an offer.
      const stray = offers[5]!;
      const r = await ctx.client.policy(policyIds[0]!, paymentFor(stray));
      assert.equal(r.status, 404, r.text);
      assert.equal(r.body.errors[0].path, 'offerId');
    });

    it('reset() forgets offers and policies but ids go on: none is given twice', async () => {
      const [before] = await ctx.client.offersFor('tire');
      const p1 = (await ctx.client.policy(before.offerId, paymentFor(before))).body.data.policies[0];
      ctx.sb.state.reset();
      const [after] = await ctx.client.offersFor('tire');
      const p2 = (await ctx.client.policy(after.offerId, paymentFor(after))).body.data.policies[0];
      assert.ok(after.offerId > before.offerId, `${after.offerId} > ${before.offerId}`);
      assert.ok(p2.policyId > p1.policyId, `${p2.policyId} > ${p1.policyId}`);
      // Policy numbers, unlike ids, start again per series after a reset.
      assert.equal(p2.number, 100001);
      assert.equal((await ctx.client.call('GET', `/offer/${before.offerId}`)).status, 404);
    });
  });
}
