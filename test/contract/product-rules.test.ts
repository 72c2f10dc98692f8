/**
 * One test per documented product rule (Assets API v1.5.0 §3.1, §6; PRODUCTS.md
 * "Product rules"), each with a body that breaks exactly that rule. Dates stand
 * on Sunday 1 March 2026 in Bucharest unless a test says otherwise.
 */
import { describe, it, expect } from '../support/bdd.js';
import { ELECTRONICS_CATEGORIES } from '../../src/contract/products/electronics.js';
import { EXTENDED_WARRANTY_BRANDS } from '../../src/contract/products/extended-warranty.js';
import { REGISTRATION_TYPES } from '../../src/contract/vehicle.js';
import { TURNOVER_BANDS } from '../../src/contract/products/levins.js';
import {
  businessCyberProtectionBody,
  digitalProtectionBody,
  electronicsBody,
  extendedWarrantyBody,
  gapBody,
  houseAssistanceBody,
  solarPanelBody,
  tireBody,
  tireFleetBody,
} from '../support/fixtures.js';
import { DAY, at, errorsOf, expectBroken, expectError, passes, type Body } from './support.js';

// Days around DAY (2026-03-01).
const YESTERDAY = '2026-02-28';
const TOMORROW = '2026-03-02';
const PLUS_60 = '2026-04-30';
const PLUS_61 = '2026-05-01';

const on = (fn: () => void) => () => at(DAY, fn);

