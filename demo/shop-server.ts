/**
 * The LG store's own server, as small as a host's can be: it serves the checkout page (the element
 * inside its order `<form>`), takes the order on "Pay" and, once paid, issues the chosen insurance
 * offer with the proxy's server API — the site secret, `Idempotency-Key` = the order id — then asks
 * for a signed link to the policy PDF and hands it to the customer's page.
 *
 * Exactly once per order: every call for an order carries the same key, so a retry (a lost answer,
 * a second "Pay", two tabs) learns the same policy instead of issuing another. A lost answer is
 * asked again with that key until the proxy knows the outcome.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export interface ShopOptions {
  host: string;
  port: number;
  /** The proxy's public URL (the page's element calls it too). */
  proxyUrl: string;
  /** The site secret of the proxy's `server` site for this shop. */
  secret: string;
  /** Where the built elements are served (the demo pages server); the shop relays `/elements/*` from there. */
  elementsUrl: string;
  /** The page's Content-Security-Policy. */
  csp: string;
  /** Tests: the first N answers of the proxy to an issue call are dropped, as a broken network would. */
  loseAnswers?: number;
  /** Waits between asks while an outcome is unknown (ms); about a minute in all by default. */
  retryDelays?: readonly number[];
}

export interface Order {
  id: string;
  offerId?: string;
  status: 'paid' | 'issued' | 'failed';
  policy?: { series: string; number: string; premiumAmount: number; startDate?: string; endDate?: string; link: string; linkExpiresAt: string };
  /** How many times the shop called `POST /v1/policies` for this order. */
  issueCalls: number;
}

export interface Shop {
  url: string;
  orders: Map<string, Order>;
  close(): Promise<void>;
}

const ORDER = /^LG-[A-Z0-9]{10}$/;
const OFFER = /^ofr_[A-Za-z0-9_-]{32}$/;
const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8', svg: 'image/svg+xml' };
/** The files of the page, by the path the browser asks for. */
const FILES: Record<string, string> = {
  '/checkout.css': 'checkout.css',
  '/checkout.js': 'checkout.js',
  '/favicon.svg': 'favicon.svg',
  '/terms.html': 'terms.html',
  '/privacy.html': 'privacy.html',
};

/** 2028-12-01 → 01.12.2028, as the page's Romanian reader writes dates. */
const roDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('.');
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const newOrderId = () => `LG-${randomBytes(8).toString('hex').toUpperCase().slice(0, 10)}`;

/** The issuance answer a retry may change: lost, or the outcome still unknown at the proxy. */
const unknown = (status: number, key: string | undefined) => status === 0 || status === 502 || status === 504 || key === 'idempotency.inProgress';

