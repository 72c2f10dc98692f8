/** The types every route module shares: the Hono env and what a route needs. */
import type { Hono } from 'hono';
import type { Locale } from '../contract/i18n/format.js';
import type { SandboxConfig } from './config.js';
import type { SandboxState } from './state.js';

export type SandboxEnv = {
  Variables: {
    correlationId: string;
    locale: Locale;
    /** The operator account of the request's token (authenticated routes only). */
    account: string;
    jti: string;
  };
};

export type SandboxApp = Hono<SandboxEnv>;

export interface Deps {
  config: SandboxConfig;
  state: SandboxState;
}
