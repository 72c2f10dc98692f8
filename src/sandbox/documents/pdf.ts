/**
 * A small PDF writer for the sandbox's documents: a title, a "sandbox" banner,
 * label/value tables and paragraphs, on as many A4 pages as they need. Noto
 * Sans is embedded (subset) so Romanian diacritics render and can be read back
 * as text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * fontkit parses a font on every embed, and its first layout of a parsed font
 * costs ~150 ms. The fonts never change, so parse each once and let every
 * document reuse it (each still gets its own subset).
 */
const parsed = new Map<Uint8Array, unknown>();
const cachingFontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    let font = parsed.get(data);
    if (!font) {
      font = fontkit.create(data, postscriptName);
      parsed.set(data, font);
    }
    return font;
  },
} as unknown as typeof fontkit;

export interface PdfSection {
  heading?: string;
  rows: [label: string, value: string][];
}

export interface PdfSpec {
  title: string;
  subtitle?: string;
  /** Shown in a box under the title: what this document is not. */
  banner: string;
  sections: PdfSection[];
  paragraphs: string[];
  footer: string;
  meta: { author: string; subject: string; language: string; created: Date };
}

const require = createRequire(import.meta.url);
let fonts: { regular: Uint8Array; bold: Uint8Array } | undefined;
function fontBytes() {
  fonts ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')),
  };
  return fonts;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const LABEL_WIDTH = 170;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.4, 0.4, 0.45);
const ACCENT = rgb(0.7, 0.15, 0.1);

/** Splits text into lines that fit `width` at `size`. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Writes lines top-down, starting a new page when one is full. */
class Cursor {
  page: PDFPage;
  y: number;
  constructor(private readonly doc: PDFDocument) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  need(height: number): void {
    if (this.y - height < MARGIN + 20) {
      this.page = this.doc.addPage(A4);
      this.y = A4[1] - MARGIN;
    }
  }
  text(s: string, x: number, font: PDFFont, size: number, color = INK): void {
    this.page.drawText(s, { x, y: this.y - size, size, font, color });
  }
}

export async function renderPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachingFontkit);
  const bytes = fontBytes();
  const regular = await doc.embedFont(bytes.regular, { subset: true });
  const bold = await doc.embedFont(bytes.bold, { subset: true });
  doc.setTitle(spec.title);
  doc.setAuthor(spec.meta.author);
  doc.setSubject(spec.meta.subject);
  doc.setLanguage(spec.meta.language);
  doc.setProducer('LIH sandbox insurer');
  doc.setCreator('LIH sandbox insurer');
  doc.setCreationDate(spec.meta.created);
  doc.setModificationDate(spec.meta.created);

  const width = A4[0] - 2 * MARGIN;
  const cur = new Cursor(doc);
  cur.text(spec.title, MARGIN, bold, 18);
  cur.y -= 26;
  if (spec.subtitle) {
    cur.text(spec.subtitle, MARGIN, regular, 11, MUTED);
    cur.y -= 20;
  }

  const bannerLines = wrap(spec.banner, bold, 9, width - 16);
  const bannerHeight = bannerLines.length * 12 + 10;
  cur.page.drawRectangle({ x: MARGIN, y: cur.y - bannerHeight, width, height: bannerHeight, borderColor: ACCENT, borderWidth: 1 });
  cur.y -= 5;
  for (const line of bannerLines) {
    cur.text(line, MARGIN + 8, bold, 9, ACCENT);
    cur.y -= 12;
  }
  cur.y -= 17;

  for (const section of spec.sections) {
    if (section.heading) {
      cur.need(30);
      cur.text(section.heading, MARGIN, bold, 12);
      cur.y -= 20;
    }
    for (const [label, value] of section.rows) {
      const labelLines = wrap(label, bold, 10, LABEL_WIDTH - 10);
      const valueLines = wrap(value, regular, 10, width - LABEL_WIDTH);
      const lines = Math.max(labelLines.length, valueLines.length);
      cur.need(lines * 14);
      const top = cur.y;
      labelLines.forEach((l, i) => {
        cur.y = top - i * 14;
        cur.text(l, MARGIN, bold, 10, MUTED);
      });
      valueLines.forEach((l, i) => {
        cur.y = top - i * 14;
        cur.text(l, MARGIN + LABEL_WIDTH, regular, 10);
      });
      cur.y = top - lines * 14 - 2;
    }
    cur.y -= 10;
  }

  for (const paragraph of spec.paragraphs) {
    for (const line of wrap(paragraph, regular, 10, width)) {
      cur.need(14);
      cur.text(line, MARGIN, regular, 10);
      cur.y -= 14;
    }
    cur.y -= 6;
  }

  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const footer = `${spec.footer} · ${i + 1}/${pages.length}`;
    page.drawText(footer, { x: MARGIN, y: MARGIN - 20, size: 8, font: regular, color: MUTED });
  });
  return doc.save();
}
