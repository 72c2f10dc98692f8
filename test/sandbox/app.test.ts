/** createSandboxApp: the same insurer in process, without a socket. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseOffers } from '../../src/contract/offer.js';
import { NO_FAULTS, SandboxState, createSandboxApp, resolveConfig } from '../../src/sandbox/server.js';
import { BODIES } from '../support/fixtures.js';
import { provider } from './support/client.js';

describe('createSandboxApp (in process)', () => {
  it('logs in and quotes through app.request, sharing the given state', async () => {
    const config = resolveConfig({}, {});
    const state = new SandboxState(NO_FAULTS);
    const app = createSandboxApp(config, state);
    const login = await app.request('/auth', { method: 'POST', body: JSON.stringify({ account: 'lih-operator', password: 'sandbox-operator-secret' }) });
    assert.equal(login.status, 200);
    const { token } = ((await login.json()) as { data: { token: string } }).data;
    const r = await app.request('/offer', { method: 'POST', headers: { Token: token }, body: JSON.stringify({ provider: provider('lg'), product: BODIES.electronics() }) });
    assert.equal(r.status, 200);
    const n = normaliseOffers(await r.json());
    assert.ok(n.ok && n.offers.length === 5);
    assert.equal(state.offers.size, 5);
    assert.equal(state.count('POST /offer'), 1);
  });
});
