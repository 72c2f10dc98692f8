import { describe, it, expect } from '../support/bdd.js';
import { COUNTY_CODES } from '../../src/validators/index.js';
import { address as addressSchema } from '../../src/contract/address.js';
import { isLegalEntity, person } from '../../src/contract/person.js';
import {
  VALID,
  address,
  company,
  digitalProtectionBody,
  foreigner,
  gapBody,
  individual,
  solarPanelBody,
  tireBody,
  businessCyberProtectionBody,
  tireFleetBody,
} from '../support/fixtures.js';
import { DAY, at, errorsOf, expectBroken, expectError, expectSchemaBroken, parses, passes, type Body } from './support.js';

/** A tire body (registry number required for companies) with the given policyholder. */
const tireWith = (policyholder: Body): Body => ({ ...tireBody(), policyholder });
const P = 'policyholder';

describe('person: individual (no businessName)', () => {
  it('is an individual when businessName is absent; present, it is a company ("Yes if businessName is not present")', () => {
    expect(isLegalEntity({})).to.equal(false);
    expect(isLegalEntity({ businessName: 'Life is Hard SA' })).to.equal(true);
    expect(isLegalEntity({ businessName: '' })).to.equal(true);
  });

  it('a company whose name is still blank is told the name is required — not asked for a CNP and an ID card', () =>
    at(DAY, () => {
      const errors = errorsOf(tireWith({ ...company(), businessName: '  ' }));
      expect(errors.map((e) => [e.path, e.key])).to.deep.equal([[`${P}.businessName`, 'required']]);
    }));

  for (const field of ['lastName', 'firstName', 'identification', 'taxId', 'email', 'mobileNumber', 'address'] as const) {
    it(`requires ${field}`, () =>
      at(DAY, () => {
        const p: Body = individual();
        delete p[field];
        expectBroken(tireWith(p), `${P}.${field}`, 'required');
      }));
  }

  it('an empty last name counts as missing', () =>
    at(DAY, () => {
      const p: Body = { ...individual(), lastName: '  ' };
      expectBroken(tireWith(p), `${P}.lastName`, 'required');
    }));

  it('identification.idType: only CI', () =>
    at(DAY, () => {
      const p: Body = individual();
      p.identification.idType = 'PASSPORT';
      expectBroken(tireWith(p), `${P}.identification.idType`, 'oneOf', { values: ['CI'] });
    }));

  it('identification.idNumber: a Romanian ID series and number', () =>
    at(DAY, () => {
      const p: Body = individual();
      p.identification.idNumber = 'C1234567';
      const e = expectBroken(tireWith(p), `${P}.identification.idNumber`, 'idCard.format');
      expect(e.message.en).to.equal('Enter the series (2 letters) and number (6 digits).');
      expect(e.message.ro).to.equal('Introduceți seria (2 litere) și numărul (6 cifre).');
    }));

  it('identification.idNumber is required when identification is present', () =>
    at(DAY, () => {
      const p: Body = individual();
      delete p.identification.idNumber;
      expectBroken(tireWith(p), `${P}.identification.idNumber`, 'required');
    }));

  it('identification.issueDate: YYYY-MM-DD', () =>
    at(DAY, () => {
      const p: Body = individual();
      p.identification.issueDate = '24.11.2022';
      expectBroken(tireWith(p), `${P}.identification.issueDate`, 'date.format');
    }));

  it('issueAuthority and issueDate are optional', () =>
    at(DAY, () => {
      const p: Body = individual();
      p.identification = { idType: 'CI', idNumber: VALID.idCard };
      passes(tireWith(p));
    }));

  describe('taxId: a valid CNP', () => {
    const cases: [string, string, 'cnp.format' | 'cnp.date' | 'cnp.county' | 'cnp.serial' | 'cnp.checksum'][] = [
      ['12 digits', '163061512345', 'cnp.format'],
      ['a wrong check digit', '1630615123458', 'cnp.checksum'],
      ['22 June… month 22', '1632215123457', 'cnp.date'],
      ['county 99', '1630615993454', 'cnp.county'],
      ['serial 000', '1630615120005', 'cnp.serial'],
      ["the docs' example 1910716000000 (county 00, serial 000)", '1910716000000', 'cnp.county'],
    ];
    for (const [what, cnp, key] of cases) {
      it(`rejects ${what} (${key})`, () =>
        at(DAY, () => {
          expectBroken(tireWith({ ...individual(), taxId: cnp }), `${P}.taxId`, key);
        }));
    }

    it('rejects a birth date after today (Bucharest): born 2 March 2026, checked on 1 March', () =>
      at(DAY, () => {
        expectBroken(tireWith({ ...individual(), taxId: '6260302123450' }), `${P}.taxId`, 'cnp.date');
        passes(tireWith({ ...individual(), taxId: '6260301123458' }));
      }));

    it('a CNP typed with spaces comes out as its 13 digits', () =>
      at(DAY, () => {
        expect(passes(tireWith({ ...individual(), taxId: '1630615 123457' })).policyholder.taxId).to.equal(VALID.cnp);
      }));

    it('a company tax id is not a CNP', () =>
      at(DAY, () => {
        expectBroken(tireWith({ ...individual(), taxId: VALID.cui }), `${P}.taxId`, 'cnp.format');
      }));
  });
});

