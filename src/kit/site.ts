import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { Locale } from '../contract/i18n/format.js';
import type { PublicSiteConfig } from '../contract/public-api.js';
import { ProxyClient } from './client.js';

/**
 * The proxy the element talks to and the site's configuration there (its products, its language,
 * browser or server issuance): a new client when the host changes `endpoint`, the configuration
 * fetched again with it (the old request cancelled).
 */
export class SiteController implements ReactiveController {
  client?: ProxyClient;
  #endpoint = '';
  readonly config: Task<readonly [ProxyClient | undefined], PublicSiteConfig | undefined>;

  constructor(
    host: ReactiveControllerHost,
    private readonly endpoint: () => string,
    private readonly language: () => Locale,
  ) {
    host.addController(this);
    // Added after this controller: the client is current when the task reads its arguments.
    this.config = new Task(host, {
      args: () => [this.client] as const,
      task: ([c], { signal }) => (c ? c.config(signal) : Promise.resolve(undefined)),
    });
  }

  hostUpdate(): void {
    const e = this.endpoint();
    if (e === this.#endpoint) return;
    this.#endpoint = e;
    this.client = e ? new ProxyClient(e, this.language) : undefined;
  }

  get value(): PublicSiteConfig | undefined {
    return this.config.value;
  }
}