describe('tire (Michelin)', () => {
  const withTire = (patch: Record<string, unknown>): Body => {
    const b: Body = tireBody();
    Object.assign(b.tire, patch);
    return b;
  };

  it('startDate: today and today+60 are fine', on(() => {
    passes(withTire({ startDate: DAY }));
    passes(withTire({ startDate: PLUS_60 }));
  }));

  it('startDate: today+61 and yesterday are refused, naming the window', on(() => {
    const e = expectBroken(withTire({ startDate: PLUS_61 }), 'tire.startDate', 'date.between', { min: DAY, max: PLUS_60 });
    expect(e.message.en).to.equal('Choose a date from 1 Mar 2026 to 30 Apr 2026.');
    expect(e.message.ro).to.equal('Alegeți o dată între 01.03.2026 și 30.04.2026.');
    expectBroken(withTire({ startDate: YESTERDAY }), 'tire.startDate', 'date.between', { min: DAY, max: PLUS_60 });
  }));

  it('startDate: YYYY-MM-DD and a real day', on(() => {
    for (const bad of ['01.03.2026', '2026-3-1', '2026-02-30', 'tomorrow']) {
      const e = expectBroken(withTire({ startDate: bad }), 'tire.startDate', 'date.format');
      expect(e.message.en).to.equal('Enter a date as YYYY-MM-DD.');
      expect(e.message.ro).to.equal('Introduceți data în forma AAAA-LL-ZZ.');
    }
    expectBroken(withTire({ startDate: '' }), 'tire.startDate', 'required');
  }));

  it('termTime: 12 or 24', on(() => {
    passes(withTire({ termTime: 12 }));
    passes(withTire({ termTime: 24 }));
    const e = expectBroken(withTire({ termTime: 36 }), 'tire.termTime', 'oneOf', { values: ['12', '24'] });
    expect(e.message.en).to.equal('Choose one of: 12, 24.');
    expect(e.message.ro).to.equal('Alegeți una dintre: 12, 24.');
    expectBroken(withTire({ termTime: undefined }), 'tire.termTime', 'required');
  }));

  it('purchaseDate: today−30 and today are fine', on(() => {
    passes(withTire({ purchaseDate: '2026-01-30' }));
    passes(withTire({ purchaseDate: DAY }));
  }));

  it('purchaseDate: today−31 and tomorrow are refused', on(() => {
    expectBroken(withTire({ purchaseDate: '2026-01-29' }), 'tire.purchaseDate', 'date.between', { min: '2026-01-30', max: DAY });
    expectBroken(withTire({ purchaseDate: TOMORROW }), 'tire.purchaseDate', 'date.between', { min: '2026-01-30', max: DAY });
  }));

  it('purchasePrice: > 0 and ≤ 8000 RON', on(() => {
    passes(withTire({ purchasePrice: 8000 }));
    passes(withTire({ purchasePrice: 0.01 }));
    const e = expectBroken(withTire({ purchasePrice: 8001 }), 'tire.purchasePrice', 'max', { max: 8000 });
    expect(e.message.en).to.equal('Enter at most 8,000.');
    expect(e.message.ro).to.equal('Introduceți cel mult 8.000.');
    expectBroken(withTire({ purchasePrice: 0 }), 'tire.purchasePrice', 'gt', { min: 0 });
    expectBroken(withTire({ purchasePrice: -5 }), 'tire.purchasePrice', 'gt', { min: 0 });
  }));

  it('tireMake: michelin only', on(() => {
    const e = expectBroken(withTire({ tireMake: 'continental' }), 'tire.tireMake', 'tire.michelinOnly');
    expect(e.message.en).to.equal('Only Michelin tyres can be insured.');
    expect(e.message.ro).to.equal('Se pot asigura doar anvelope Michelin.');
    expectBroken(withTire({ tireMake: '' }), 'tire.tireMake', 'required');
  }));

  it('vehicleBrand, vehicleModel, tireModel are required', on(() => {
    for (const f of ['vehicleBrand', 'vehicleModel', 'tireModel']) expectBroken(withTire({ [f]: ' ' }), `tire.${f}`, 'required');
  }));

  it('tireWidth: a rim diameter in inches, a whole number', on(() => {
    expectBroken(withTire({ tireWidth: 0 }), 'tire.tireWidth', 'gt', { min: 0 });
    expectBroken(withTire({ tireWidth: 16.5 }), 'tire.tireWidth', 'integer');
  }));

  it('dot: exactly 4 digits, week and year', on(() => {
    passes(withTire({ dot: '3719' }));
    for (const bad of ['371', '37190', '37A9']) {
      const e = expectBroken(withTire({ dot: bad }), 'tire.dot', 'dot.format');
      expect(e.message.en).to.equal('The DOT date has 4 digits: week and year, like 3719.');
    }
    expectBroken(withTire({ dot: '5419' }), 'tire.dot', 'dot.week');
    // Sunday 1 March 2026 is in ISO week 9: week 10 of 2026 is still to come.
    passes(withTire({ dot: '0926' }));
    expectBroken(withTire({ dot: '1026' }), 'tire.dot', 'dot.future');
  }));

  it('agreements: purchased4Tires and customerAgreement must be true; the others are optional', on(() => {
    for (const flag of ['purchased4Tires', 'customerAgreement']) {
      for (const value of [false, 'false', undefined]) {
        const b: Body = tireBody();
        b.additionalData.agreements[flag] = value;
        const e = expectBroken(b, `additionalData.agreements.${flag}`, 'mustBeTrue');
        expect(e.message.en).to.equal('You need to accept this to continue.');
        expect(e.message.ro).to.equal('Trebuie să acceptați pentru a continua.');
      }
    }
    const b: Body = tireBody();
    b.additionalData.agreements = { purchased4Tires: true, customerAgreement: true };
    passes(b);
    const none: Body = tireBody();
    delete none.additionalData;
    expectBroken(none, 'additionalData', 'required');
  }));
});