describe('person: foreign individual (isForeignPerson true)', () => {
  it('the fixture foreigner passes; taxId is not checked as a CNP', () =>
    at(DAY, () => {
      const d = passes(tireWith(foreigner()));
      expect(d.policyholder.taxId).to.equal('X1234567');
      expect(d.policyholder.isForeignPerson).to.equal(true);
    }));

  for (const field of ['nationality', 'citizenship', 'gender', 'birthdate'] as const) {
    it(`requires ${field}`, () =>
      at(DAY, () => {
        const p: Body = foreigner();
        delete p[field];
        expectBroken(tireWith(p), `${P}.${field}`, 'required');
      }));

    it(`does not require ${field} of a Romanian`, () =>
      at(DAY, () => {
        const p: Body = individual();
        delete p[field];
        passes(tireWith(p));
      }));
  }

  it('"true" as a string makes a foreigner too', () =>
    at(DAY, () => {
      const p: Body = { ...foreigner(), isForeignPerson: 'true' };
      delete p.gender;
      expectBroken(tireWith(p), `${P}.gender`, 'required');
    }));

  it('nationality and citizenship: ISO2 codes', () =>
    at(DAY, () => {
      expectBroken(tireWith({ ...foreigner(), nationality: 'Germany' }), `${P}.nationality`, 'format');
      expectBroken(tireWith({ ...foreigner(), citizenship: 'DEU' }), `${P}.citizenship`, 'format');
      expect(passes(tireWith({ ...foreigner(), citizenship: 'de' })).policyholder.citizenship).to.equal('DE');
    }));

  it('gender: m or f', () =>
    at(DAY, () => {
      expectBroken(tireWith({ ...foreigner(), gender: 'x' }), `${P}.gender`, 'oneOf', { values: ['m', 'f'] });
      passes(tireWith({ ...foreigner(), gender: 'm' }));
    }));

  it('birthdate: in the past — today and tomorrow are refused, yesterday is fine', () =>
    at(DAY, () => {
      const e = expectBroken(tireWith({ ...foreigner(), birthdate: '2026-03-01' }), `${P}.birthdate`, 'date.past');
      expect(e.message.en).to.equal('This date must be in the past.');
      expect(e.message.ro).to.equal('Data trebuie să fie în trecut.');
      expectBroken(tireWith({ ...foreigner(), birthdate: '2026-03-02' }), `${P}.birthdate`, 'date.past');
      passes(tireWith({ ...foreigner(), birthdate: '2026-02-28' }));
    }));

  it('a foreigner still needs names and a CI identification', () =>
    at(DAY, () => {
      const p: Body = foreigner();
      delete p.identification;
      expectBroken(tireWith(p), `${P}.identification`, 'required');
    }));
});

describe('person: cross-field rules report while other fields are still empty', () => {
  it('a wrong CNP is named even when name, email, phone and address are missing (a form filled in order)', () =>
    at(DAY, () => {
      const errors = errorsOf({ tire: tireBody().tire, additionalData: tireBody().additionalData, policyholder: { taxId: '1630615123458' } });
      const taxId = errors.find((e) => e.path === 'policyholder.taxId');
      expect(taxId?.key).to.equal('cnp.checksum');
      expect(errors.some((e) => e.path === 'policyholder.email' && e.key === 'required')).to.equal(true);
    }));
});

