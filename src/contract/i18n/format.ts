/** The two languages every message exists in. */
export type Locale = 'en' | 'ro';
export const LOCALES: readonly Locale[] = ['en', 'ro'];

export type ParamValue = string | number | readonly (string | number)[];
export type Params = Record<string, ParamValue>;

/** Both languages of one message, as every error carries them. */
export type Bilingual = Record<Locale, string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ro: new Intl.DateTimeFormat('ro-RO', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
};

/** Formats one param for a reader: dates and numbers as that language writes them. */
export function formatParam(value: ParamValue, locale: Locale): string {
  if (Array.isArray(value)) return value.map((v) => formatParam(v, locale)).join(', ');
  if (typeof value === 'number') return value.toLocaleString(locale === 'ro' ? 'ro-RO' : 'en-GB');
  if (typeof value === 'string' && ISO_DATE.test(value)) return dateFormats[locale].format(new Date(`${value}T00:00:00Z`));
  return String(value);
}

/** Fills `{name}` placeholders in a template. */
export function fillTemplate(template: string, params: Params | undefined, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params && name in params ? formatParam(params[name]!, locale) : whole,
  );
}

/** Picks `en` or `ro` from a locale-ish string (`ro-RO`, `en-US,en;q=0.8`), `fallback` otherwise. */
export function pickLocale(value: string | null | undefined, fallback: Locale = 'en'): Locale {
  const first = value?.trim().toLowerCase().slice(0, 2);
  return first === 'ro' || first === 'en' ? first : fallback;
}