describe('tireFleet (Michelin)', () => {
  it('startDate: today or later (no upper bound documented)', on(() => {
    const b: Body = tireFleetBody();
    b.tireFleet.startDate = '2026-12-31';
    passes(b);
    b.tireFleet.startDate = YESTERDAY;
    const e = expectBroken(b, 'tireFleet.startDate', 'date.notBefore', { min: DAY });
    expect(e.message.en).to.equal('Choose 1 Mar 2026 or later.');
    expect(e.message.ro).to.equal('Alegeți 01.03.2026 sau o dată ulterioară.');
  }));

  it('vehicles: at least one', on(() => {
    const b: Body = tireFleetBody();
    b.tireFleet.vehicles = [];
    expectBroken(b, 'tireFleet.vehicles', 'minItems', { min: 1 });
    passes(tireFleetBody(1));
    passes(tireFleetBody(30));
  }));

  it('each vehicle: dot of exactly 4 characters, reported at its index', on(() => {
    const b: Body = tireFleetBody(3);
    b.tireFleet.vehicles[2].dot = '37190';
    const e = expectBroken(b, 'tireFleet.vehicles.2.dot', 'length', { n: 4 });
    expect(e.message.en).to.equal('Use exactly 4 characters.');
  }));

  it('each vehicle: purchasePrice ≥ 1 and tireWidth ≥ 1', on(() => {
    const b: Body = tireFleetBody();
    b.tireFleet.vehicles[0].purchasePrice = 0.5;
    expectBroken(b, 'tireFleet.vehicles.0.purchasePrice', 'min', { min: 1 });
    const c: Body = tireFleetBody();
    c.tireFleet.vehicles[1].tireWidth = 0;
    expectBroken(c, 'tireFleet.vehicles.1.tireWidth', 'min', { min: 1 });
  }));

  it('each vehicle: every documented field is required', on(() => {
    for (const f of ['vehicleBrand', 'vehicleModel', 'purchaseDate', 'purchasePrice', 'tireMake', 'tireModel', 'tireWidth', 'dot']) {
      const b: Body = tireFleetBody();
      delete b.tireFleet.vehicles[0][f];
      expectBroken(b, `tireFleet.vehicles.0.${f}`, 'required');
    }
  }));

  it('each vehicle: purchaseDate is YYYY-MM-DD', on(() => {
    const b: Body = tireFleetBody();
    b.tireFleet.vehicles[0].purchaseDate = '2026/02/20';
    expectBroken(b, 'tireFleet.vehicles.0.purchaseDate', 'date.format');
  }));

  it('agreements as for tire; notes optional', on(() => {
    const b: Body = tireFleetBody();
    b.additionalData.agreements.customerAgreement = false;
    expectBroken(b, 'additionalData.agreements.customerAgreement', 'mustBeTrue');
    const c: Body = tireFleetBody();
    delete c.additionalData.notes;
    passes(c);
  }));
});

describe('electronics (LG)', () => {
  const withDevice = (patch: Record<string, unknown>): Body => {
    const b: Body = electronicsBody();
    Object.assign(b.electronics, patch);
    return b;
  };

  it('purchaseDate: today−15 and today are fine; today−16 and tomorrow are refused', on(() => {
    passes(withDevice({ purchaseDate: '2026-02-14' }));
    passes(withDevice({ purchaseDate: DAY }));
    expectBroken(withDevice({ purchaseDate: '2026-02-13' }), 'electronics.purchaseDate', 'date.between', { min: '2026-02-14', max: DAY });
    expectBroken(withDevice({ purchaseDate: TOMORROW }), 'electronics.purchaseDate', 'date.between', { min: '2026-02-14', max: DAY });
  }));

  it('purchasePrice: > 0', on(() => {
    expectBroken(withDevice({ purchasePrice: 0 }), 'electronics.purchasePrice', 'gt', { min: 0 });
    passes(withDevice({ purchasePrice: 100_000 }));
  }));

  it('productCategory: the six Romanian API values, not the price table’s English names', on(() => {
    for (const c of ELECTRONICS_CATEGORIES) passes(electronicsBody(c));
    expect([...ELECTRONICS_CATEGORIES]).to.deep.equal(['audio_video', 'televizor', 'frigider', 'masina_spalat', 'monitor', 'aer_conditionat']);
    const e = expectBroken(electronicsBody('tv'), 'electronics.productCategory', 'oneOf', { values: [...ELECTRONICS_CATEGORIES] });
    expect(e.message.en).to.equal('Choose one of: audio_video, televizor, frigider, masina_spalat, monitor, aer_conditionat.');
  }));

  it('invoiceNumber is required; productBrand and productModel are optional', on(() => {
    expectBroken(withDevice({ invoiceNumber: undefined }), 'electronics.invoiceNumber', 'required');
    passes(withDevice({ productBrand: undefined, productModel: undefined }));
  }));

  it('agreements: termsAndConditions and dataPrivacy must be true', on(() => {
    for (const flag of ['termsAndConditions', 'dataPrivacy']) {
      const b: Body = electronicsBody();
      b.additionalData.agreements[flag] = false;
      expectBroken(b, `additionalData.agreements.${flag}`, 'mustBeTrue');
    }
    const b: Body = electronicsBody();
    delete b.additionalData.agreements.marketingConsent;
    passes(b);
  }));
});