describe('person: legal entity (businessName present)', () => {
  it('nationality, citizenship, gender and birthdate are not validated for a company (the docs say so)', () =>
    at(DAY, () => {
      passes(tireWith({ ...company(), nationality: 'GER', citizenship: 'Germany', gender: 'x', birthdate: 'soon' }));
    }));

  it('needs no names, identification or CNP', () =>
    at(DAY, () => {
      const d = passes(tireWith(company()));
      expect(d.policyholder.businessName).to.equal('Life is Hard SA');
    }));

  it('companyRegistryNumber is required (tire, tireFleet, electronics, businessCyberProtection…)', () =>
    at(DAY, () => {
      const p: Body = company();
      delete p.companyRegistryNumber;
      expectBroken(tireWith(p), `${P}.companyRegistryNumber`, 'required');
      const fleet: Body = tireFleetBody();
      delete fleet.policyholder.companyRegistryNumber;
      expectBroken(fleet, `${P}.companyRegistryNumber`, 'required');
      const cyber: Body = businessCyberProtectionBody();
      delete cyber.policyholder.companyRegistryNumber;
      expectBroken(cyber, `${P}.companyRegistryNumber`, 'required');
    }));

  it('…except for solarPanel and gap', () =>
    at(DAY, () => {
      const gap: Body = gapBody();
      delete gap.policyholder.companyRegistryNumber;
      passes(gap);
      const solar: Body = solarPanelBody();
      solar.policyholder = { ...company(), hasRelationsWithRussiaOrBelarus: false };
      delete solar.policyholder.companyRegistryNumber;
      passes(solar);
    }));

  it('companyRegistryNumber: old and new ONRC formats', () =>
    at(DAY, () => {
      passes(tireWith({ ...company(), companyRegistryNumber: VALID.registryNew }));
      const cases: [string, 'registryNumber.format' | 'registryNumber.county' | 'registryNumber.year' | 'registryNumber.checksum'][] = [
        ['J12/1403', 'registryNumber.format'],
        ['J99/1403/2004', 'registryNumber.county'],
        ['J12/1403/1989', 'registryNumber.year'],
        ['J2012000750529', 'registryNumber.checksum'],
      ];
      for (const [n, key] of cases) expectBroken(tireWith({ ...company(), companyRegistryNumber: n }), `${P}.companyRegistryNumber`, key);
    }));

  it('a new-format registry number of next year is refused; the year is Bucharest’s, from the clock', () => {
    // J + 2027 + serial 000123 + county 00 + check digit (4 + 2+0+2+7+0+0+0+1+2+3+0+0 = 21 → 1).
    const next = 'J2027000123001';
    at(DAY, () => expectBroken(tireWith({ ...company(), companyRegistryNumber: next }), `${P}.companyRegistryNumber`, 'registryNumber.year'));
    // 22:30 UTC on 31 December is already 1 January 2027 in Bucharest.
    at('2026-12-31T22:30:00Z', () => passes(tireWith({ ...company(), companyRegistryNumber: next })));
  });

  it('taxId: a company tax id (CUI), with or without RO; it comes out without RO', () =>
    at(DAY, () => {
      const d = passes(tireWith({ ...company(), taxId: VALID.cuiWithPrefix }));
      expect(d.policyholder.taxId).to.equal('18547290');
      expect(passes(tireWith({ ...company(), taxId: 'ro 18547290' })).policyholder.taxId).to.equal('18547290');
    }));

  it('taxId: a wrong CUI check digit, a CNP instead of a CUI', () =>
    at(DAY, () => {
      expectBroken(tireWith({ ...company(), taxId: '18547291' }), `${P}.taxId`, 'cui.checksum');
      expectBroken(tireWith({ ...company(), taxId: VALID.cnp }), `${P}.taxId`, 'cui.format');
    }));

  it('caenCode is optional', () =>
    at(DAY, () => {
      const p: Body = company();
      delete p.caenCode;
      passes(tireWith(p));
    }));
});

