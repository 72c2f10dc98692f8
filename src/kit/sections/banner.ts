import { html, nothing, type TemplateResult } from 'lit';

export interface Failure {
  message: string;
  /** The one action that fixes it (retry, get new offers), with its label. */
  action?: { label: string; run: () => void };
}

/**
 * A failure as the element keeps it: message keys, worded when shown, so a
 * change of language mid-flow re-words the banner too (`text` is for words
 * that come already worded, from the proxy).
 */
export interface FailureState {
  key?: string;
  params?: Record<string, number>;
  text?: string;
  action?: { key: string; run: () => void };
}

/** The error banner: what went wrong, and the one thing to do next. */
export function renderBanner(f: Failure | undefined): TemplateResult | typeof nothing {
  if (!f) return nothing;
  return html`<div class="banner" role="alert" part="error-banner">
    <p>${f.message}</p>
    ${f.action ? html`<button type="button" @click=${f.action.run}>${f.action.label}</button>` : nothing}
  </div>`;
}
