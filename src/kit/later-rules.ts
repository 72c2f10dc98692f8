import * as z from 'zod/mini';
import type { FormController } from './form.js';

/** Takes any body: no error shows until the product's own rules are here. */
export const pendingSchema: z.ZodMiniType = z.object({});

/**
 * A product's contract module (its schema and rules) fetched as the element starts, beside its words,
 * rather than in its entry: the first render does not need it — fields show no error until touched —
 * so a product with many rules (vehicle validators, messages) keeps its first load in budget. Once it
 * is here the form checks itself again; until then the element lets no step be submitted.
 */
export class LaterRules<M> {
  value?: M;
  #pending?: Promise<void>;
  #failed = false;

  constructor(
    private readonly host: { form: FormController },
    private readonly load: () => Promise<M>,
  ) {
    this.fetch();
  }

  /** Here, on its way, or failed (the last attempt; `fetch` tries again). */
  state(): 'ready' | 'loading' | 'failed' {
    return this.value ? 'ready' : this.#failed ? 'failed' : 'loading';
  }

  /** Asks for the module unless it is here or on its way (again after a failure). */
  fetch(): void {
    if (this.value || this.#pending) return;
    this.#failed = false;
    this.#pending = this.load().then(
      (m) => {
        this.value = m;
        this.host.form.assign({});
      },
      () => {
        this.#pending = undefined;
        this.#failed = true;
      },
    );
  }
}
