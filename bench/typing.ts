/**
 * Part of `npm run bench`: what one keystroke costs in a fleet table, in real Chromium, on the demo's
 * production build. The fleet manager pastes N vehicles, then types into a row in the middle; each
 * sample is the main thread's work for one keystroke — the input event, validation, Lit's update and
 * the style and layout it forces — which must fit in one frame (16.7 ms at 60 Hz) for typing to
 * feel immediate. Paint is the compositor's and not counted. Figures are medians and the 95th
 * percentile over the keystrokes of several runs, and the ratio to a table of one vehicle measured
 * in the same run.
 *
 *   BENCH_TYPING_ROWS   table sizes (default 1,50,200)
 *   BENCH_TYPING_KEYS   keystrokes per run (default 60)
 *   BENCH_RUNS          runs per size (default 3)
 */
import { startDemo } from '../scripts/demo.js';
import { launchChromium } from '../test/e2e/browser.js';
import { today } from '../src/contract/clock.js';
import { median, ms, percentile, times } from './stats.js';

const SIZES = (process.env.BENCH_TYPING_ROWS ?? '1,50,200').split(',').map(Number);
const KEYS = Number(process.env.BENCH_TYPING_KEYS ?? 60);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROW = ['Dacia', 'Duster', 'Primacy 4+', '17', '3724', '2396', today()].join('\t');

/** In the page: paste `rows` vehicles, then type `keys` digits into the price of the middle row; each keystroke's cost in ms. */
async function typeIntoTable([rows, keys, row]: readonly [number, number, string]): Promise<number[]> {
  const el = document.querySelector('lih-tire-fleet-quote') as HTMLElement & { updateComplete: Promise<unknown> };
  const root = el.shadowRoot!;
  const cell = (path: string) => root.getElementById(`f-${path.replace(/[^\w-]/g, '-')}`) as HTMLInputElement | null;
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  for (let i = 0; i < 200 && !cell('tireFleet.vehicles.0.vehicleBrand'); i++) await new Promise((r) => setTimeout(r, 50));
  const first = cell('tireFleet.vehicles.0.vehicleBrand')!;
  const data = new DataTransfer();
  data.setData('text/plain', Array.from({ length: rows }, () => row).join('\n'));
  first.focus();
  first.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
  const target = cell(`tireFleet.vehicles.${Math.floor(rows / 2)}.purchasePrice`);
  if (!target) throw new Error(`the table has no row ${Math.floor(rows / 2)}`);
  target.focus();
  target.value = '';
  const samples: number[] = [];
  for (let k = 0; k < keys; k++) {
    await frame();
    const t0 = performance.now();
    target.value += String(k % 10);
    target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: String(k % 10), inputType: 'insertText' }));
    await el.updateComplete;
    void root.querySelector('table')!.getBoundingClientRect().height; // the style and layout the change forces
    samples.push(performance.now() - t0);
  }
  return samples;
}

export interface TypingRow {
  rows: number;
  median: number;
  p95: number;
  overFrame: number;
  vsOne: number;
}

export async function benchTyping(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<TypingRow[]> {
  const demo = await startDemo({});
  const browser = await launchChromium();
  try {
    const url = demo.pageUrl.replace(/\/demo\/$/, '/demo/fleet.html?lang=en');
    const pooled = new Map<number, number[]>(SIZES.map((n) => [n, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const n of SIZES) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        // tsx names functions with a helper the page does not have; evaluate() ships this one's source.
        await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
        await page.goto(url);
        const samples = await page.evaluate(typeIntoTable, [n, KEYS, ROW] as const).catch((e: unknown) => {
          throw new Error(`typing into ${n} rows: ${String(e)}`);
        });
        pooled.get(n)!.push(...samples);
        log(`  run ${run + 1}, ${n} rows: median ${ms(median(samples))} ms`);
        await page.close();
      }
    }
    const one = median(pooled.get(SIZES[0]!)!);
    return SIZES.map((n) => {
      const s = pooled.get(n)!;
      return { rows: n, median: median(s), p95: percentile(s, 95), overFrame: s.filter((x) => x > 1000 / 60).length / s.length, vsOne: median(s) / one };
    });
  } finally {
    await browser.close();
    await demo.close();
  }
}

export function typingTable(rows: TypingRow[]): string {
  const lines = ['| vehicles in the table | median per keystroke | p95 | keystrokes over one frame | vs. the smallest table |', '|---:|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.rows} | ${ms(r.median)} ms | ${ms(r.p95)} ms | ${(r.overFrame * 100).toFixed(0)} % | ${times(r.vsOne)} |`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Typing into a fleet table (Chromium, production build, ${KEYS} keystrokes × ${RUNS} runs per size)\n`);
  console.log(typingTable(await benchTyping()));
}
