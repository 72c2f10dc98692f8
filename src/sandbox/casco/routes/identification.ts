/**
 * Vehicle identification: the mechanical data, checked by the contract in
 * wire mode and against the make and model lists, answered per insurer
 * (`data.<insurer>[]`), each candidate with its own identifier.
 */
import { vehicleIdentificationRequest } from '../../../contract/casco/index.js';
import { checkWire } from '../../../contract/wire.js';
import { readJson } from '../../body.js';
import { SandboxError, prefixed } from '../../errors.js';
import { route } from '../../middleware.js';
import type { Deps, SandboxApp } from '../../context.js';
import { makeAndModelErrors } from '../checks.js';
import { CASCO_INSURER_NAMES } from '../insurers.js';
import { CASCO_PATHS } from '../paths.js';
import { candidatesFor } from '../valuation.js';

export function cascoIdentificationRoutes(app: SandboxApp, deps: Deps): void {
  route(app, deps, 'POST', CASCO_PATHS.identification, { auth: true }, async (c) => {
    const r = checkWire(vehicleIdentificationRequest, await readJson(c));
    if (!r.ok) throw new SandboxError(400, prefixed('', r.errors));
    const v = r.data;
    const errors = makeAndModelErrors('', v);
    if (errors.length) throw new SandboxError(400, errors);
    return c.json({ data: Object.fromEntries(CASCO_INSURER_NAMES.map((name) => [name, candidatesFor(name, v)])) });
  });
}
