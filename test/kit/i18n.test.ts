import { describe, it, expect } from '../support/bdd.js';
import { en } from '../../src/kit/i18n/en.js';
import { ro } from '../../src/kit/i18n/ro.js';
import { tireStrings } from '../../src/elements/tire-quote/strings.js';

const catalogs: [string, Record<string, string>, Record<string, string>][] = [
  ['kit', en, ro],
  ['tire', tireStrings.en, tireStrings.ro],
];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('kit: the words in both languages', () => {
  for (const [name, e, r] of catalogs) {
    it(`${name}: English and Romanian have the same keys, none empty, with the same {placeholders}`, () => {
      expect(Object.keys(r).sort()).to.deep.equal(Object.keys(e).sort());
      for (const key of Object.keys(e)) {
        expect(e[key], `${name} en ${key}`).to.not.equal('');
        expect(r[key], `${name} ro ${key}`).to.not.equal('');
        expect(placeholders(r[key]!), `${name} ${key}`).to.deep.equal(placeholders(e[key]!));
      }
    });

    it(`${name}: Romanian is written with comma-below ș ț, never the cedilla ş ţ`, () => {
      for (const [key, text] of Object.entries(r)) expect(/[şţŞŢ]/.test(text), `${key}: ${text}`).to.equal(false);
    });
  }

  it('the product adds only words the kit does not already have (no key defined twice)', () => {
    const both = Object.keys(tireStrings.en).filter((k) => k in en);
    expect(both).to.deep.equal([]);
  });
});
