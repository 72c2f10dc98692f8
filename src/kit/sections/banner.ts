import { html, nothing, type TemplateResult } from 'lit';

export interface Failure {
  message: string;
  /** The one action that fixes it (retry, get new offers), with its label. */
  action?: { label: string; run: () => void };
}

/** The error banner: what went wrong, and the one thing to do next. */
export function renderBanner(f: Failure | undefined): TemplateResult | typeof nothing {
  if (!f) return nothing;
  return html`<div class="banner" role="alert" part="error-banner">
    <p>${f.message}</p>
    ${f.action ? html`<button type="button" @click=${f.action.run}>${f.action.label}</button>` : nothing}
  </div>`;
}
