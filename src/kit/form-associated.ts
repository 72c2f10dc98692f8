import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuoteContext } from './flow.js';

type Host = QuoteContext & ReactiveControllerHost & HTMLElement & { required?: boolean; renderRoot: HTMLElement | DocumentFragment };

/** The custom states a host's CSS can read (`lih-electronics-quote:state(chosen)`). */
export type QuoteState = 'busy' | 'chosen' | 'issued';

/**
 * Makes a quote element a control of the host's `<form>` (as `<input>` is): the chosen offer's id is
 * its value under the element's `name`, so a checkout posts it with the order and the host's server
 * issues after payment. It opts in with two lines:
 *
 * ```ts
 * static formAssociated = true;
 * readonly control = new FormAssociatedController(this);
 * ```
 *
 * `required` (an attribute, as on `<input>`): invalid, with a message, until an offer is chosen.
 * Custom states for the host's CSS: `:state(busy)` while the proxy is asked, `:state(chosen)` once an
 * offer is picked, `:state(issued)` once the element issued the policy itself (browser issuance).
 */
export class FormAssociatedController implements ReactiveController {
  /** The element's link to its form (null where the browser lacks form-associated custom elements). */
  readonly internals: ElementInternals | null;
  #value: string | null = null;

  constructor(private readonly host: Host) {
    // Only in the constructor, and once: the element's own ElementInternals.
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : null;
    host.addController(this);
  }

  /** The form the element sits in, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  hostUpdated(): void {
    const i = this.internals;
    if (!i) return;
    const s = this.host.session;
    // An issued policy's offer is no longer for sale: nothing for the form to carry.
    const value = (!s?.policy && s?.selected) || null;
    if (value !== this.#value) {
      this.#value = value;
      i.setFormValue(value);
    }
    this.#state('busy', !!s?.busy || !!s?.checking);
    this.#state('chosen', !!value);
    this.#state('issued', !!s?.policy);
    if (this.host.required && !value) {
      // The browser focuses the anchor and shows the message when the form is submitted: the offers if on screen, else the heading.
      const anchor = this.host.renderRoot.querySelector<HTMLElement>('.offer input') ?? this.host.renderRoot.querySelector<HTMLElement>('h2') ?? undefined;
      i.setValidity({ valueMissing: true }, this.host.t('form.required'), anchor);
    } else i.setValidity({});
  }

  #state(name: QuoteState, on: boolean): void {
    const states = this.internals?.states;
    if (!states || states.has(name) === on) return;
    if (on) states.add(name);
    else states.delete(name);
  }
}
