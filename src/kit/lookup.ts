import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { NomenclatureItem, NomenclatureList } from '../contract/nomenclature.js';
import type { ProxyClient } from './client.js';

// One page may hold several elements: share answers between them.
const cache = new Map<string, NomenclatureItem[]>();

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
      // The language is an argument too: names (countries) come in the customer's language.
      args: () => [o.param?.(), o.enabled?.() ?? true, client(), client()?.locale()],
      task: async ([param, enabled, c, lang], { signal }) => {
        if (!c || !enabled || (o.param && !param)) return [];
        const key = `${c.endpoint}|${lang}|${list}|${param ?? ''}`;
        const hit = cache.get(key);
        if (hit) return hit;
        const items = await c.nomenclature(list, param, signal);
        cache.set(key, items);
        return items;
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
