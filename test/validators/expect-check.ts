import { expect } from '../support/bdd.js';
import type { Check } from '../../src/validators/result.js';

/** Asserts a passing check with the given normalised value (readable failure output: the whole result). */
export function expectOk(check: Check, value: string): void {
  expect(check).to.deep.equal({ ok: true, value });
}

/** Asserts a failing check with the given reason. */
export function expectFail(check: Check, reason: string): void {
  expect(check).to.deep.equal({ ok: false, reason });
}
