/**
 * Helpers for the contract tests: stand on a fixed day, check a body, and
 * assert one field error the way a person sees it (path, key, both languages).
 * Isomorphic like the tests themselves: no node: imports.
 */
import { expect } from '../support/bdd.js';
import { setClock } from '../../src/contract/clock.js';
import { checkWith, type FieldError } from '../../src/contract/issues.js';
import { checkProduct } from '../../src/contract/products/index.js';
import type { ValidationKey } from '../../src/contract/i18n/validation.js';
import type { Params } from '../../src/contract/i18n/format.js';
import type * as z from 'zod/mini';

/** The day most tests stand on: Sunday 1 March 2026 in Bucharest. */
export const DAY = '2026-03-01';

/**
 * Runs `fn` with the clock stopped at `instant`: a full ISO instant, or a bare
 * YYYY-MM-DD read as noon in Bucharest (10:00Z), well away from midnight.
 */
export function at<T>(instant: string, fn: () => T): T {
  const when = new Date(instant.includes('T') ? instant : `${instant}T10:00:00Z`);
  const restore = setClock(() => when);
  try {
    return fn();
  } finally {
    restore();
  }
}

/** A test body: fixtures are plain JSON, broken freely by the tests. */
export type Body = any;

const describeErrors = (errors: FieldError[]) => JSON.stringify(errors.map((e) => [e.path, e.key, e.params]));

/** Asserts that a product body passes and returns its parsed output. */
export function passes(body: unknown): Body {
  const r = checkProduct(body);
  expect(r.ok, r.ok ? '' : describeErrors(r.errors)).to.equal(true);
  return r.ok ? r.data : undefined;
}

/** Asserts that a value passes a schema and returns its parsed output. */
export function parses<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const r = checkWith(schema, input);
  expect(r.ok, r.ok ? '' : describeErrors(r.errors)).to.equal(true);
  return (r.ok ? r.data : undefined) as z.output<S>;
}

/** The errors of a product body that must fail. */
export function errorsOf(body: unknown): FieldError[] {
  const r = checkProduct(body);
  expect(r.ok, 'expected the body to fail').to.equal(false);
  return r.ok ? [] : r.errors;
}

/** The errors of a value that must fail a schema. */
export function schemaErrors(schema: z.ZodMiniType, input: unknown): FieldError[] {
  const r = checkWith(schema, input);
  expect(r.ok, 'expected the value to fail').to.equal(false);
  return r.ok ? [] : r.errors;
}

/** Asserts a readable error: key and params as given, both messages present and told apart. */
export function expectReadable(e: FieldError, key: ValidationKey, params?: Params): void {
  expect(e.key, `key at ${e.path}`).to.equal(key);
  if (params !== undefined) expect(e.params).to.deep.equal(params);
  expect(e.message.en, 'English message').to.be.a('string').and.not.equal('');
  expect(e.message.ro, 'Romanian message').to.be.a('string').and.not.equal('');
  expect(e.message.ro, 'Romanian differs from English').to.not.equal(e.message.en);
  expect(e.message.en, 'no unfilled placeholder').to.not.match(/\{\w+\}/);
  expect(e.message.ro, 'no unfilled placeholder').to.not.match(/\{\w+\}/);
}

/** Finds the error at `path` among others and checks it. */
export function expectError(errors: FieldError[], path: string, key: ValidationKey, params?: Params): FieldError {
  const e = errors.find((x) => x.path === path);
  expect(e, `no error at "${path}" in ${describeErrors(errors)}`).to.not.equal(undefined);
  expectReadable(e!, key, params);
  return e!;
}

/** Asserts that `body` breaks exactly one rule: the one at `path` with `key`. */
export function expectBroken(body: unknown, path: string, key: ValidationKey, params?: Params): FieldError {
  const errors = errorsOf(body);
  expect(errors.map((e) => e.path), describeErrors(errors)).to.deep.equal([path]);
  return expectError(errors, path, key, params);
}

/** The same for a schema other than a product. */
export function expectSchemaBroken(schema: z.ZodMiniType, input: unknown, path: string, key: ValidationKey, params?: Params): FieldError {
  const errors = schemaErrors(schema, input);
  expect(errors.map((e) => e.path), describeErrors(errors)).to.deep.equal([path]);
  return expectError(errors, path, key, params);
}

/** Every number and boolean in a JSON value written as a string, the way the docs' examples send them. */
export function stringifyScalars(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stringifyScalars);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringifyScalars(v)]));
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}
