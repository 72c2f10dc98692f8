import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fillTemplate, pickLocale, type Locale, type Params } from '../contract/i18n/format.js';

/** Words in one language, by key. */
export type Words = Record<string, string>;
/** A module of words in one language, loaded on demand (`(l) => import(\`./words.${l}.js\`)`). */
export type WordsLoader = (locale: Locale) => Promise<{ default: Words }>;

/** A section's `t`, typed by its English table: a key it does not have fails the type check. */
export const typed =
  <E extends Words>(h: { t(key: string, params?: Params): string }) =>
  (key: keyof E & string, params?: Params): string =>
    h.t(key, params);

type Host = ReactiveControllerHost & HTMLElement & { locale?: string; strings?: Partial<Words> };

/**
 * The language the element speaks and its words: the element's `locale`, else the nearest
 * ancestor's `lang` (across the shadow roots it sits in), else `<html lang>`, else the site's —
 * observed, so a page switching language switches the element. Words come in tables per language,
 * each loaded once when first needed; the host's `strings` override any of them.
 */
export class LocaleController implements ReactiveController {
  #words: Partial<Record<Locale, Words>> = {};
  #loaded = new Map<WordsLoader, Set<Locale>>();
  #observer?: MutationObserver;

  constructor(
    private readonly host: Host,
    private readonly fallback: () => Locale | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // One observer for any `lang` of the page: on <html>, or on a container the element sits in.
    this.#observer = new MutationObserver(() => this.host.requestUpdate());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  get language(): Locale {
    let lang = this.host.locale;
    for (let n: Node | null = this.host; !lang && n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
      if (n instanceof Element) lang = n.getAttribute('lang') ?? undefined;
    }
    return pickLocale(lang || document.documentElement.lang, this.fallback() ?? 'ro');
  }

  /** True once this source has been loaded for this language. */
  ready(source: WordsLoader, locale = this.language): boolean {
    return !!this.#loaded.get(source)?.has(locale);
  }

  /** Loads one source of words for one language (once; a failure is tried again next time). */
  async load(source: WordsLoader, locale = this.language): Promise<void> {
    if (this.ready(source, locale)) return;
    const words = (await source(locale)).default;
    this.#words[locale] = { ...this.#words[locale], ...words };
    (this.#loaded.get(source) ?? this.#loaded.set(source, new Set()).get(source)!).add(locale);
  }

  t = (key: string, params?: Params): string => {
    const l = this.language;
    return fillTemplate(this.host.strings?.[key] ?? this.#words[l]?.[key] ?? key, params, l);
  };
}
