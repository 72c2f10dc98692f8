/** Request bodies: JSON or a 400 that says so (never a 500). */
import type { Context } from 'hono';
import { fail } from './errors.js';

export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw fail(400, '', 'request.malformedJson');
  }
}