describe('extendedWarranty (Porsche)', () => {
  const withCar = (patch: Record<string, unknown>): Body => {
    const b: Body = extendedWarrantyBody();
    Object.assign(b.extendedWarranty.vehicle, patch);
    return b;
  };
  const V = 'extendedWarranty.vehicle';

  it('yearOfConstruction: within the last 7 years (2019…2026 in 2026), as text or number', on(() => {
    passes(withCar({ yearOfConstruction: '2019' }));
    passes(withCar({ yearOfConstruction: 2026 }));
    const e = expectBroken(withCar({ yearOfConstruction: '2018' }), `${V}.yearOfConstruction`, 'vehicle.tooOld', { min: '2019' });
    expect(e.message.en).to.equal('Only vehicles built in 2019 or later can be covered.');
    expect(e.message.ro).to.equal('Se pot asigura doar vehicule fabricate în 2019 sau mai târziu.');
    expectBroken(withCar({ yearOfConstruction: 2027 }), `${V}.yearOfConstruction`, 'vehicle.futureYear');
  }));

  it('yearOfConstruction is sent as the documented string', on(() => {
    expect(passes(withCar({ yearOfConstruction: 2024 })).extendedWarranty.vehicle.yearOfConstruction).to.equal('2024');
  }));

  it('currentMileage: 180,000 km is fine, 180,001 is refused', on(() => {
    passes(withCar({ currentMileage: 180_000 }));
    const e = expectBroken(withCar({ currentMileage: 180_001 }), `${V}.currentMileage`, 'max', { max: 180_000 });
    expect(e.message.ro).to.equal('Introduceți cel mult 180.000.');
    expectBroken(withCar({ currentMileage: -1 }), `${V}.currentMileage`, 'min', { min: 0 });
  }));

  it('brand: the nine VAG brands, in any case', on(() => {
    expect([...EXTENDED_WARRANTY_BRANDS]).to.deep.equal(['Volkswagen', 'Audi', 'Seat', 'Skoda', 'Cupra', 'Bentley', 'Lamborghini', 'Bugatti', 'Porsche']);
    for (const brand of EXTENDED_WARRANTY_BRANDS) passes(withCar({ brand }));
    expect(passes(withCar({ brand: 'porsche' })).extendedWarranty.vehicle.brand).to.equal('Porsche');
    expectBroken(withCar({ brand: 'Dacia' }), `${V}.brand`, 'oneOf', { values: [...EXTENDED_WARRANTY_BRANDS] });
  }));

  it('vehicleType: M1 only', on(() => {
    expectBroken(withCar({ vehicleType: 'M1G' }), `${V}.vehicleType`, 'oneOf', { values: ['M1'] });
  }));

  it('registrationType: registered only', on(() => {
    for (const t of REGISTRATION_TYPES.filter((t) => t !== 'registered')) {
      expectBroken(withCar({ registrationType: t }), `${V}.registrationType`, 'oneOf', { values: ['registered'] });
    }
  }));

  it('usageType: personal only', on(() => {
    expectBroken(withCar({ usageType: 'commercial' }), `${V}.usageType`, 'oneOf', { values: ['personal'] });
  }));

  it('licensePlate: a registered plate', on(() => {
    expectBroken(withCar({ licensePlate: 'CJ0123' }), `${V}.licensePlate`, 'plate.format');
  }));

  it('vin: no I, O or Q in a modern car', on(() => {
    expectBroken(withCar({ vin: 'WVWZZZAUZPW12345O' }), `${V}.vin`, 'vin.letters');
  }));

  it('licensePlate and vin come out compact and upper-case', on(() => {
    const v = passes(withCar({ licensePlate: 'cj 59-lih', vin: 'wvw zzz auz pw123456' })).extendedWarranty.vehicle;
    expect(v.licensePlate).to.equal('CJ59LIH');
    expect(v.vin).to.equal('WVWZZZAUZPW123456');
  }));

  it('the other documented fields are required; deliveryDate is optional', on(() => {
    for (const f of ['licensePlate', 'vin', 'model', 'enginePower', 'currentMileage', 'isFirstOwner', 'yearOfConstruction', 'firstRegistration']) {
      const b: Body = extendedWarrantyBody();
      delete b.extendedWarranty.vehicle[f];
      const errors = errorsOf(b);
      expectError(errors, `${V}.${f}`, 'required');
    }
    passes(withCar({ deliveryDate: '2024-02-10' }));
    expectBroken(withCar({ deliveryDate: '10.02.2024' }), `${V}.deliveryDate`, 'date.format');
  }));

  it('isFirstOwner: a boolean, "false" accepted', on(() => {
    expect(passes(withCar({ isFirstOwner: 'false' })).extendedWarranty.vehicle.isFirstOwner).to.equal(false);
    expectBroken(withCar({ isFirstOwner: 'maybe' }), `${V}.isFirstOwner`, 'boolean');
  }));
});

