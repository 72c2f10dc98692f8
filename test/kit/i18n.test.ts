import { describe, it, expect } from '../support/bdd.js';
import { en } from '../../src/kit/i18n/en.js';
import { ro } from '../../src/kit/i18n/ro.js';
import { tireStrings } from '../../src/elements/tire-quote/strings.js';
import { enFirst } from '../../src/kit/i18n/first.en.js';
import { enLater } from '../../src/kit/i18n/later.en.js';
import tireEnChunk from '../../src/elements/tire-quote/strings.en.js';
import tireRoChunk from '../../src/elements/tire-quote/strings.ro.js';

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

  it('the kit’s words for the first step and for the later ones (loaded apart) share no key', () => {
    expect(Object.keys(enFirst).filter((k) => k in enLater)).to.deep.equal([]);
  });

  it('each language chunk of the tyre element holds its words and the kit’s first-step words, in that language only', () => {
    for (const [chunk, kit, tire] of [
      [tireEnChunk, en, tireStrings.en],
      [tireRoChunk, ro, tireStrings.ro],
    ] as const) {
      expect(Object.keys(chunk).sort()).to.deep.equal([...Object.keys(enFirst), ...Object.keys(tire)].sort());
      for (const k of Object.keys(enFirst)) expect(chunk[k as keyof typeof chunk]).to.equal(kit[k as keyof typeof kit]);
    }
  });
});
