/**
 * A small PDF writer for the sandbox's documents: a title, a "sandbox" banner,
 * label/value tables and paragraphs, on as many A4 pages as they need. Noto
 * Sans is embedded (subset) so Romanian diacritics render and can be read back
 * as text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import * as fontkit from 'fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * Fonts go through upstream fontkit 2, not pdf-lib's fork (@pdf-lib/fontkit
 * 1.1.1): the fork's TrueType subsets write a short `loca` under a head that
 * says long, so FreeType-based viewers (poppler, mupdf, Ghostscript) drew
 * almost no glyphs. The one API difference pdf-lib 1.17 meets is the subset's
 * output: it reads the fork's `encodeStream()`, fontkit 2 has `encode()`.
 *
 * fontkit parses a font on every embed, and its first layout of a parsed font
 * costs 50–150 ms. The fonts never change, so parse each once and let every
 * document reuse it (each still gets its own subset: pdf-lib calls
 * `createSubset()` per embed).
 */
const parsed = new Map<Buffer, fontkit.Font>();
const pdfLibFontkit: Fontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    const bytes = data as Buffer;
    let font = parsed.get(bytes);
    if (!font) {
      const created = fontkit.create(bytes, postscriptName);
      if (!('createSubset' in created)) throw new Error('a font collection is not a font');
      font = forPdfLib(created);
      parsed.set(bytes, font);
    }
    return font as unknown as ReturnType<Fontkit['create']>;
  },
};

function forPdfLib(font: fontkit.Font): fontkit.Font {
  // fontkit keeps one glyph object per id, with the code points of its first
  // use, and pdf-lib writes those into the PDF's ToUnicode map. Encoding a
  // subset creates the components of composite glyphs (the I inside Î) with
  // none, so a later document's "I" would copy and search as nothing. Create
  // every mapped glyph from its code point first, while the font is fresh.
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    return Object.assign(subset, { encodeStream: () => Readable.from([subset.encode()]) });
  };
  return font;
}

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
let fonts: { regular: Buffer; bold: Buffer } | undefined;
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

/**
 * Splits text into lines that fit `width` at `size`. A word wider than a line
 * (a URL, a long code) is cut where it reaches the edge rather than run off
 * the page.
 */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (fits(next)) {
        line = next;
        continue;
      }
      if (line) lines.push(line);
      while (!fits(word)) {
        let cut = word.length - 1;
        while (cut > 1 && !fits(word.slice(0, cut))) cut--;
        lines.push(word.slice(0, cut));
        word = word.slice(cut);
      }
      line = word;
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
  /** Starts a new page unless `height` more fits above the footer. */
  need(height: number): void {
    if (this.y - height >= MARGIN + 20) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  text(s: string, x: number, font: PDFFont, size: number, color = INK): void {
    this.page.drawText(s, { x, y: this.y - size, size, font, color });
  }
}

export async function renderPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(pdfLibFontkit);
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
  for (const line of wrap(spec.title, bold, 18, width)) {
    cur.text(line, MARGIN, bold, 18);
    cur.y -= 24;
  }
  cur.y -= 2;
  if (spec.subtitle) {
    for (const line of wrap(spec.subtitle, regular, 11, width)) {
      cur.text(line, MARGIN, regular, 11, MUTED);
      cur.y -= 15;
    }
    cur.y -= 5;
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
      cur.need(20 + 14); // the heading and at least one row under it
      cur.text(section.heading, MARGIN, bold, 12);
      cur.y -= 20;
    }
    for (const [label, value] of section.rows) {
      const labelLines = wrap(label, bold, 10, LABEL_WIDTH - 10);
      const valueLines = wrap(value, regular, 10, width - LABEL_WIDTH);
      const lines = Math.max(labelLines.length, valueLines.length);
      // Keep a row of a few lines together; a longer one (a fleet's vehicles)
      // flows on to the next pages line by line instead of off the bottom.
      cur.need(Math.min(lines, 4) * 14);
      for (let i = 0; i < lines; i++) {
        if (i > 0) cur.need(14);
        if (labelLines[i]) cur.text(labelLines[i]!, MARGIN, bold, 10, MUTED);
        if (valueLines[i]) cur.text(valueLines[i]!, MARGIN + LABEL_WIDTH, regular, 10);
        cur.y -= 14;
      }
      cur.y -= 2;
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