export async function startShop(o: ShopOptions): Promise<Shop> {
  const orders = new Map<string, Order>();
  const issuing = new Map<string, Promise<Order>>();
  let lose = o.loseAnswers ?? 0;
  const delays = o.retryDelays ?? [500, 1000, 2000, 4000, 8000, 15000, 30000];
  const auth = { Authorization: `Bearer ${o.secret}` };

  /** One call to the proxy's server API: status, key and body (status 0: no answer). */
  async function call(path: string, body?: unknown, headers: Record<string, string> = {}) {
    try {
      const res = await fetch(`${o.proxyUrl}${path}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify(body ?? {}),
        signal: AbortSignal.timeout(30_000),
      });
      const json = (await res.json().catch(() => ({}))) as { errors?: { key?: string }[]; data?: unknown } & Record<string, unknown>;
      return { status: res.status, key: json.errors?.[0]?.key, json };
    } catch {
      return { status: 0, key: undefined, json: {} as Record<string, unknown> };
    }
  }

  /** Issues the order's offer: the same key on every ask until the outcome is known, then a signed link to its PDF. */
  async function issue(order: Order): Promise<Order> {
    let policy: { policyId: string; series: string; number: string | number; premiumAmount: number; startDate?: string; endDate?: string } | undefined;
    for (let attempt = 0; !policy; attempt++) {
      order.issueCalls++;
      const r = await call('/v1/policies', { offerId: order.offerId, payment: { documentNumber: order.id } }, { 'Idempotency-Key': order.id });
      if (lose > 0) {
        // The answer never reached us (tests): whatever the proxy did, only asking again tells.
        lose--;
        continue;
      }
      const data = r.json as { policy?: typeof policy; data?: { policy?: typeof policy } };
      // 409 offer.issued: this offer already became a policy (an earlier ask of ours): that is the outcome.
      policy = r.status === 201 ? data.policy : r.key === 'offer.issued' ? data.data?.policy : undefined;
      if (policy) break;
      if (!unknown(r.status, r.key) || attempt >= delays.length) {
        order.status = 'failed';
        return order;
      }
      await sleep(delays[attempt]!);
    }
    const link = await call(`/v1/policies/${policy.policyId}/document-link`);
    const { path, expiresAt } = link.json as { path?: string; expiresAt?: string };
    order.status = 'issued';
    order.policy = {
      series: policy.series,
      number: String(policy.number),
      premiumAmount: policy.premiumAmount,
      ...(policy.startDate ? { startDate: policy.startDate } : {}),
      ...(policy.endDate ? { endDate: policy.endDate } : {}),
      link: path ? `${o.proxyUrl}${path}` : '',
      linkExpiresAt: expiresAt ?? '',
    };
    return order;
  }

  /** "Pay": the payment succeeds (a demo), then the insurance, once per order however often it is asked. */
  function pay(id: string, offerId: string | undefined): Promise<Order> {
    const known = orders.get(id);
    if (known && known.status !== 'failed') return issuing.get(id) ?? Promise.resolve(known);
    const order: Order = { id, status: 'paid', issueCalls: known?.issueCalls ?? 0, ...(offerId ? { offerId } : {}) };
    orders.set(id, order);
    const p = offerId ? issue(order) : Promise.resolve(order);
    issuing.set(id, p);
    return p.finally(() => issuing.delete(id));
  }

  const page = (name: string) => readFileSync(join(here, name), 'utf8');
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Security-Policy': o.csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', 'Content-Type': type, ...extra });
    res.end(body);
  };

  function confirmation(order: Order): string {
    const p = order.policy;
    const insurance =
      order.status === 'failed'
        ? `<p class="notice">Comanda este plătită, dar asigurarea nu a putut fi emisă. Vă contactăm noi; nu plătiți din nou.</p>`
        : p
          ? `<p>Asigurarea LG: polița <strong>${escape(p.series)} ${escape(p.number)}</strong>${p.startDate && p.endDate ? `, ${escape(roDate(p.startDate))} – ${escape(roDate(p.endDate))}` : ''}.</p>
             <p><a class="pay" href="${escape(p.link)}" download>Descărcați polița (PDF)</a></p>
             <p class="hint">Linkul este valabil până la ${escape(roDate(p.linkExpiresAt))}, ${escape(p.linkExpiresAt.slice(11, 16))} UTC. O primiți și pe e-mail.</p>`
          : `<p>Fără asigurare.</p>`;
    return page('checkout-done.html').replace('%ORDER_ID%', escape(order.id)).replace('%INSURANCE%', insurance);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0]!;
    if (req.method === 'GET' && (path === '/' || path === '/checkout')) {
      // A fresh order id per visit: it is the invoice number the element sends and the key of the issuance.
      return send(res, 200, TYPES.html!, page('checkout.html').replaceAll('%LIH_PROXY_URL%', o.proxyUrl).replaceAll('%ORDER_ID%', newOrderId()));
    }
    if (req.method === 'GET' && FILES[path]) return send(res, 200, TYPES[path.split('.').pop()!]!, readFileSync(join(here, FILES[path]!)));
    if (req.method === 'GET' && /^\/elements\/[A-Za-z0-9._-]+\.js$/.test(path)) {
      const r = await fetch(`${o.elementsUrl}${path}`);
      return r.ok ? send(res, 200, TYPES.js!, Buffer.from(await r.arrayBuffer())) : send(res, 404, 'text/plain', 'Not found\n');
    }
    if (req.method === 'POST' && path === '/orders') {
      let raw = '';
      for await (const chunk of req) if ((raw += chunk).length > 16_384) return send(res, 413, 'text/plain', 'Too large\n');
      const form = new URLSearchParams(raw);
      const id = form.get('order') ?? '';
      const offerId = form.get('insurance-offer') || undefined;
      if (!ORDER.test(id) || (offerId && !OFFER.test(offerId))) return send(res, 400, 'text/plain', 'Bad order\n');
      return send(res, 200, TYPES.html!, confirmation(await pay(id, offerId)));
    }
    send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error(e);
      if (!res.headersSent) send(res, 500, 'text/plain', 'The shop failed; see its console.\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://${o.host}:${port}/checkout`,
    orders,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
