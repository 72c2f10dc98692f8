/**
 * One `describe`/`it` for tests that run both in Node (node:test) and in
 * Chromium (web-test-runner's mocha). The contract and the validators are
 * isomorphic, so their tests are too: each file imports from here.
 */
type Fn = () => void | Promise<void>;
type Suite = (name: string, fn: () => void) => void;
type Test = (name: string, fn: Fn) => void;

const g = globalThis as unknown as { describe?: Suite; it?: Test };
// A variable module name keeps browser bundlers from resolving node:test.
const nodeTest = 'node:test';
const impl: { describe: Suite; it: Test } =
  typeof g.describe === 'function' && typeof g.it === 'function'
    ? { describe: g.describe, it: g.it }
    : ((await import(/* @vite-ignore */ nodeTest)) as { describe: Suite; it: Test });

export const describe: Suite = (name, fn) => impl.describe(name, fn);
export const it: Test = (name, fn) => impl.it(name, fn);
export { expect } from 'chai';