describe('person: hasDisability and isRetired', () => {
  it('either alone is fine for an individual', () =>
    at(DAY, () => {
      passes(tireWith({ ...individual(), hasDisability: true, isRetired: false }));
      passes(tireWith({ ...individual(), hasDisability: false, isRetired: true }));
    }));

  it('not both', () =>
    at(DAY, () => {
      const e = expectBroken(tireWith({ ...individual(), hasDisability: true, isRetired: 'true' }), `${P}.isRetired`, 'person.notBoth');
      expect(e.message.en).to.equal('A person cannot be both retired and with a disability here: choose one.');
    }));

  it('neither for a company (false is fine)', () =>
    at(DAY, () => {
      expectBroken(tireWith({ ...company(), hasDisability: true }), `${P}.hasDisability`, 'person.notForCompany');
      expectBroken(tireWith({ ...company(), isRetired: true }), `${P}.isRetired`, 'person.notForCompany');
      passes(tireWith({ ...company(), hasDisability: false, isRetired: false }));
    }));
});

describe('person: drivingLicense', () => {
  it('issueDate not in the future: today fine, tomorrow refused', () =>
    at(DAY, () => {
      passes(tireWith({ ...individual(), drivingLicense: { issueDate: DAY } }));
      const e = expectBroken(tireWith({ ...individual(), drivingLicense: { issueDate: '2026-03-02' } }), `${P}.drivingLicense.issueDate`, 'date.notFuture');
      expect(e.message.en).to.equal('This date cannot be in the future.');
      expect(e.message.ro).to.equal('Data nu poate fi în viitor.');
    }));

  it('issueDate is required when drivingLicense is present', () =>
    at(DAY, () => {
      expectBroken(tireWith({ ...individual(), drivingLicense: {} }), `${P}.drivingLicense.issueDate`, 'required');
    }));
});

describe('person: email and mobile number', () => {
  it('email must be valid', () =>
    at(DAY, () => {
      for (const bad of ['vasile.pop@', 'vasile pop@example.ro', 'example.ro']) {
        expectBroken(tireWith({ ...individual(), email: bad }), `${P}.email`, 'email');
      }
    }));

  it('mobileNumber: exactly 10 digits without prefix', () =>
    at(DAY, () => {
      for (const bad of ['072212345', '07221234567', '722123456', 'phone']) {
        const e = expectBroken(tireWith({ ...individual(), mobileNumber: bad }), `${P}.mobileNumber`, 'phone.format');
        expect(e.message.en).to.equal('Enter 10 digits, starting with 0.');
      }
      expect(passes(tireWith({ ...individual(), mobileNumber: '0040 722 123 456' })).policyholder.mobileNumber).to.equal('0722123456');
      expect(passes(tireWith({ ...individual(), mobileNumber: '0365 123 456' })).policyholder.mobileNumber).to.equal('0365123456');
    }));

  it('a foreign prefix is refused with its own message', () =>
    at(DAY, () => {
      expectBroken(tireWith({ ...individual(), mobileNumber: '+44 7700 900123' }), `${P}.mobileNumber`, 'phone.country');
    }));
});

