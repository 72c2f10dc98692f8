/**
 * Every document the sandbox generates, drawn the way a customer's PDF viewer
 * draws it: with FreeType, through Debian's mupdf (`mutool draw`). pdf.js
 * reads text even from a font FreeType refuses, so documents.test.ts alone
 * once passed while Evince, Okular and mupdf showed a page of scattered
 * letters. Here a document passes only if the renderer says nothing on
 * stderr, every page carries ink in proportion to its text, and the words —
 * Romanian diacritics included — come back from the rendered page. The same
 * check runs on the merged PDFs the proxy hands the customer.
 *
 * `npm test` installs mupdf-tools first (scripts/ensure-tools.mjs).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { OFFER_DOCUMENT_TYPES } from '../../src/contract/documents.js';
import type { IssueResponse, OffersResponse } from '../../src/contract/public-api.js';
import { DOCUMENT_TITLES, L, PRODUCT_NAMES } from '../../src/sandbox/documents/labels.js';
import { renderPdf, type PdfSpec } from '../../src/sandbox/documents/pdf.js';
import { BODIES, electronicsBody, tireBody } from '../support/fixtures.js';
import { json, startHarness, type Harness } from '../proxy/harness.js';
import { paymentFor, useSandbox } from './support/client.js';

type Lang = 'ro' | 'en';
const LANGS: Lang[] = ['ro', 'en'];
const PRODUCTS = ['tire', 'electronics'] as const;

/**
 * Dark pixels (of 256 grey levels, below 128) per character of text, at 72
 * dpi. Measured: 8.5–11.4 on pages that render; 0.8–2.4 with the broken
 * font subsets, where most glyphs were dropped.
 */
const MIN_INK_PER_CHAR = 5;

const mutool = (args: string[]) => spawnSync('mutool', args, { encoding: 'utf8' });

before(() => {
  const r = mutool(['-v']);
  if (r.error) assert.fail(`mutool is missing (Debian's mupdf-tools): run \`node scripts/ensure-tools.mjs\` as root, or npm test. ${r.error.message}`);
});

/** Dark pixels in a binary (P5) PGM. */
function darkPixels(pgm: Buffer): number {
  const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  assert.ok(header, 'mutool wrote a P5 PGM');
  const [whole, w, h] = header;
  let dark = 0;
  for (let i = whole.length, end = whole.length + Number(w) * Number(h); i < end; i++) if (pgm[i]! < 128) dark++;
  return dark;
}

interface Rendered {
  pages: { text: string; ink: number }[];
  /** The text of every page, whitespace collapsed. */
  text: string;
}

/**
 * Draws every page in grey and extracts its text, both with mutool; fails on
 * anything mutool says (`-N`: no colour management, so its one harmless
 * notice — "ICC support is not available" — is not printed).
 */