describe('solarPanel (Colonnade)', () => {
  const withInstallation = (installationDate: string, termTime: number | string): Body => {
    const b: Body = solarPanelBody();
    b.solarPanel.termTime = termTime;
    b.solarPanel.solarPanelItems[0].installationDate = installationDate;
    return b;
  };
  const ITEM = 'solarPanel.solarPanelItems.0';

  it('installationDate: at most 2 years ago, not in the future', on(() => {
    passes(withInstallation('2024-03-01', 48));
    passes(withInstallation(DAY, 72));
    expectBroken(withInstallation('2024-02-29', 48), `${ITEM}.installationDate`, 'date.between', { min: '2024-03-01', max: DAY });
    expectBroken(withInstallation(TOMORROW, 72), `${ITEM}.installationDate`, 'date.between', { min: '2024-03-01', max: DAY });
  }));

  it('termTime: under 1 year since installation → 12…72 months', on(() => {
    passes(withInstallation('2025-03-02', 72));
    passes(withInstallation('2025-03-02', 12));
    const e = expectBroken(withInstallation('2025-03-02', 84), 'solarPanel.termTime', 'term.max', { max: 72 });
    expect(e.message.en).to.equal('For this installation date the cover can last at most 72 months.');
    expect(e.message.ro).to.equal('Pentru această dată de instalare, asigurarea poate dura cel mult 72 de luni.');
  }));

  it('termTime: 1 whole year since installation → 12…60 months', on(() => {
    passes(withInstallation('2025-03-01', 60));
    expectBroken(withInstallation('2025-03-01', 72), 'solarPanel.termTime', 'term.max', { max: 60 });
    // 1 year and 364 days still counts as 1 whole year.
    passes(withInstallation('2024-03-02', 60));
  }));

  it('termTime: 2 whole years since installation → 12…48 months', on(() => {
    passes(withInstallation('2024-03-01', 48));
    expectBroken(withInstallation('2024-03-01', 60), 'solarPanel.termTime', 'term.max', { max: 48 });
  }));

  it('termTime: whole years, in months', on(() => {
    for (const t of [30, 0, 6]) {
      const e = expectBroken(withInstallation(DAY, t), 'solarPanel.termTime', 'term.wholeYears');
      expect(e.message.en).to.equal('Choose a whole number of years (12, 24, 36… months).');
    }
    expect(passes(withInstallation(DAY, '36')).solarPanel.termTime).to.equal(36);
  }));

  it('termTime: the oldest installation caps the term', on(() => {
    const b: Body = withInstallation('2025-12-01', 60);
    b.solarPanel.solarPanelItems.push({ ...b.solarPanel.solarPanelItems[0], installationDate: '2024-03-01' });
    expectBroken(b, 'solarPanel.termTime', 'term.max', { max: 48 });
  }));

  it('solarPanelItems: at least one; each item’s documented fields required', on(() => {
    const b: Body = solarPanelBody();
    b.solarPanel.solarPanelItems = [];
    expectBroken(b, 'solarPanel.solarPanelItems', 'minItems', { min: 1 });
    for (const f of ['category', 'brand', 'power', 'type', 'count', 'inverter', 'smartMeter', 'installationDate', 'address']) {
      const c: Body = solarPanelBody();
      delete c.solarPanel.solarPanelItems[0][f];
      expectError(errorsOf(c), `${ITEM}.${f}`, 'required');
    }
    const d: Body = solarPanelBody();
    d.solarPanel.solarPanelItems[0].inverter = {};
    expectBroken(d, `${ITEM}.inverter.brand`, 'required');
  }));

  it('power is text ("3"); a number is sent as text', on(() => {
    const b: Body = solarPanelBody();
    b.solarPanel.solarPanelItems[0].power = 3;
    expect(passes(b).solarPanel.solarPanelItems[0].power).to.equal('3');
  }));

  it('count: a whole number above 0', on(() => {
    const b: Body = solarPanelBody();
    b.solarPanel.solarPanelItems[0].count = 0;
    expectBroken(b, `${ITEM}.count`, 'gt', { min: 0 });
  }));

  it('additionalData.purchasePrice: required, at most 150,000 RON', on(() => {
    const b: Body = solarPanelBody();
    b.additionalData.purchasePrice = 150_000;
    passes(b);
    b.additionalData.purchasePrice = 150_001;
    expectBroken(b, 'additionalData.purchasePrice', 'max', { max: 150_000 });
    delete b.additionalData.purchasePrice;
    expectBroken(b, 'additionalData.purchasePrice', 'required');
  }));

  it('agreements: gdpr, consultation and dnt must be true', on(() => {
    for (const flag of ['gdpr', 'consultation', 'dnt']) {
      const b: Body = solarPanelBody();
      b.additionalData.agreements[flag] = false;
      expectBroken(b, `additionalData.agreements.${flag}`, 'mustBeTrue');
    }
  }));
});

