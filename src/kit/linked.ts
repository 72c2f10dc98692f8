import { html, type TemplateResult } from 'lit';

/**
 * A sentence with links in it, from one translated template: `I accept the {terms}.` with
 * `{ terms: { href, text } }` — so each language keeps its own word order around the links.
 */
export function linked(template: string, links: Record<string, { href: string; text: string }>): TemplateResult {
  const parts = template.split(/\{(\w+)\}/);
  return html`${parts.map((part, i) => {
    const link = i % 2 ? links[part] : undefined;
    return link ? html`<a href=${link.href} target="_blank" rel="noopener">${link.text}</a>` : i % 2 ? `{${part}}` : part;
  })}`;
}
