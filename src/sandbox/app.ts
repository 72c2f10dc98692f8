/**
 * The sandbox insurer as a Hono app: the Assets API routes, the optional
 * admin routes, and the documented error envelope for everything that fails.
 */
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SandboxConfig } from './config.js';
import type { SandboxEnv } from './context.js';
import { SandboxError, apiError, sendError } from './errors.js';
import { requestContext } from './middleware.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { documentRoutes } from './routes/documents.js';
import { nomenclatureRoutes } from './routes/nomenclature.js';
import { offerRoutes } from './routes/offer.js';
import { policyRoutes } from './routes/policy.js';
import { cascoRoutes } from './casco/routes/index.js';
import type { SandboxState } from './state.js';

export function createSandboxApp(config: SandboxConfig, state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  const deps = { config, state };

  app.use('*', requestContext(deps));
  authRoutes(app, deps);
  offerRoutes(app, deps);
  policyRoutes(app, deps);
  documentRoutes(app, deps);
  nomenclatureRoutes(app, deps);
  cascoRoutes(app, deps);
  if (config.admin) adminRoutes(app, deps);

  app.notFound((c) => sendError(c, 404, [apiError('', 'request.notFound')]));
  app.onError((err, c) => {
    if (err instanceof SandboxError) return sendError(c, err.status, err.errors);
    // A bug in the sandbox: say so in the envelope and on the console, never as a bare 500 page.
    console.error(`[sandbox] ${c.req.method} ${c.req.path} failed:`, err);
    return sendError(c, 500 as ContentfulStatusCode, [apiError('', 'internal.error')]);
  });
  return app;
}
