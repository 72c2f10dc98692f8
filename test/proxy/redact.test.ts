/**
 * The redaction guard on its own: configured secrets, rotating tokens, token
 * and personal-data shapes, and sensitive field names are all removed from
 * what the logger writes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/proxy/logging.js';
import { Redactor } from '../../src/proxy/redact.js';
import { VALID, individual } from '../support/fixtures.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsaWgtb3BlcmF0b3IifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('proxy: redaction guard', () => {
  const logged = (fields: Record<string, unknown>, secrets: string[] = [], tokens: string[] = []) => {
    const lines: string[] = [];
    const r = new Redactor(secrets);
    for (const t of tokens) r.addToken(t);
    createLogger((l) => lines.push(l), r).info('test', fields);
    return lines[0]!;
  };

  it('removes configured secrets wherever they hide, raw or JSON-escaped', () => {
    const secret = 'pa"ss\\word-123';
    const line = logged({ note: `login with ${secret}`, nested: { deeper: [`x${secret}y`] } }, [secret]);
    assert.ok(!line.includes('word-123'), line);
    assert.match(line, /\[secret\]/);
  });

  it('removes tokens it was told about and anything shaped like a JWT', () => {
    const refresh = 'rEfReSh-0123456789abcdef';
    const line = logged({ a: `Token: ${JWT}`, b: `Refresh ${refresh}` }, [], [refresh]);
    assert.ok(!line.includes(JWT.slice(0, 20)) && !line.includes(refresh), line);
  });

  it('removes personal data by shape: CNP, ID card number, phone, email', () => {
    const p = individual();
    const line = logged({ message: `person ${VALID.cnp} ${VALID.idCard} ${VALID.phone} +40722123456 ${p.email}` });
    for (const s of [VALID.cnp, VALID.idCard, VALID.phone, '722123456', p.email]) assert.ok(!line.includes(s), `${s} in ${line}`);
  });

  it('drops sensitive fields by name, whatever they hold', () => {
    const line = logged({ password: 'x', token: 'y', authorization: 'z', policyholder: { taxId: 'a', email: 'b', lastName: 'c' }, body: { any: 1 } });
    const o = JSON.parse(line) as Record<string, any>;
    assert.equal(o.password, '[redacted]');
    assert.equal(o.token, '[redacted]');
    assert.equal(o.authorization, '[redacted]');
    assert.equal(o.body, '[redacted]');
    assert.deepEqual(o.policyholder, { taxId: '[redacted]', email: '[redacted]', lastName: '[redacted]' });
  });

  it('keeps what a log line is for: ids, statuses, times, paths', () => {
    const line = logged({ correlationId: '5b0f7c1e-8a8e-4b4e-9a57-1f3a4c5d6e7f', status: 201, ms: 42, path: '/v1/offers/17/document', offerId: 1234567 });
    const o = JSON.parse(line) as Record<string, unknown>;
    assert.equal(o.correlationId, '5b0f7c1e-8a8e-4b4e-9a57-1f3a4c5d6e7f');
    assert.equal(o.path, '/v1/offers/17/document');
    assert.equal(o.offerId, 1234567);
  });
});
