/**
 * Writes config/proxy.config.schema.json from the zod schema in config.ts, so
 * editors validate and complete the configuration file (its `$schema` points
 * here). Run after changing the schema: `npx tsx src/proxy/config-schema.ts`;
 * a test fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { configSchema } from './config.js';

export const SCHEMA_PATH = 'config/proxy.config.schema.json';

export function configJsonSchema(): string {
  // Refinements (origins, URLs, cross-key rules) are not expressible in JSON Schema; start-up checks them.
  return `${JSON.stringify(z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(SCHEMA_PATH, configJsonSchema());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}
