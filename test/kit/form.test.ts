import { describe, it, expect } from '../support/bdd.js';
import { toBody, fieldId } from '../../src/kit/form.js';
import { KIND, keepPolicyholderPath, personKind } from '../../src/kit/sections/policyholder.js';

describe('kit: from the form to the request body', () => {
  it('nests the flat paths, drops blank fields and the form’s own $keys, keeps false agreements', () => {
    const body = toBody({
      'tire.dot': '3724',
      'tire.purchasePrice': '',
      '$brandId': '12',
      'additionalData.agreements.purchased4Tires': false,
      'policyholder.address.county': 'CJ',
    });
    expect(body).to.deep.equal({
      tire: { dot: '3724' },
      additionalData: { agreements: { purchased4Tires: false } },
      policyholder: { address: { county: 'CJ' } },
    });
  });

  it('sends a company’s fields for a company and a person’s for a person, keeping both typed', () => {
    const values = {
      [KIND]: 'company',
      'policyholder.businessName': 'Roata Bună SRL',
      'policyholder.lastName': 'Pop',
      'policyholder.identification.idNumber': 'CJ123456',
      'policyholder.isForeignPerson': true,
      'policyholder.nationality': 'DE',
      'policyholder.email': 'a@b.ro',
    };
    expect(personKind(values, 'any')).to.equal('company');
    expect(Object.keys(toBody(values, keepPolicyholderPath(values, 'any')).policyholder as object).sort()).to.deep.equal(['businessName', 'email']);
    const person = { ...values, [KIND]: 'individual' };
    expect(Object.keys(toBody(person, keepPolicyholderPath(person, 'any')).policyholder as object).sort()).to.deep.equal([
      'email',
      'identification',
      'isForeignPerson',
      'lastName',
      'nationality',
    ]);
    // A product for businesses only sends company fields whatever the switch says.
    expect(personKind({ [KIND]: 'individual' }, 'business')).to.equal('company');
  });

  it('field ids are valid, unique per path', () => {
    expect(fieldId('policyholder.address.county')).to.equal('f-policyholder-address-county');
    expect(fieldId('tire.dot')).to.not.equal(fieldId('tireFleet.dot'));
  });
});
