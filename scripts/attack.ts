/**
 * `npm run attack`: what an attacker outside a browser gets from the proxy.
 * Starts a sandbox and a proxy (a browser-issuance site and a server-issuance
 * site), lets a few customers quote and buy, then plays the attacker with
 * plain fetch and a forged Origin — the attacks that worked before ids became
 * capabilities (issue 9) — and prints what it got. Exits 1 if it got anything.
 * test/proxy/capabilities.test.ts runs the same attack and asserts zeros.
 */
import { DEMO_ORIGIN, SHOP_ORIGIN, SHOP_SECRET, startHarness, type Harness } from '../test/proxy/harness.js';
import { BODIES, tireBody } from '../test/support/fixtures.js';
import type { IssueResponse, OffersResponse } from '../src/contract/public-api.js';

export interface AttackReport {
  /** Ids tried: the insurer's numbers around the attacker's own offer, and its own capability changed one character at a time. */
  guesses: number;
  documentRequests: number;
  documentsDownloaded: number;
  issueRequests: number;
  policiesIssued: number;
  /** Policies the insurer holds after the attack minus before. */
  newPoliciesAtInsurer: number;
  /** Server site: the customers' policy documents asked for with the shop's Origin and no secret. */
  serverSiteDocumentRequests: number;
  serverSiteDocumentsDownloaded: number;
  /** Every status the attacker saw, counted. */
  statuses: Record<string, number>;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Every id one character away from `id` (after its prefix). */
function neighbours(id: string): string[] {
  const out: string[] = [];
  for (let i = 4; i < id.length; i++) {
    const next = ALPHABET[(ALPHABET.indexOf(id[i]!) + 1) % ALPHABET.length]!;
    out.push(id.slice(0, i) + next + id.slice(i + 1));
  }
  return out;
}

/**
 * The attack against a running harness. The attacker is given the best case:
 * it knows the insurer's number of its own offer (as if it had leaked), so it
 * can count around it as before.
 */
export async function runAttack(h: Harness): Promise<AttackReport> {
  const post = (path: string, body: unknown, origin: string | null, headers: Record<string, string> = {}) =>
    fetch(`${h.proxy.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}), ...headers },
      body: JSON.stringify(body),
    });
  const quote = async (body: unknown, origin: string) => ((await (await post('/v1/offers', body, origin)).json()) as OffersResponse).offers;

  // Customers quote and buy on both sites.
  for (let i = 0; i < 4; i++) {
    const [o] = await quote(i % 2 ? tireBody() : BODIES.electronics(), DEMO_ORIGIN);
    if (i % 2) await post('/v1/policies', { offerId: o!.offerId }, DEMO_ORIGIN, { 'Idempotency-Key': `customer-${i}` });
  }
  const shopPolicies: string[] = [];
  for (let i = 0; i < 2; i++) {
    const [o] = await quote(tireBody(), SHOP_ORIGIN);
    const res = await post('/v1/policies', { offerId: o!.offerId, payment: { documentNumber: `ORDER-${i}` } }, null, {
      Authorization: `Bearer ${SHOP_SECRET}`,
      'Idempotency-Key': `order-${i}`,
    });
    shopPolicies.push(((await res.json()) as IssueResponse).policy.policyId);
  }
  const policiesBefore = h.sandbox.state.policies.size;

  // The attacker: a script, no browser, the demo shop's Origin.
  const report: AttackReport = {
    guesses: 0,
    documentRequests: 0,
    documentsDownloaded: 0,
    issueRequests: 0,
    policiesIssued: 0,
    newPoliciesAtInsurer: 0,
    serverSiteDocumentRequests: 0,
    serverSiteDocumentsDownloaded: 0,
    statuses: {},
  };
  const seen = (status: number) => (report.statuses[status] = (report.statuses[status] ?? 0) + 1);
  const mine = (await quote(tireBody(), DEMO_ORIGIN))[0]!;
  const myNumber = (await h.proxy.store.offerByRef(mine.offerId))!.upstreamOfferId;
  const guesses = [
    ...Array.from({ length: 51 }, (_, i) => String(myNumber - 25 + i)),
    ...neighbours(mine.offerId),
    mine.offerId.replace('ofr_', 'pol_'),
  ];
  report.guesses = guesses.length;
  for (const g of guesses) {
    for (const path of [`/v1/offers/${g}/document`, `/v1/policies/${g}/document`]) {
      const res = await fetch(`${h.proxy.url}${path}`, { headers: { Origin: DEMO_ORIGIN } });
      report.documentRequests++;
      seen(res.status);
      if (res.status === 200) report.documentsDownloaded++;
      await res.arrayBuffer();
    }
    const res = await post('/v1/policies', { offerId: g }, DEMO_ORIGIN, { 'Idempotency-Key': `attack-${g}` });
    report.issueRequests++;
    seen(res.status);
    if (res.status === 201) report.policiesIssued++;
    await res.arrayBuffer();
  }
  // Even holding the server site's real policy ids, the shop's Origin alone opens none of them.
  for (const id of shopPolicies) {
    const res = await fetch(`${h.proxy.url}/v1/policies/${id}/document`, { headers: { Origin: SHOP_ORIGIN } });
    report.serverSiteDocumentRequests++;
    seen(res.status);
    if (res.status === 200) report.serverSiteDocumentsDownloaded++;
    await res.arrayBuffer();
  }
  report.newPoliciesAtInsurer = h.sandbox.state.policies.size - policiesBefore;
  return report;
}

async function main(): Promise<void> {
  const h = await startHarness({ proxy: { logger: () => {} } });
  try {
    const r = await runAttack(h);
    const rows: [string, string][] = [
      ['ids tried (51 insurer numbers around its own offer, its own id changed one character at a time, as a policy id)', String(r.guesses)],
      ['document downloads tried → got', `${r.documentRequests} → ${r.documentsDownloaded}`],
      ['issuances tried → policies issued', `${r.issueRequests} → ${r.policiesIssued}`],
      ['new policies at the insurer', String(r.newPoliciesAtInsurer)],
      ["server site: customers' policy documents with the shop's Origin, no secret → got", `${r.serverSiteDocumentRequests} → ${r.serverSiteDocumentsDownloaded}`],
      ['statuses seen', Object.entries(r.statuses).map(([s, n]) => `${s}×${n}`).join(', ')],
    ];
    for (const [k, v] of rows) process.stdout.write(`${k}: ${v}\n`);
    const leaked = r.documentsDownloaded + r.policiesIssued + r.newPoliciesAtInsurer + r.serverSiteDocumentsDownloaded;
    process.exitCode = leaked ? 1 : 0;
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
