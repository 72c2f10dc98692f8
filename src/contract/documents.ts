import * as z from 'zod/mini';

/** Document answers: `{data: {files: [{type, name, content: base64, mimeType?}]}}`. */
export const documentFile = z.object({
  type: z.string(),
  name: z.string(),
  content: z.string(),
  mimeType: z.optional(z.string()),
});
export type DocumentFile = z.output<typeof documentFile>;

export const documentsResponse = z.object({ data: z.object({ files: z.array(documentFile) }) });
export type DocumentsResponse = z.output<typeof documentsResponse>;

/** The documents an offer download holds (Assets API §5.1). */
export const OFFER_DOCUMENT_TYPES = ['offer', 'dnt', 'pre-contract', 'gdpr', 'terms-and-conditions'] as const;
