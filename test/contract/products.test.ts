import { describe, it, expect } from '../support/bdd.js';
import { PRODUCTS, PRODUCT_KEYS, checkProduct, detectProduct, isProductKey } from '../../src/contract/products/index.js';
import { BODIES, company, gapBody, tireBody, businessCyberProtectionBody, extendedWarrantyBody } from '../support/fixtures.js';
import { DAY, at, expectBroken, expectReadable, passes, stringifyScalars, type Body } from './support.js';

describe('products: every fixture body', () => {
  it('covers exactly the nine documented product keys', () => {
    expect(Object.keys(BODIES).sort()).to.deep.equal([...PRODUCT_KEYS].sort());
    expect([...PRODUCT_KEYS].sort()).to.deep.equal(
      ['businessCyberProtection', 'digitalProtection', 'electronics', 'extendedWarranty', 'gap', 'houseAssistance', 'solarPanel', 'tire', 'tireFleet'].sort(),
    );
  });

  it('names the documented insurers for each product', () => {
    const insurers = Object.fromEntries(PRODUCT_KEYS.map((k) => [k, [...PRODUCTS[k].insurers]]));
    expect(insurers).to.deep.equal({
      tire: ['michelin'],
      tireFleet: ['michelin'],
      electronics: ['lg'],
      extendedWarranty: ['porsche'],
      solarPanel: ['colonnade'],
      gap: ['colonnade'],
      houseAssistance: ['pointer', 'allianz'],
      digitalProtection: ['levins'],
      businessCyberProtection: ['levins'],
    });
  });

  for (const key of PRODUCT_KEYS) {
    it(`${key}: passes and is detected as ${key}`, () =>
      at(DAY, () => {
        const r = checkProduct(BODIES[key]());
        expect(r.ok, r.ok ? '' : JSON.stringify(r.errors)).to.equal(true);
        expect(r.key).to.equal(key);
      }));

    it(`${key}: passes on other days too (leap day, Bucharest's midnight and new year)`, () => {
      for (const day of ['2025-01-01', '2028-02-29', '2026-07-01T21:30:00Z', '2026-12-31T22:30:00Z']) {
        at(day, () => {
          const r = checkProduct(BODIES[key]());
          expect(r.ok, `${day}: ${r.ok ? '' : JSON.stringify(r.errors)}`).to.equal(true);
        });
      }
    });

    it(`${key}: every number and boolean may come as a string and comes out typed`, () =>
      at(DAY, () => {
        const typed = passes(BODIES[key]());
        const fromStrings = passes(stringifyScalars(BODIES[key]()));
        expect(fromStrings).to.deep.equal(typed);
      }));
  }
});

describe('products: numbers and booleans as strings ("Numbers as strings")', () => {
  it('prices typed the Romanian way: 2.396 and 2.396,50 are thousands, 143,76 and 143.76 are decimals', () =>
    at(DAY, () => {
      const price = (p: string) => {
        const b: Body = tireBody();
        b.tire.purchasePrice = p;
        return passes(b).tire.purchasePrice;
      };
      expect(price('2.396')).to.equal(2396);
      expect(price('2.396,50')).to.equal(2396.5);
      expect(price('143,76')).to.equal(143.76);
      expect(price('143.76')).to.equal(143.76);
      expect(price(' 2 396 ')).to.equal(2396);
      expectBroken(Object.assign(tireBody(), { tire: { ...tireBody().tire, purchasePrice: '8.000,01' } }), 'tire.purchasePrice', 'max', { max: 8000 });
    }));

  it('tire: "12", "2400", "17" and "false" come out as numbers and booleans', () =>
    at(DAY, () => {
      const b: Body = tireBody();
      Object.assign(b.tire, { termTime: '12', purchasePrice: '2400', tireWidth: '17' });
      Object.assign(b.additionalData.agreements, { purchased4Tires: 'true', customerAgreement: 'true', marketingConsent: 'false' });
      b.policyholder.address.cityCode = '54984';
      const d = passes(b);
      expect(d.tire.termTime).to.equal(12);
      expect(d.tire.purchasePrice).to.equal(2400);
      expect(d.tire.tireWidth).to.equal(17);
      expect(d.additionalData.agreements).to.deep.equal({ purchased4Tires: true, customerAgreement: true, michelinDataAgreement: true, marketingConsent: false });
      expect(d.policyholder.address.cityCode).to.equal(54984);
    }));

  it('businessCyberProtection: "50000", "25", "false" come out as numbers and booleans', () =>
    at(DAY, () => {
      const b: Body = businessCyberProtectionBody();
      Object.assign(b.businessCyberProtection, { insuredAmount: '50000', numberOfEmployees: '25', hasFirewall: 'false', termTime: '12', installmentCount: '4' });
      const d = passes(b).businessCyberProtection;
      expect(d.insuredAmount).to.equal(50000);
      expect(d.numberOfEmployees).to.equal(25);
      expect(d.hasFirewall).to.equal(false);
      expect(d.termTime).to.equal(12);
      expect(d.installmentCount).to.equal(4);
    }));

  it('a company: caenCode "6201" comes out 6201; decimals with a comma are read too', () =>
    at(DAY, () => {
      const b: Body = tireBody();
      b.policyholder = { ...company(), caenCode: '6201' };
      b.tire.purchasePrice = '2399,50';
      const d = passes(b);
      expect(d.policyholder.caenCode).to.equal(6201);
      expect(d.tire.purchasePrice).to.equal(2399.5);
    }));

  it('a word where a number belongs is not a number', () =>
    at(DAY, () => {
      const b: Body = tireBody();
      b.tire.purchasePrice = 'two thousand';
      const r = checkProduct(b);
      expect(r.ok).to.equal(false);
      if (!r.ok) expectReadable(r.errors[0]!, 'number');
    }));
});

