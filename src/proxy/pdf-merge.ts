/**
 * The insurer sends an offer as several files (offer, dnt, pre-contract, gdpr,
 * terms); the customer downloads one PDF. pdf-lib copies the pages of each, in
 * the insurer's order.
 */
import { PDFDocument } from 'pdf-lib';

export const isPdf = (bytes: Uint8Array): boolean =>
  bytes.length > 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF

/** One PDF from several; a single file is passed through untouched. */
export async function mergePdfs(files: readonly Uint8Array[]): Promise<Uint8Array> {
  if (files.length === 1) return files[0]!;
  const out = await PDFDocument.create();
  for (const bytes of files) {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true });
    const pages = await out.copyPages(doc, doc.getPageIndices());
    for (const p of pages) out.addPage(p);
  }
  return out.save();
}
