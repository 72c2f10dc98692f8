/**
 * Structured logs: one JSON object per line (`ts`, `level`, `msg`, then fields
 * such as `correlationId`, `site`, `method`, `path`, `status`, `ms`, `upstream`).
 * Every line goes through the redaction guard before it is written.
 */
import type { Redactor } from './redact.js';

export type Level = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (the request's correlation id). */
  child(fields: LogFields): Logger;
}

export function createLogger(write: (line: string) => void, redactor: Redactor, base: LogFields = {}): Logger {
  const emit = (level: Level, msg: string, fields?: LogFields) => {
    const record = { ts: new Date().toISOString(), level, msg, ...base, ...fields };
    let line: string;
    try {
      line = JSON.stringify(redactor.fields(record));
    } catch {
      line = JSON.stringify({ ts: record.ts, level, msg: redactor.scrub(msg), note: 'fields not serialisable' });
    }
    // Scrub the serialised line too: the last guard against a value that hid under an innocent key.
    write(redactor.scrub(line));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger(write, redactor, { ...base, ...fields }),
  };
}

/** Writes to stdout, one line each. */
export const stdoutWriter = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
