/**
 * One `describe`/`it` for tests that run both in Node (node:test) and in
 * Chromium (web-test-runner's mocha). The contract and the validators are
 * isomorphic, so their tests are too: each file imports from here.
 */
type Fn = () => void | Promise<void>;
type Suite = (name: string, fn: () => void) => void;
type Test = (name: string, fn: Fn) => void;

type Hook = (fn: Fn) => void;
interface Bdd {
  describe: Suite;
  it: Test;
  before: Hook;
  after: Hook;
  beforeEach: Hook;
  afterEach: Hook;
}

const g = globalThis as unknown as Partial<Bdd>;
// A variable module name keeps browser bundlers from resolving node:test.
const nodeTest = 'node:test';
const impl: Bdd =
  typeof g.describe === 'function' && typeof g.it === 'function'
    ? (g as Bdd)
    : ((await import(/* @vite-ignore */ nodeTest)) as Bdd);

export const describe: Suite = (name, fn) => impl.describe(name, fn);
export const it: Test = (name, fn) => impl.it(name, fn);
export const before: Hook = (fn) => impl.before(fn);
export const after: Hook = (fn) => impl.after(fn);
export const beforeEach: Hook = (fn) => impl.beforeEach(fn);
export const afterEach: Hook = (fn) => impl.afterEach(fn);
export { expect } from 'chai';