describe('gap (Colonnade)', () => {
  const withCar = (patch: Record<string, unknown>): Body => {
    const b: Body = gapBody();
    Object.assign(b.gap.vehicle, patch);
    return b;
  };
  const V = 'gap.vehicle';

  it('termTime: 12 only', on(() => {
    const b: Body = gapBody();
    b.gap.termTime = 24;
    expectBroken(b, 'gap.termTime', 'oneOf', { values: ['12'] });
  }));

  it('vin: 5 to 17 characters', on(() => {
    passes(withCar({ vin: 'ABCDE', yearOfConstruction: 1975 }));
    const e = expectBroken(withCar({ vin: 'ABCD' }), `${V}.vin`, 'vin.length');
    expect(e.message.en).to.equal('A VIN has 5 to 17 letters and digits.');
    expectBroken(withCar({ vin: 'TSMLYD21S001234567' }), `${V}.vin`, 'vin.length');
    expectBroken(withCar({ vin: 'TSM*YD21S00123456' }), `${V}.vin`, 'vin.format');
  }));

  it('vin: no I, O or Q if built after 1981', on(() => {
    expectBroken(withCar({ vin: 'TSMLYD21S0O123456', yearOfConstruction: 1982 }), `${V}.vin`, 'vin.letters');
    passes(withCar({ vin: 'TSMLYD21S0O123456', yearOfConstruction: 1981 }));
  }));

  it('vin and licence plate come out as sent upstream: compact and upper-case', on(() => {
    const v = passes(withCar({ vin: 'tsmlyd21s 00123456', licensePlate: 'b-123-xyz' })).gap.vehicle;
    expect(v.vin).to.equal('TSMLYD21S00123456');
    expect(v.licensePlate).to.equal('B123XYZ');
  }));

  it('registrationType: registered, recorded, temporaryRegistered, temporaryRecorded', on(() => {
    expect([...REGISTRATION_TYPES]).to.deep.equal(['registered', 'recorded', 'temporaryRegistered', 'temporaryRecorded']);
    expectBroken(withCar({ registrationType: 'leased' }), `${V}.registrationType`, 'oneOf', { values: [...REGISTRATION_TYPES] });
  }));

  it('licensePlate: read by its registration type', on(() => {
    const ok: [string, string][] = [
      ['registered', 'CJ59LIH'],
      ['registered', 'B123XYZ'],
      ['temporaryRegistered', 'CJ0123'],
      ['recorded', 'MOPED12'],
      ['temporaryRecorded', 'CLUJ123'],
    ];
    for (const [registrationType, licensePlate] of ok) passes(withCar({ registrationType, licensePlate }));
    const bad: [string, string, 'plate.format' | 'plate.county' | 'plate.letters'][] = [
      ['registered', 'CJ0123', 'plate.format'],
      ['registered', 'CJ123ABC', 'plate.format'],
      ['registered', 'XX12ABC', 'plate.county'],
      ['registered', 'CJ12QAB', 'plate.letters'],
      ['registered', 'CJ12OAB', 'plate.letters'],
      ['temporaryRegistered', 'CJ59LIH', 'plate.format'],
      ['temporaryRegistered', 'XX0123', 'plate.county'],
      ['recorded', 'AB', 'plate.format'],
      ['temporaryRecorded', 'AB', 'plate.format'],
    ];
    for (const [registrationType, licensePlate, key] of bad) expectBroken(withCar({ registrationType, licensePlate }), `${V}.licensePlate`, key);
  }));

  it('usageType: personal only', on(() => {
    expectBroken(withCar({ usageType: 'taxi' }), `${V}.usageType`, 'oneOf', { values: ['personal'] });
  }));

  it('yearOfConstruction: not in the future', on(() => {
    const e = expectBroken(withCar({ yearOfConstruction: 2027 }), `${V}.yearOfConstruction`, 'vehicle.futureYear');
    expect(e.message.ro).to.equal('Anul fabricației nu poate fi în viitor.');
    passes(withCar({ yearOfConstruction: 2026 }));
  }));

  it('totalWeight and seats: whole numbers above 0', on(() => {
    expectBroken(withCar({ totalWeight: 0 }), `${V}.totalWeight`, 'gt', { min: 0 });
    expectBroken(withCar({ seats: 2.5 }), `${V}.seats`, 'integer');
  }));

  it('every documented vehicle field is required', on(() => {
    for (const f of ['licensePlate', 'registrationType', 'vin', 'vehicleType', 'brand', 'model', 'yearOfConstruction', 'totalWeight', 'seats', 'usageType', 'address']) {
      const b: Body = gapBody();
      delete b.gap.vehicle[f];
      expectError(errorsOf(b), `${V}.${f}`, 'required');
    }
  }));

  it('agreements: gdpr, consultation and dnt must be true', on(() => {
    const b: Body = gapBody();
    b.additionalData.agreements.dnt = 'false';
    expectBroken(b, 'additionalData.agreements.dnt', 'mustBeTrue');
  }));
});

