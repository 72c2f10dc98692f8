/**
 * The redaction guard: the last check on every log line (and on every insurer
 * message we pass on) that no credential, token or personal data leaves the
 * proxy. Handlers already log only summaries; this catches mistakes.
 */

/** Field names whose values are never logged, whatever they hold. */
const SENSITIVE_KEY =
  /pass(word)?|secret|token|authori[sz]ation|cookie|^code$|cnp|taxid|idnumber|identification|e-?mail|phone|mobile|birth|firstname|lastname|address|^body$|documentnumber|licenseplate|^vin$/i;

/** Personal data and token shapes, found by their form. */
const PATTERNS: [RegExp, string][] = [
  [/eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, '[jwt]'],
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  [/(?<![\d\w])[1-9]\d{12}(?![\d\w])/g, '[cnp]'],
  [/(?<![\d\w])(\+?40|0)7\d{8}(?![\d\w])/g, '[phone]'],
  [/(?<![\w])[A-Z]{2}\d{6}(?![\w])/g, '[id-number]'],
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Redactor {
  /** Configured secrets stay for the process's life. */
  private readonly fixed = new Set<string>();
  /** Tokens rotate: keep the most recent ones (an old JWT may still show in a late log line). */
  private readonly rotating: string[] = [];
  private pattern: RegExp | null = null;

  constructor(secrets: Iterable<string> = []) {
    for (const s of secrets) this.addSecret(s);
  }

  /** A value that must never be written anywhere (passwords, site secrets). */
  addSecret(value: string | undefined): void {
    if (!value || value.length < 4 || this.fixed.has(value)) return;
    this.fixed.add(value);
    this.pattern = null;
  }

  /** A token we just received; the last 16 are remembered. */
  addToken(value: string | undefined): void {
    if (!value || value.length < 4) return;
    this.rotating.push(value);
    if (this.rotating.length > 16) this.rotating.shift();
    this.pattern = null;
  }

  private secretPattern(): RegExp | null {
    if (this.pattern) return this.pattern;
    const values = [...this.fixed, ...this.rotating];
    if (!values.length) return null;
    // Longest first, and the JSON-escaped form too, since lines are redacted after serialising.
    const forms = new Set(values.flatMap((v) => [v, JSON.stringify(v).slice(1, -1)]));
    this.pattern = new RegExp([...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
    return this.pattern;
  }

  /** Removes known secrets and anything shaped like a token or personal data. */
  scrub(text: string): string {
    let out = text;
    const p = this.secretPattern();
    if (p) out = out.replace(p, '[secret]');
    for (const [re, label] of PATTERNS) out = out.replace(re, label);
    return out;
  }

  /** Drops sensitive fields by name (deeply), then scrubs what is left. */
  fields(value: unknown, depth = 0): unknown {
    if (depth > 6) return '[deep]';
    if (typeof value === 'string') return this.scrub(value);
    if (Array.isArray(value)) return value.map((v) => this.fields(v, depth + 1));
    if (value && typeof value === 'object') {
      if (value instanceof Error) return { name: value.name, message: this.scrub(value.message) };
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = SENSITIVE_KEY.test(k) ? '[redacted]' : this.fields(v, depth + 1);
      return out;
    }
    return value;
  }
}