describe('address', () => {
  const A = `${P}.address`;

  it('every one of the 42 county codes is accepted, and only those', () => {
    expect(COUNTY_CODES).to.have.length(42);
    for (const county of COUNTY_CODES) parses(addressSchema, { ...address(), county });
    for (const county of ['XX', 'CLUJ', 'RO', 'B1']) {
      expectSchemaBroken(addressSchema, { ...address(), county }, 'county', 'address.county');
    }
  });

  it('county is a code; a Romanian sees the exact message', () =>
    at(DAY, () => {
      const p: Body = individual();
      p.address.county = 'Cluj';
      const e = expectBroken(tireWith(p), `${A}.county`, 'address.county');
      expect(e.message.en).to.equal('Choose a county from the list.');
      expect(e.message.ro).to.equal('Alegeți un județ din listă.');
    }));

  for (const field of ['county', 'city', 'cityCode', 'street', 'houseNumber'] as const) {
    it(`requires ${field}`, () =>
      at(DAY, () => {
        const p: Body = individual();
        delete p.address[field];
        expectBroken(tireWith(p), `${A}.${field}`, 'required');
      }));
  }

  it('country, building, staircase, apartment, floor and postcode are optional', () => {
    parses(addressSchema, { county: 'B', city: 'București', cityCode: 179132, street: 'Calea Victoriei', houseNumber: '1' });
  });

  it('cityCode: a SIRUTA number; "54984" comes out 54984', () => {
    expect(parses(addressSchema, { ...address(), cityCode: '54984' }).cityCode).to.equal(54984);
    expectSchemaBroken(addressSchema, { ...address(), cityCode: 'Cluj' }, 'cityCode', 'number');
  });

  it('country: ISO2', () => {
    expectSchemaBroken(addressSchema, { ...address(), country: 'ROU' }, 'country', 'format');
    expect(parses(addressSchema, { ...address(), country: 'ro' }).country).to.equal('RO');
  });

  it('the address of a vehicle or installation follows the same rules', () =>
    at(DAY, () => {
      const gap: Body = gapBody();
      gap.gap.vehicle.address.county = 'XX';
      expectBroken(gap, 'gap.vehicle.address.county', 'address.county');
      const solar: Body = solarPanelBody();
      delete solar.solarPanel.solarPanelItems[0].address.street;
      expectBroken(solar, 'solarPanel.solarPanelItems.0.address.street', 'required');
    }));
});

describe('person: who a product may insure', () => {
  it('digitalProtection: individuals only', () =>
    at(DAY, () => {
      const b: Body = { ...digitalProtectionBody(), policyholder: company() };
      const e = expectBroken(b, `${P}.businessName`, 'person.individualsOnly');
      expect(e.message.en).to.equal('This insurance is for individuals only.');
      expect(e.message.ro).to.equal('Această asigurare este doar pentru persoane fizice.');
      passes({ ...digitalProtectionBody(), policyholder: foreigner() });
    }));

  it('businessCyberProtection: businesses only', () =>
    at(DAY, () => {
      const b: Body = { ...businessCyberProtectionBody(), policyholder: individual() };
      const e = expectBroken(b, `${P}.businessName`, 'person.businessesOnly');
      expect(e.message.en).to.equal('This insurance is for companies only.');
    }));

  it('Colonnade: a legal entity must send hasRelationsWithRussiaOrBelarus false', () =>
    at(DAY, () => {
      for (const body of [gapBody(), { ...solarPanelBody(), policyholder: { ...company(), hasRelationsWithRussiaOrBelarus: false } }] as Body[]) {
        const product = 'gap' in body ? 'gap' : 'solarPanel';
        passes(body);
        passes({ ...body, policyholder: { ...body.policyholder, hasRelationsWithRussiaOrBelarus: 'false' } });
        const missing = { ...body, policyholder: { ...body.policyholder } };
        delete missing.policyholder.hasRelationsWithRussiaOrBelarus;
        expectBroken(missing, `${P}.hasRelationsWithRussiaOrBelarus`, 'required');
        const e = expectBroken({ ...body, policyholder: { ...body.policyholder, hasRelationsWithRussiaOrBelarus: true } }, `${P}.hasRelationsWithRussiaOrBelarus`, 'person.sanctions');
        expect(e.message.en, product).to.equal('We cannot insure a company with relations with Russia or Belarus.');
      }
    }));

  it('Colonnade: an individual need not send it', () =>
    at(DAY, () => {
      passes({ ...gapBody(), policyholder: individual() });
      passes(solarPanelBody());
    }));

  it('other insurers do not ask for it', () =>
    at(DAY, () => {
      passes(tireWith(company()));
    }));
});

describe('person: the schema on its own', () => {
  it('person() with no rules accepts any policyholder and reports several problems at once', () =>
    at(DAY, () => {
      const schema = person();
      parses(schema, individual());
      parses(schema, company());
      parses(schema, foreigner());
      const r = schema.safeParse({ ...individual(), email: 'x', hasDisability: true, isRetired: true });
      expect(r.success).to.equal(false);
    }));

  it('a cross-field rule and a field rule are reported together', () =>
    at(DAY, () => {
      const errors = errorsOf(tireWith({ ...individual(), email: 'x', hasDisability: true, isRetired: true }));
      expectError(errors, `${P}.email`, 'email');
      expectError(errors, `${P}.isRetired`, 'person.notBoth');
    }));
});
