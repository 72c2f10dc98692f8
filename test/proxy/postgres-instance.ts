/**
 * One proxy instance as its own process, for postgres-instances.test.ts:
 * startProxy with the options in LIH_TEST_INSTANCE (JSON: config, env,
 * staleAfterMs), every log line on stdout (the test waits for "proxy
 * listening"). It exits when its stdin closes, so a test run that dies takes
 * its instances with it; SIGTERM closes it gracefully, SIGKILL is the crash
 * under test.
 */
import { startProxy, type StartProxyOptions } from '../../src/proxy/server.js';

const opts = JSON.parse(process.env.LIH_TEST_INSTANCE ?? '{}') as Pick<StartProxyOptions, 'config' | 'env' | 'staleAfterMs'>;
const proxy = await startProxy({ ...opts, port: 0, logger: (line) => process.stdout.write(`${line}\n`) });

const stop = () => void proxy.close().then(() => process.exit(0), () => process.exit(1));
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