describe('houseAssistance (Pointer, Allianz)', () => {
  it('startDate, termTime, builtArea, usableArea and address are required', on(() => {
    for (const f of ['startDate', 'termTime', 'builtArea', 'usableArea', 'address']) {
      const b: Body = houseAssistanceBody();
      delete b.houseAssistance[f];
      expectError(errorsOf(b), `houseAssistance.${f}`, 'required');
    }
  }));

  it('areas: whole square metres above 0; usable area not above built area', on(() => {
    const b: Body = houseAssistanceBody();
    b.houseAssistance.builtArea = 0;
    expectError(errorsOf(b), 'houseAssistance.builtArea', 'gt', { min: 0 });
    const c: Body = houseAssistanceBody();
    c.houseAssistance.usableArea = 121;
    const e = expectBroken(c, 'houseAssistance.usableArea', 'area.usableOverBuilt');
    expect(e.message.en).to.equal('The usable area cannot be larger than the built area.');
  }));

  it('additionalData.packageCodes is optional, a list of codes', on(() => {
    const b: Body = houseAssistanceBody();
    delete b.additionalData;
    passes(b);
    const c: Body = houseAssistanceBody();
    c.additionalData.packageCodes = ['basic', 'plus'];
    expect(passes(c).additionalData.packageCodes).to.deep.equal(['basic', 'plus']);
  }));
});

describe('digitalProtection (LevIns)', () => {
  const withStart = (startDate: string): Body => {
    const b: Body = digitalProtectionBody();
    b.digitalProtection.startDate = startDate;
    return b;
  };

  it('startDate: tomorrow…today+60; today and today+61 are refused', on(() => {
    passes(withStart(TOMORROW));
    passes(withStart(PLUS_60));
    const e = expectBroken(withStart(DAY), 'digitalProtection.startDate', 'date.between', { min: TOMORROW, max: PLUS_60 });
    expect(e.message.en).to.equal('Choose a date from 2 Mar 2026 to 30 Apr 2026.');
    expect(e.message.ro).to.equal('Alegeți o dată între 02.03.2026 și 30.04.2026.');
    expectBroken(withStart(PLUS_61), 'digitalProtection.startDate', 'date.between', { min: TOMORROW, max: PLUS_60 });
  }));

  it('termTime: 12 only', on(() => {
    const b: Body = digitalProtectionBody();
    b.digitalProtection.termTime = 24;
    expectBroken(b, 'digitalProtection.termTime', 'oneOf', { values: ['12'] });
  }));
});

