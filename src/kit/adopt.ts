import type { CSSResult } from 'lit';

/**
 * Adds a part's rules to the shadow root it renders in, once: the rules travel with the code that
 * draws them rather than in the shell's stylesheet, and a strict CSP refuses a <style>, not a
 * constructed sheet.
 */
export function adoptSheet(root: ShadowRoot | undefined, rules: CSSResult): void {
  const s = rules.styleSheet;
  if (root?.adoptedStyleSheets && s && !root.adoptedStyleSheets.includes(s)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
}

/** The shadow root an element renders in (a step or section sees the element as its host). */
export const rootOf = (h: object): ShadowRoot | undefined => (h as { renderRoot?: ShadowRoot }).renderRoot;
