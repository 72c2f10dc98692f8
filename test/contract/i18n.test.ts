import { describe, it, expect } from '../support/bdd.js';
import { validationEn } from '../../src/contract/i18n/validation.en.js';
import { validationRo } from '../../src/contract/i18n/validation.ro.js';
import { isValidationKey, validationMessage } from '../../src/contract/i18n/validation.js';
import { LOCALES, fillTemplate, formatParam, pickLocale } from '../../src/contract/i18n/format.js';
import { validatorReasons } from '../../src/validators/index.js';

const en: Record<string, string> = validationEn;
const ro: Record<string, string> = validationRo;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('validation catalogs', () => {
  it('have the same keys in English and Romanian', () => {
    expect(Object.keys(ro).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('have no empty message', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(ro)]) expect(text.trim(), key).to.not.equal('');
  });

  it('use the same {placeholders} in both languages', () => {
    for (const key of Object.keys(en)) expect(placeholders(ro[key] ?? ''), key).to.deep.equal(placeholders(en[key]!));
  });

  it('translate every message (Romanian differs from English)', () => {
    for (const key of Object.keys(en)) expect(ro[key], key).to.not.equal(en[key]);
  });

  it('write Romanian with comma-below ș ț, never cedilla ş ţ', () => {
    for (const [key, text] of Object.entries(ro)) expect(text, key).to.not.match(/[şţŞŢ]/);
    const all = Object.values(ro).join(' ');
    for (const letter of ['ș', 'ț', 'ă', 'î', 'â']) expect(all).to.include(letter);
  });

  it('keep Romanian letters out of the English catalog', () => {
    for (const [key, text] of Object.entries(en)) expect(text, key).to.not.match(/[ășțîâĂȘȚÎÂşţ]/);
  });

  it('have a message for every reason every validator can return, under the contract’s prefixes', () => {
    for (const [prefix, reasons] of Object.entries(validatorReasons)) {
      for (const reason of reasons) {
        const key = `${prefix}.${reason}`;
        expect(isValidationKey(key), `${key} in validation.en.ts`).to.equal(true);
        expect(ro[key], `${key} in validation.ro.ts`).to.be.a('string');
      }
    }
  });

  it('isValidationKey knows the catalog and nothing else', () => {
    expect(isValidationKey('cnp.checksum')).to.equal(true);
    expect(isValidationKey('toString')).to.equal(false);
    expect(isValidationKey('cnp.nonsense')).to.equal(false);
  });

  it('validationMessage fills params in both languages', () => {
    expect(validationMessage('date.between', { min: '2026-03-01', max: '2026-04-30' })).to.deep.equal({
      en: 'Choose a date from 1 Mar 2026 to 30 Apr 2026.',
      ro: 'Alegeți o dată între 01.03.2026 și 30.04.2026.',
    });
    expect(validationMessage('required')).to.deep.equal({ en: 'This field is required.', ro: 'Câmpul este obligatoriu.' });
    expect(validationMessage('oneOf', { values: ['m', 'f'] })).to.deep.equal({ en: 'Choose one of: m, f.', ro: 'Alegeți una dintre: m, f.' });
  });
});

describe('formatParam and fillTemplate', () => {
  it('write a date as each language does: ro 01.03.2026, en 1 Mar 2026', () => {
    expect(formatParam('2026-03-01', 'ro')).to.equal('01.03.2026');
    expect(formatParam('2026-03-01', 'en')).to.equal('1 Mar 2026');
    expect(formatParam('2026-12-31', 'ro')).to.equal('31.12.2026');
    expect(formatParam('2026-12-31', 'en')).to.equal('31 Dec 2026');
  });

  it('do not move a date across midnight, whatever the device’s zone', () => {
    // UTC formatting of a UTC date: 1 January stays 1 January.
    expect(formatParam('2027-01-01', 'ro')).to.equal('01.01.2027');
    expect(formatParam('2027-01-01', 'en')).to.equal('1 Jan 2027');
  });

  it('write numbers with each language’s grouping', () => {
    expect(formatParam(180_000, 'ro')).to.equal('180.000');
    expect(formatParam(180_000, 'en')).to.equal('180,000');
    expect(formatParam(12, 'ro')).to.equal('12');
    expect(formatParam(2.5, 'ro')).to.equal('2,5');
  });

  it('leave other text alone and join lists', () => {
    expect(formatParam('2019', 'en')).to.equal('2019');
    expect(formatParam('less_than_1m', 'ro')).to.equal('less_than_1m');
    expect(formatParam(['2026-03-01', 'x', 5000], 'ro')).to.equal('01.03.2026, x, 5.000');
  });

  it('fill every {name} it has a param for and keep the rest', () => {
    expect(fillTemplate('From {min} to {max}.', { min: '2026-03-01', max: '2026-04-30' }, 'ro')).to.equal('From 01.03.2026 to 30.04.2026.');
    expect(fillTemplate('At most {max} ({unit}).', { max: 8000 }, 'en')).to.equal('At most 8,000 ({unit}).');
    expect(fillTemplate('No params.', undefined, 'en')).to.equal('No params.');
  });

  it('pickLocale reads ro and en from header-like values', () => {
    expect(LOCALES).to.deep.equal(['en', 'ro']);
    expect(pickLocale('ro-RO')).to.equal('ro');
    expect(pickLocale('en-US,en;q=0.8')).to.equal('en');
    expect(pickLocale(' RO ')).to.equal('ro');
    expect(pickLocale('de-DE')).to.equal('en');
    expect(pickLocale('de-DE', 'ro')).to.equal('ro');
    expect(pickLocale(undefined)).to.equal('en');
    expect(pickLocale(null, 'ro')).to.equal('ro');
  });
});
