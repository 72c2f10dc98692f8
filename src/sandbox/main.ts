/**
 * `npm run sandbox`: the sandbox insurer on SANDBOX_HOST:SANDBOX_PORT
 * (default 127.0.0.1:4010). Other settings come from SANDBOX_* variables (see
 * docs/sandbox.md). Stops cleanly on Ctrl-C or SIGTERM.
 */
import { DEFAULT_HOST, DEFAULT_PORT } from './config.js';
import { startSandbox } from './server.js';

function portFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`SANDBOX_PORT must be a port number (0–65535), got "${raw}"`);
  return port;
}

try {
  const sandbox = await startSandbox({ port: portFromEnv(process.env.SANDBOX_PORT), host: process.env.SANDBOX_HOST || DEFAULT_HOST });
  // A token made up at start is printed so the developer can use it; one set in SANDBOX_ADMIN_TOKEN is theirs already.
  const token = process.env.SANDBOX_ADMIN_TOKEN ? '$SANDBOX_ADMIN_TOKEN' : sandbox.config.adminToken;
  const extras = sandbox.config.admin ? ` (admin routes on under /__sandbox; Authorization: Bearer ${token})` : '';
  console.log(`Sandbox insurer (Assets API v1.5.0) listening on ${sandbox.url}${extras}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Sandbox insurer stopping (${signal})`);
    sandbox.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (err) {
  console.error(`Sandbox insurer failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
