/**
 * A casco quote asks every insurer the customer chose (among those the site
 * enables) in parallel, each with its own vehicle identifier, and answers by
 * the site's deadline with the offers that came back and an outcome for each
 * insurer asked. One insurer failing or late never fails the quote; only all
 * of them failing does (502, with the outcomes; 422 `casco.refused` when
 * every insurer refused the body itself, say a vehicle changed since it was
 * identified, so its identifiers no longer match). An answer arriving after
 * the deadline is abandoned unrecorded, so it can never be issued.
 */
import type { CascoProduct } from '../contract/casco/product.js';
import { CASCO_PRODUCT, cascoQuoteRequest, type CascoOffersResponse, type CascoPublicOffer, type CascoQuoteRequest } from '../contract/casco/public-api.js';
import { checkWith } from '../contract/issues.js';
import type { InsurerOutcome } from '../contract/public-api.js';
import { publicInsurer, type SiteConfig } from './config.js';
import { callContext, type Deps, type ProxyContext } from './context.js';
import { ProxyError, validationError, type WordedError } from './errors.js';
import { message, type MessageKey } from './messages.js';
import { offerRecord, publicOfferFacts, quoteOf, saveOfferRecords } from './offer-records.js';
import type { QuotedOffer } from './upstreams/adapter.js';
import { UnreadableAnswer } from './upstreams/assets.js';
import type { CascoUpstream } from './upstreams/casco.js';

type Answer = { kind: 'ok'; offers: QuotedOffer[] } | { kind: 'failed'; error: unknown } | { kind: 'timeout' };

/** One insurer's request: the described product with that insurer's identifier and, when chosen, its insured value. */
export function productFor(body: CascoQuoteRequest, insurer: string): CascoProduct {
  const { identifier, insuredValue } = body.insurers[insurer]!;
  const coverages =
    insuredValue === undefined ? body.casco.coverages : body.casco.coverages.map((c) => (c.code === 'vehicle' ? { ...c, insuredSum: insuredValue } : c));
  return { name: 'casco', ...body.casco, coverages, vehicle: { ...body.casco.vehicle, identifier } };
}

/**
 * An insurer's error path (`product.vehicle.vin`) on the public body: its
 * identifier and insured value are the insurer's own entries, the rest the
 * shared product's.
 */
export const cascoPublicPath =
  (insurer: string) =>
  (p: string): string => {
    if (p === 'product.vehicle.identifier') return `insurers.${insurer}.identifier`;
    return p.startsWith('product.') ? `casco.${p.slice('product.'.length)}` : '';
  };

/** What became of one insurer, in the caller's language. */
function outcomeOf(c: ProxyContext, deps: Deps, site: SiteConfig, insurer: string, answer: Answer): InsurerOutcome {
  const who = publicInsurer(deps.config, insurer);
  if (answer.kind === 'ok') return { insurer: who, status: 'ok' };
  const locale = c.get('locale');
  const err =
    answer.kind === 'timeout'
      ? new ProxyError(504, 'casco.deadline', { params: { seconds: Math.round(site.casco!.deadlineMs / 100) / 10 } })
      : answer.error instanceof ProxyError
        ? answer.error
        : new ProxyError(502, 'upstream.unavailable');
  const said = err.toPublic(locale);
  const key = err.key ?? said.find((e) => e.key)?.key ?? 'upstream.rejected';
  return { insurer: who, status: answer.kind, message: said.map((e) => e.message).join(' '), key };
}

/** The insurers' refusals as one list of field errors (at the public body's paths), each once, after the summary. */
function refusalErrors(refusals: ProxyError[]): WordedError[] {
  const words = (key: MessageKey) => ({ en: message(key, 'en'), ro: message(key, 'ro') });
  const all: WordedError[] = [{ path: '', key: 'casco.refused', message: words('casco.refused') }];
  for (const e of refusals) all.push(...(e.worded ?? [{ path: e.path, key: e.key, message: words(e.key ?? 'upstream.rejected') }]));
  const seen = new Set<string>();
  return all.filter((w) => {
    const id = `${w.path}\u0000${w.message.en}`;
    return seen.has(id) ? false : (seen.add(id), true);
  });
}

