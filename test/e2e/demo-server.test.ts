/**
 * Issue 9, point 5: the demo server serves the demo pages and the elements,
 * and nothing else of the repository — not config/ (the sandbox's
 * credentials), not .data/ (the proxy's record), not src/ or package.json —
 * whatever form the path takes. Real HTTP requests, sent byte for byte (fetch
 * would tidy `..` away before sending).
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startDemo, type Demo } from '../../scripts/demo.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with `path` exactly as given. */
function raw(base: string, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the demo server serves only the demo pages and the elements', () => {
  let demo: Demo;
  let base: string;
  before(async () => {
    demo = await startDemo({});
    base = new URL(demo.pageUrl).origin;
  });
  after(() => demo?.close());

  it('refuses the repository: config/, .data/, src/, package.json, in every path form', async () => {
    const refused = [
      '/config/sandbox.env',
      '/config/proxy.config.json',
      '/.data/proxy.sqlite',
      '/.data/demo-proxy.sqlite',
      '/src/proxy/config.ts',
      '/src/elements/tire-quote/index.ts',
      '/package.json',
      '/README.md',
      '/.git/config',
      // Traversal and encodings.
      '/demo/../config/sandbox.env',
      '/demo/..%2fconfig%2fsandbox.env',
      '/demo/%2e%2e/package.json',
      '/demo/.%2e/.data/proxy.sqlite',
      '/elements/../package.json',
      '/elements/..%2f..%2fpackage.json',
      '/demo//etc/passwd',
      '/demo/\\..\\package.json',
      // What a Vite dev server answers.
      '/@fs/' + process.cwd().replace(/^\//, '') + '/config/sandbox.env',
      '/src/proxy/config.ts?raw',
      '/src/proxy/config.ts?import&raw',
      '/demo/index.html/../../package.json',
      '/node_modules/.vite/deps/lit.js',
      '/@vite/client',
    ];
    for (const path of refused) {
      const r = await raw(base, path);
      assert.ok(r.status === 404 || r.status === 403 || r.status === 400, `${path}: ${r.status}`);
      assert.ok(!r.body.includes('sandbox-operator-secret') && !r.body.includes('"dependencies"') && !r.body.includes('import '), `${path} leaked ${r.body.slice(0, 80)}`);
    }
  });

  it('serves the page under the strict CSP, with the proxy filled in and the built element', async () => {
    const page = await raw(base, '/demo/');
    assert.equal(page.status, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.ok(page.body.includes(`endpoint="${demo.stack.proxy.url}"`));
    assert.ok(!page.body.includes('%LIH_PROXY_URL%'));
    const scripts = [...page.body.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => new URL(m[1]!, demo.pageUrl).pathname);
    assert.deepEqual(scripts, ['/elements/lih-tire-quote.js', '/demo/tire-shop.js']);

    const element = await raw(base, '/elements/lih-tire-quote.js');
    assert.equal(element.status, 200);
    assert.match(String(element.headers['content-type']), /^text\/javascript/);
    assert.equal(element.headers['x-content-type-options'], 'nosniff');
    assert.match(element.body, /lih-tire-quote/);
    // Its chunks (if any) come from the same folder.
    for (const [, chunk = ''] of element.body.matchAll(/["']\.\/(lih-tire-quote\.[^"']+\.js)["']/g)) assert.equal((await raw(base, `/elements/${chunk}`)).status, 200, chunk);

    for (const path of ['/demo/tire-shop.js', '/demo/tire-shop.css', '/demo/favicon.svg', '/demo/terms.html', '/demo/privacy.html', '/demo/index.html'])
      assert.equal((await raw(base, path)).status, 200, path);
    assert.equal((await raw(base, '/demo/nothing.html')).status, 404);
    assert.equal((await raw(base, '/elements/lih-nothing.js')).status, 404);
  });

  it('answers GET and HEAD only', async () => {
    assert.equal((await raw(base, '/demo/', 'HEAD')).status, 200);
    for (const method of ['POST', 'PUT', 'DELETE']) assert.equal((await raw(base, '/demo/', method)).status, 405, method);
  });
});
