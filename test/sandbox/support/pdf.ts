/** Reads a base64 PDF back: pdf-lib must load it, pdfjs gives its text. */
import { PDFDocument } from 'pdf-lib';

export interface ReadPdf {
  pages: number;
  title: string | undefined;
  /** All text, items joined by spaces, whitespace collapsed. */
  text: string;
}

/** A PDF as the insurer's base64 or as downloaded bytes. */
export async function readPdf(pdf: string | Uint8Array): Promise<ReadPdf> {
  const bytes = typeof pdf === 'string' ? new Uint8Array(Buffer.from(pdf, 'base64')) : pdf;
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (head !== '%PDF-') throw new Error(`not a PDF: starts with ${JSON.stringify(head)}`);
  const doc = await PDFDocument.load(bytes);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loaded = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= loaded.numPages; i++) {
    const content = await (await loaded.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await loaded.destroy();
  return { pages: doc.getPageCount(), title: doc.getTitle(), text: parts.join(' ').replace(/\s+/g, ' ') };
}