/** Every insurer asked at once; each answer, or `timeout` for those not back by `deadlineMs`. Late calls are aborted. */
async function askAll(insurers: string[], deadlineMs: number, ask: (insurer: string, signal: AbortSignal) => Promise<QuotedOffer[]>): Promise<Answer[]> {
  const abandon = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Answer>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), deadlineMs);
  });
  try {
    return await Promise.all(
      insurers.map((insurer) =>
        Promise.race([
          // Errors become answers here, so an abandoned call's rejection is never unhandled.
          ask(insurer, abandon.signal).then(
            (offers): Answer => ({ kind: 'ok', offers }),
            (error: unknown): Answer => ({ kind: 'failed', error }),
          ),
          deadline,
        ]),
      ),
    );
  } finally {
    clearTimeout(timer);
    abandon.abort();
  }
}

export async function quoteCasco(c: ProxyContext, deps: Deps, site: SiteConfig, body: unknown): Promise<CascoOffersResponse> {
  const upstream = deps.upstreams.casco;
  if (!site.casco || !upstream) throw new ProxyError(403, 'site.product', { params: { product: CASCO_PRODUCT } });
  const checked = checkWith(cascoQuoteRequest, body);
  if (!checked.ok) throw validationError(checked.errors);
  const request = checked.data;
  const insurers = Object.keys(request.insurers);
  const notEnabled = insurers.find((i) => !site.casco!.insurers.includes(i));
  if (notEnabled) throw new ProxyError(422, 'casco.insurerNotEnabled', { path: `insurers.${notEnabled}`, params: { insurer: notEnabled } });

  const answers = await askAll(insurers, site.casco.deadlineMs, (insurer, signal) =>
    quoteOne(c, upstream, insurer, productFor(request, insurer), signal),
  );
  const outcomes = insurers.map((insurer, i) => outcomeOf(c, deps, site, insurer, answers[i]!));
  const log = c.get('log');
  log.info('casco quote', { outcomes: outcomes.map((o) => `${o.insurer.name}:${o.status}${o.key ? `:${o.key}` : ''}`) });
  if (!answers.some((a) => a.kind === 'ok')) {
    const refusals = answers.map((a) => (a.kind === 'failed' && a.error instanceof ProxyError && a.error.status === 422 ? a.error : undefined));
    // Every insurer refused the body (its fields, its identifiers): the caller's to correct, not a failure of ours.
    if (refusals.every((e) => e !== undefined)) throw new ProxyError(422, 'casco.refused', { worded: refusalErrors(refusals as ProxyError[]), data: { insurers: outcomes } });
    throw new ProxyError(502, 'casco.noOffers', { data: { insurers: outcomes } });
  }

  const createdAt = new Date().toISOString();
  const quoteId = await quoteOf(c, deps, site.id);
  const quoted = insurers.flatMap((insurer, i) => {
    const a = answers[i]!;
    return a.kind === 'ok' ? a.offers.map((q) => ({ insurer, q })) : [];
  });
  const records = quoted.map(({ insurer, q }) => offerRecord(q, { upstream: upstream.name, site: site.id, quoteId, product: CASCO_PRODUCT, insurer }, deps, createdAt));
  await saveOfferRecords(c, deps, records);

  const offers = quoted.map(({ insurer, q }, i): CascoPublicOffer => {
    return { ...publicOfferFacts(q.offer, records[i]!.publicId), product: CASCO_PRODUCT, insurer: publicInsurer(deps.config, insurer), casco: q.casco ?? { coverages: [] } };
  });
  return { quoteId, offers, insurers: outcomes, correlationId: c.get('correlationId') };
}

async function quoteOne(c: ProxyContext, upstream: CascoUpstream, insurer: string, product: CascoProduct, signal: AbortSignal): Promise<QuotedOffer[]> {
  try {
    return await upstream.quote(insurer, product, { mapPath: cascoPublicPath(insurer), signal, ...callContext(c) });
  } catch (err) {
    if (err instanceof UnreadableAnswer) c.get('log').error('upstream offer answer unreadable', { insurer, issues: err.issues });
    throw err;
  }
}