describe('businessCyberProtection (LevIns)', () => {
  const withCyber = (patch: Record<string, unknown>): Body => {
    const b: Body = businessCyberProtectionBody();
    Object.assign(b.businessCyberProtection, patch);
    return b;
  };
  const C = 'businessCyberProtection';

  it('startDate: tomorrow…today+60', on(() => {
    passes(withCyber({ startDate: TOMORROW }));
    passes(withCyber({ startDate: PLUS_60 }));
    expectBroken(withCyber({ startDate: DAY }), `${C}.startDate`, 'date.between', { min: TOMORROW, max: PLUS_60 });
    expectBroken(withCyber({ startDate: PLUS_61 }), `${C}.startDate`, 'date.between', { min: TOMORROW, max: PLUS_60 });
  }));

  it('termTime: 12 only', on(() => {
    expectBroken(withCyber({ termTime: 6 }), `${C}.termTime`, 'oneOf', { values: ['12'] });
  }));

  // [field, min, max, a valid companion patch so that only the bound is broken]
  const bounds: [string, number, number, Record<string, unknown>][] = [
    ['installmentCount', 1, 4, {}],
    ['numberOfEmployees', 1, 100, {}],
    ['numberOfComputers', 1, 25, { numberOfInsuredComputers: 1 }],
    ['numberOfInsuredComputers', 1, 25, { numberOfComputers: 25 }],
    ['numberOfServers', 0, 100, { numberOfInsuredServers: 0 }],
    ['numberOfInsuredServers', 0, 100, { numberOfServers: 100 }],
    ['insuredAmount', 5000, 100_000, {}],
  ];
  for (const [field, min, max, companion] of bounds) {
    it(`${field}: ${min}…${max}`, on(() => {
      passes(withCyber({ ...companion, [field]: min }));
      passes(withCyber({ ...companion, [field]: max }));
      const low = errorsOf(withCyber({ ...companion, [field]: min - 1 }));
      expectError(low, `${C}.${field}`, 'min', { min });
      expectBroken(withCyber({ ...companion, [field]: max + 1 }), `${C}.${field}`, 'max', { max });
    }));
  }

  it('installmentCount is optional', on(() => {
    passes(withCyber({ installmentCount: undefined }));
  }));

  it('cannot insure more computers or servers than there are', on(() => {
    const e = expectBroken(withCyber({ numberOfComputers: 10, numberOfInsuredComputers: 11 }), `${C}.numberOfInsuredComputers`, 'count.insuredOverTotal', { max: 10 });
    expect(e.message.en).to.equal('You cannot insure more than the 10 you have.');
    expectBroken(withCyber({ numberOfServers: 1, numberOfInsuredServers: 2 }), `${C}.numberOfInsuredServers`, 'count.insuredOverTotal', { max: 1 });
  }));

  it('turnover: the three bands', on(() => {
    expect([...TURNOVER_BANDS]).to.deep.equal(['less_than_100k', 'less_than_500k', 'less_than_1m']);
    for (const turnover of TURNOVER_BANDS) passes(withCyber({ turnover }));
    expectBroken(withCyber({ turnover: 'more_than_1m' }), `${C}.turnover`, 'oneOf', { values: [...TURNOVER_BANDS] });
    expectBroken(withCyber({ turnover: undefined }), `${C}.turnover`, 'required');
  }));

  it('website: a web address', on(() => {
    passes(withCyber({ website: 'http://example.ro/about' }));
    for (const bad of ['not a url', 'javascript:alert(1)', 'mailto:office@example.ro', 'https://localhost', 'ftp://example.ro']) {
      const e = expectBroken(withCyber({ website: bad }), `${C}.website`, 'url');
      expect(e.message.en).to.equal('Enter a web address, like https://example.com.');
    }
    expectBroken(withCyber({ website: '' }), `${C}.website`, 'required');
  }));

  it('website: an address typed without https:// is sent with it', on(() => {
    expect(passes(withCyber({ website: 'www.example.ro' })).businessCyberProtection.website).to.equal('https://www.example.ro');
  }));

  it('the five yes/no questions are required booleans', on(() => {
    for (const f of ['hasFirewall', 'hasAntivirus', 'wantsEndpointSoftware', 'wantsEdrForComputers', 'wantsEdrForServers']) {
      expectBroken(withCyber({ [f]: undefined }), `${C}.${f}`, 'required');
      const e = expectBroken(withCyber({ [f]: 'yes' }), `${C}.${f}`, 'boolean');
      expect(e.message.en).to.equal('Choose yes or no.');
    }
  }));
});