describe('products: identifiers come out in the form sent upstream', () => {
  it('the phone +40 722 123 456 comes out 0722123456', () =>
    at(DAY, () => {
      const b: Body = tireBody();
      b.policyholder.mobileNumber = '+40 722 123 456';
      expect(passes(b).policyholder.mobileNumber).to.equal('0722123456');
    }));

  it('the ID card "cj 123 456" comes out CJ123456, the county "cj" comes out CJ', () =>
    at(DAY, () => {
      const b: Body = tireBody();
      b.policyholder.identification.idNumber = 'cj 123 456';
      b.policyholder.address.county = 'cj';
      const d = passes(b);
      expect(d.policyholder.identification.idNumber).to.equal('CJ123456');
      expect(d.policyholder.address.county).to.equal('CJ');
    }));

  it('the tyre make "Michelin" comes out as the nomenclature code michelin', () =>
    at(DAY, () => {
      const b: Body = tireBody();
      b.tire.tireMake = ' Michelin ';
      expect(passes(b).tire.tireMake).to.equal('michelin');
    }));

  it('a registry number typed with spaces comes out J12/1403/2004', () =>
    at(DAY, () => {
      const b: Body = tireBody();
      b.policyholder = { ...company(), companyRegistryNumber: 'j12 1403 2004' };
      expect(passes(b).policyholder.companyRegistryNumber).to.equal('J12/1403/2004');
    }));

  it('the extended-warranty brand "SKODA" comes out as the list writes it: Skoda', () =>
    at(DAY, () => {
      const b: Body = extendedWarrantyBody();
      b.extendedWarranty.vehicle.brand = 'SKODA';
      expect(passes(b).extendedWarranty.vehicle.brand).to.equal('Skoda');
    }));

  it('the GAP example vehicle: seats "5" and yearOfConstruction "2025" come out as numbers', () =>
    at(DAY, () => {
      const b: Body = gapBody();
      b.gap.vehicle.seats = '5';
      b.gap.vehicle.yearOfConstruction = '2025';
      const v = passes(b).gap.vehicle;
      expect(v.seats).to.equal(5);
      expect(v.yearOfConstruction).to.equal(2025);
    }));
});

describe('products: exactly one product key ("the system determines the product type")', () => {
  const values = [...PRODUCT_KEYS];

  it('two products in one body are refused as a whole, naming the products', () =>
    at(DAY, () => {
      const body = { ...gapBody(), solarPanel: {} };
      const r = checkProduct(body);
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.errors).to.have.length(1);
      expect(r.errors[0]!.path).to.equal('');
      expectReadable(r.errors[0]!, 'product.exactlyOne', { values });
      expect(r.errors[0]!.message.en).to.equal(`Send exactly one product: ${values.join(', ')}.`);
      expect(r.errors[0]!.message.ro).to.equal(`Trimiteți exact un produs: ${values.join(', ')}.`);
    }));

  it('no product key, an empty body and a non-object are refused the same way', () => {
    for (const body of [{ policyholder: {} }, {}, null, 'tire', []]) {
      const r = detectProduct(body);
      expect(r.ok, JSON.stringify(body)).to.equal(false);
      if (!r.ok) expectReadable(r.errors[0]!, 'product.exactlyOne');
    }
  });

  it('an unknown key beside one product does not count as a product', () => {
    const r = detectProduct({ tire: {}, policyholder: {}, additionalData: {}, casco: {} });
    expect(r).to.deep.equal({ ok: true, key: 'tire' });
    expect(isProductKey('casco')).to.equal(false);
    expect(isProductKey('tireFleet')).to.equal(true);
  });

  it('reports the detected key with the field errors of that product', () =>
    at(DAY, () => {
      const b: Body = tireBody();
      b.tire.termTime = 36;
      const r = checkProduct(b);
      expect(r.ok).to.equal(false);
      expect(r.key).to.equal('tire');
    }));
});
