import { describe, it, expect } from '../support/bdd.js';
import { COUNTY_CODES, countyCodeOf, countyNumber, isCountyCode } from '../../src/validators/counties.js';

// jud,code from shared/data/counties.csv, copied verbatim so the browser run needs no file access.
const CSV = `1,AB 2,AR 3,AG 4,BC 5,BH 6,BN 7,BT 8,BV 9,BR 10,BZ 11,CS 12,CJ 13,CT 14,CV 15,DB 16,DJ 17,GL 18,GJ 19,HR
20,HD 21,IL 22,IS 23,IF 24,MM 25,MH 26,MS 27,NT 28,OT 29,PH 30,SM 31,SJ 32,SB 33,SV 34,TR 35,TM 36,TL 37,VS 38,VL
39,VN 40,B 51,CL 52,GR`;
const rows = CSV.split(/\s+/).map((r) => {
  const [jud, code] = r.split(',');
  return { jud: Number(jud), code: code! };
});

// The list in RO-IDENTIFIERS.md ("as used by the API's /nomenclature/county").
const DOC_CODES = 'AB AR AG BC BH BN BT BR BV BZ CL CS CJ CT CV DB DJ GL GR GJ HR HD IL IS IF MM MH MS NT OT PH SJ SM SB SV TR TM TL VL VS VN B';

describe('counties', () => {
  it('has the 42 county codes, each once', () => {
    expect(COUNTY_CODES).to.have.length(42);
    expect(new Set(COUNTY_CODES).size).to.equal(42);
    expect([...COUNTY_CODES].sort()).to.deep.equal(DOC_CODES.split(' ').sort());
  });

  it('maps every code to its counties.csv number and back', () => {
    expect(rows).to.have.length(42);
    for (const { jud, code } of rows) {
      expect(countyNumber(code), code).to.equal(jud);
      expect(countyCodeOf(jud), String(jud)).to.equal(code);
    }
  });

  it('knows Bucharest as B / 40 and the late counties Călărași 51, Giurgiu 52', () => {
    expect(countyNumber('B')).to.equal(40);
    expect(countyCodeOf(51)).to.equal('CL');
    expect(countyCodeOf(52)).to.equal('GR');
  });

  it('rejects codes and numbers that are not counties', () => {
    for (const code of ['', 'Q', 'BB', 'XX', 'cj', 'CJ ', 'BUC']) expect(isCountyCode(code), code).to.equal(false);
    for (const code of ['CJ', 'B', 'GR']) expect(isCountyCode(code), code).to.equal(true);
    expect(countyNumber('XX')).to.equal(undefined);
    for (const n of [0, 41, 46, 50, 53, 70, -1, 1.5, Number.NaN]) expect(countyCodeOf(n), String(n)).to.equal(undefined);
  });
});
