import * as z from 'zod/mini';

/**
 * The upstream error envelope: `{errors, correlation_id, status 400–500, data?}`.
 * Our sandbox fills `errors` with `{path, message}`; the docs only say "array
 * of error messages", so plain strings are accepted too.
 */
export const upstreamError = z.object({
  errors: z.array(z.union([z.string(), z.object({ path: z.optional(z.string()), message: z.string() })])),
  correlation_id: z.optional(z.string()),
  status: z.union([z.number(), z.string()]),
  data: z.optional(z.unknown()),
});
export type UpstreamError = z.output<typeof upstreamError>;

/** A success envelope around `data`. Auth answers also carry `error` and `status` (as strings in the docs). */
export const upstreamSuccess = <T extends z.ZodMiniType>(data: T) =>
  z.object({ data, error: z.optional(z.union([z.string(), z.boolean()])), status: z.optional(z.union([z.string(), z.number()])) });
