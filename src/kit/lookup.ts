import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { NomenclatureItem } from '../contract/nomenclature.js';
import type { NomenclatureList, ProxyClient } from './client.js';

/**
 * One page may hold several elements: they share each list, asked once (the answer, or the request
 * under way). Only the countries' and the electronics categories' names change with the language (the
 * proxy words them); the other lists are kept across a switch of it. A failed request is forgotten,
 * so "Try again" asks again.
 */
const cache = new Map<string, Promise<NomenclatureItem[]>>();
const worded: readonly NomenclatureList[] = ['country', 'electronics-product-category'];

/** The list, once per page; the caller's abort stops its own wait, not the request others share. */
function shared(c: ProxyClient, list: NomenclatureList, param: string | undefined, signal: AbortSignal): Promise<NomenclatureItem[]> {
  const key = `${c.endpoint}|${list}|${param ?? ''}|${worded.includes(list) ? c.locale() : ''}`;
  let p = cache.get(key);
  if (!p) {
    cache.set(key, (p = c.nomenclature(list, param)));
    p.catch(() => cache.delete(key));
  }
  return Promise.race([p, new Promise<never>((_, no) => signal.addEventListener('abort', () => no(signal.reason), { once: true }))]);
}

export interface LookupOptions {
  /** The list's parameter (a county code, a brand id); the list stays empty until it has one. */
  param?: () => string | undefined;
  /** Load only when the list is on screen (the country list, for foreign persons). */
  enabled?: () => boolean;
}

/**
 * A nomenclature list as a reactive lookup over @lit/task: it (re)loads when
 * its parameter changes (county → localities), aborts the request it no
 * longer needs, and exposes loading / error / retry for the combobox.
 */
export class Lookup {
  readonly task: Task<[string | undefined, boolean, ProxyClient | undefined, string | undefined], NomenclatureItem[]>;

  constructor(host: ReactiveControllerHost, list: NomenclatureList, client: () => ProxyClient | undefined, o: LookupOptions = {}) {
    this.task = new Task(host, {
      // The language is an argument only of a list worded in it (countries).
      args: () => [o.param?.(), o.enabled?.() ?? true, client(), worded.includes(list) ? client()?.locale() : undefined],
      task: async ([param, enabled, c], { signal }) => {
        if (!c || !enabled || (o.param && !param)) return [];
        return shared(c, list, param, signal);
      },
    });
  }

  get items(): NomenclatureItem[] {
    return this.task.value ?? [];
  }

  get status(): 'idle' | 'loading' | 'error' | 'ready' {
    const s = this.task.status;
    return s === TaskStatus.PENDING ? 'loading' : s === TaskStatus.ERROR ? 'error' : s === TaskStatus.COMPLETE ? 'ready' : 'idle';
  }

  retry(): void {
    void this.task.run();
  }
}

/**
 * The element's lookups, one per key — a field's path, so every address has its own
 * county → locality pair — made when a section first asks for it.
 */
export class Lookups {
  #all = new Map<string, Lookup>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => ProxyClient | undefined,
  ) {}

  /** The lookup for `key` (a field path): `list`, with its parameter (`() => county`) when it has one. */
  list(key: string, list: NomenclatureList, o: LookupOptions = {}): Lookup {
    let l = this.#all.get(key);
    if (!l) {
      this.#all.set(key, (l = new Lookup(this.host, list, this.client, o)));
      // Made during a render: its task first runs on the next update.
      queueMicrotask(() => this.host.requestUpdate());
    }
    return l;
  }
}
