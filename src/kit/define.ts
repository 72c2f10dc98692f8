/** Defines a custom element unless the page already has it (a host may load our script twice). */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