function render(pdf: Uint8Array, name: string, dpi = 72): Rendered {
  const dir = mkdtempSync(join(tmpdir(), 'lih-render-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    for (const args of [
      ['draw', '-N', '-q', '-r', String(dpi), '-c', 'gray', '-o', join(dir, 'page-%d.pgm'), file],
      ['draw', '-N', '-q', '-F', 'txt', '-o', join(dir, 'page-%d.txt'), file],
    ]) {
      const r = mutool(args);
      assert.equal(r.status, 0, `${name}: mutool ${args[4] === '-F' ? 'txt' : 'draw'} exited ${r.status}: ${r.stderr}`);
      const said = r.stderr.trim().split('\n').filter(Boolean);
      assert.deepEqual(said, [], `${name}: the renderer complained (${said.length} lines), first: ${said[0]}`);
    }
    const files = readdirSync(dir);
    const count = files.filter((f) => f.endsWith('.pgm')).length;
    assert.ok(count >= 1, `${name}: no page rendered`);
    const pages = Array.from({ length: count }, (_, i) => ({
      text: readFileSync(join(dir, `page-${i + 1}.txt`), 'utf8'),
      ink: darkPixels(readFileSync(join(dir, `page-${i + 1}.pgm`))),
    }));
    return { pages, text: pages.map((p) => p.text).join(' ').replace(/\s+/g, ' ') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The checks every generated document passes: ink for its text on every page, and the expected words. */
function assertReadable(pdf: Uint8Array, name: string, words: string[]): Rendered {
  const r = render(pdf, name);
  r.pages.forEach((p, i) => {
    const chars = p.text.replace(/\s/g, '').length;
    assert.ok(chars >= 40, `${name} page ${i + 1}: only ${chars} characters of text`);
    const perChar = p.ink / chars;
    assert.ok(perChar >= MIN_INK_PER_CHAR, `${name} page ${i + 1}: ${perChar.toFixed(1)} dark pixels per character — glyphs are missing`);
  });
  for (const w of words) assert.ok(r.text.includes(w), `${name}: "${w}" not on the rendered page: ${r.text.slice(0, 400)}`);
  return r;
}

const roDate = (iso: string) => iso.split('-').reverse().join('.');
const enDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const dateIn = (iso: string, lang: Lang) => (lang === 'ro' ? roDate(iso) : enDate(iso));
const holder = (key: keyof typeof BODIES) => {
  const p: any = BODIES[key]().policyholder;
  return p.businessName ?? `${p.firstName} ${p.lastName}`;
};

/** Words every document shows: labels with diacritics in Romanian, the product, the dates, the holder. */
const commonWords = (key: (typeof PRODUCTS)[number], lang: Lang, offer: { startDate: string; endDate: string }) => [
  PRODUCT_NAMES[key][lang],
  L.insurer[lang],
  L.startDate[lang],
  L.endDate[lang],
  L.premium[lang],
  dateIn(offer.startDate, lang),
  dateIn(offer.endDate, lang),
  holder(key),
];

describe('documents render in a FreeType-based viewer (mutool draw)', () => {
  const ctx = useSandbox();

  for (const key of PRODUCTS) {
    for (const lang of LANGS) {
      it(`${key}, ${lang}: the five offer documents and the policy`, async () => {
        const [offer] = await ctx.client.offersFor(key);
        const r = await ctx.client.call('GET', `/offer/${offer.offerId}`, { lang });
        assert.equal(r.status, 200);
        const files: { type: string; content: string }[] = r.body.data.files;
        assert.deepEqual(files.map((f) => f.type), [...OFFER_DOCUMENT_TYPES]);
        for (const f of files) {
          assertReadable(Buffer.from(f.content, 'base64'), `${key} ${lang} ${f.type}`, [DOCUMENT_TITLES[f.type]![lang], ...commonWords(key, lang, offer)]);
        }

        const issued = await ctx.client.policy(offer.offerId, paymentFor(offer));
        assert.equal(issued.status, 200, issued.text);
        const policy = issued.body.data.policies[0];
        const p = await ctx.client.call('GET', `/policy/${policy.policyId}`, { lang });
        assert.equal(p.status, 200);
        assertReadable(Buffer.from(p.body.data.files[0].content, 'base64'), `${key} ${lang} policy`, [
          `${DOCUMENT_TITLES.policy![lang]} ${policy.series} ${policy.number}`,
          L.paymentDate[lang],
          ...commonWords(key, lang, offer),
        ]);
      });
    }
  }

  it('a fleet of 90 vehicles flows onto further pages, every line of it drawn', async () => {
    const body: any = BODIES.tireFleet();
    body.tireFleet.vehicles = Array.from({ length: 90 }, () => ({ ...body.tireFleet.vehicles[0] }));
    const [offer] = await ctx.client.offersFor('tireFleet', body);
    const r = await ctx.client.call('GET', `/offer/${offer.offerId}`);
    const doc = assertReadable(Buffer.from(r.body.data.files[0].content, 'base64'), 'tireFleet ro offer', ['1. ', '90. ']);
    assert.ok(doc.pages.length >= 2, 'more than one page');
    // Nothing drawn over the footer or below the page: the last vehicle is followed by the offer's paragraph.
    assert.match(doc.text, /90\. [^]*Această ofertă/);
  });

  /**
   * Each diacritic drawn in the body and heading fonts adds ink to its base
   * letter: the mark is there, not a .notdef box's outline or a bare letter.
   * (î is compared with a dotless ı, so its circumflex is what is measured.)
   */
  it('every Romanian diacritic is drawn with its mark (ă â î ș ț Ă Â Î Ș Ț)', async () => {
    const pairs = [['ă', 'a'], ['â', 'a'], ['î', 'ı'], ['ș', 's'], ['ț', 't'], ['Ă', 'A'], ['Â', 'A'], ['Î', 'I'], ['Ș', 'S'], ['Ț', 'T']] as const;
    const spec = (c: string): PdfSpec => ({
      title: c.repeat(10),
      banner: 'SANDBOX',
      sections: [{ heading: c.repeat(10), rows: [[c.repeat(10), c.repeat(10)]] }],
      paragraphs: [c.repeat(10)],
      footer: 'SANDBOX',
      meta: { author: 'test', subject: 'diacritics', language: 'ro-RO', created: new Date('2026-01-01T00:00:00Z') },
    });
    // Each is read back too, the base letters after their marked forms: a subset
    // with Î holds I as a component, and that once left a later document's I
    // with no text behind it.
    const ink = async (c: string) => {
      const r = render(await renderPdf(spec(c)), `"${c}"`, 150);
      assert.ok(r.text.includes(c.repeat(10)), `"${c}" is not read back from the rendered page: ${r.text}`);
      return r.pages[0]!.ink;
    };
    for (const [marked, plain] of pairs) {
      const added = (await ink(marked)) - (await ink(plain));
      // 50 instances (10 in each of title, heading, label, value, paragraph); a mark is at least a few pixels at 150 dpi.
      assert.ok(added >= 150, `"${marked}" adds only ${added} dark pixels over "${plain}": its mark is not drawn`);
    }
  });
});

describe('the proxy merges the documents without breaking their fonts', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  for (const [key, body] of [['tire', tireBody], ['electronics', () => electronicsBody()]] as const) {
    for (const lang of LANGS) {
      it(`${key}, ${lang}: GET /v1/offers/{offerId}/document and /v1/policies/{policyId}/document render`, async () => {
        const headers = { 'Accept-Language': lang };
        const offer = (await json<OffersResponse>(await h.post('/v1/offers', body(), { headers }))).offers[0]!;
        assert.ok(offer.startDate && offer.endDate);
        const dates = { startDate: offer.startDate, endDate: offer.endDate };
        const res = await h.call(`/v1/offers/${offer.offerId}/document`, { headers });
        assert.equal(res.status, 200);
        const merged = assertReadable(new Uint8Array(await res.arrayBuffer()), `proxy ${key} ${lang} offer`, commonWords(key, lang, dates));
        assert.equal(merged.pages.length, OFFER_DOCUMENT_TYPES.length, 'one page per document');
        merged.pages.forEach((p, i) => {
          const title = DOCUMENT_TITLES[OFFER_DOCUMENT_TYPES[i]!]![lang];
          assert.ok(p.text.replace(/\s+/g, ' ').includes(title), `page ${i + 1} is "${title}"`);
        });

        const issued = await h.post('/v1/policies', { offerId: offer.offerId }, { headers: { ...headers, 'Idempotency-Key': `render-${key}-${lang}` } });
        assert.ok(issued.ok, `POST /v1/policies: ${issued.status}`);
        const { policy } = await json<IssueResponse>(issued);
        const doc = await h.call(`/v1/policies/${policy.policyId}/document`, { headers });
        assert.equal(doc.status, 200);
        assertReadable(new Uint8Array(await doc.arrayBuffer()), `proxy ${key} ${lang} policy`, [DOCUMENT_TITLES.policy![lang], ...commonWords(key, lang, dates)]);
      });
    }
  }
});
