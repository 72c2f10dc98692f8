import { describe, it, expect } from '../support/bdd.js';
import { checkMobileNumber, mobileNumberReasons, type MobileNumberReason } from '../../src/validators/phone.js';
import { expectFail, expectOk } from './expect-check.js';

describe('checkMobileNumber', () => {
  it('documents exactly the reasons it returns', () => {
    const examples: Record<MobileNumberReason, string> = { format: '072212345', country: '+49 151 12345678' };
    expect(Object.keys(examples).sort()).to.deep.equal([...mobileNumberReasons].sort());
    for (const [reason, input] of Object.entries(examples)) expectFail(checkMobileNumber(input), reason);
  });

  it('accepts 10 digits starting with 0, not only 07', () => {
    for (const n of ['0722123456', '0651234567', '0699999999', '0312345678', '0212345678']) expectOk(checkMobileNumber(n), n);
  });

  it('strips spaces, dots, dashes, slashes and parentheses', () => {
    for (const input of ['0722 123 456', '0722.123.456', '0722-123-456', '(0722) 123 456', '0722/123.456', ' 0722123456 '])
      expectOk(checkMobileNumber(input), '0722123456');
  });

  it('turns +40 and 0040 into the national 0', () => {
    for (const input of ['+40 722 123 456', '+40722123456', '0040722123456', '0040 722 123 456', '+40 (0) 722.123.456', '00400722123456'])
      expectOk(checkMobileNumber(input), '0722123456');
  });

  it('reports foreign numbers as country', () => {
    for (const input of ['+49 151 12345678', '+373 69 123 456', '0049 151 12345678', '+1 (555) 123-4567']) expectFail(checkMobileNumber(input), 'country');
  });

  it('rejects everything else as format', () => {
    for (const bad of ['', '+', '+40', '722123456', '7221234567', '07221234567', '072212345', '+40 722 123 45', '+40 722 123 4567', '0722 123 45a', '0722+123456', '1722123456'])
      expectFail(checkMobileNumber(bad), 'format');
    expectFail(checkMobileNumber(undefined as unknown as string), 'format');
  });
});
