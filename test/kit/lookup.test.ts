/**
 * The nomenclature lookup against the real proxy and sandbox: the county →
 * locality cascade, its loading and error states, retry, and the request it
 * no longer needs being dropped.
 */
import { describe, it, afterEach } from '../support/bdd.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations } from 'lit';
import { Lookup } from '../../src/kit/lookup.js';
import { ProxyClient, ProxyError } from '../../src/kit/client.js';
import { quote } from '../../src/kit/calls.js';
import { proxyUrl, sandbox } from '../elements/support/driver.js';

class LocalityHost extends LitElement {
  static override properties: PropertyDeclarations = { county: {}, client: { attribute: false } };
  county = '';
  client?: ProxyClient;
  localities = new Lookup(this, 'locality', () => this.client, { param: () => this.county || undefined });
  override render() {
    return html`${this.localities.status}`;
  }
}
customElements.define('locality-host', LocalityHost);

const counters = () => sandbox<Record<string, number>>('counters');
const LOCALITY = 'GET /nomenclature/locality/:county';

describe('kit: nomenclature lookup (county → locality)', () => {
  afterEach(async () => {
    await sandbox('faults', { faults: { latencyMs: 0, errorRate: 0, routes: [] } });
  });

  it('stays empty without a county, loads a county’s localities with their SIRUTA codes and names with diacritics', async () => {
    const client = new ProxyClient(await proxyUrl(), () => 'ro');
    const el = await fixture<LocalityHost>(html`<locality-host .client=${client}></locality-host>`);
    expect(el.localities.items).to.deep.equal([]);
    el.county = 'CJ';
    await waitUntil(() => el.localities.status === 'ready' && el.localities.items.length > 0, 'Cluj localities did not load');
    expect(el.localities.items.find((i) => i.code === '54984')?.name).to.equal('Cluj-Napoca');
    expect(el.localities.items.some((i) => /[ăâîșț]/.test(i.name))).to.equal(true);
  });

  it('a county changed while its list is loading: only the new county’s list is shown', async () => {
    const client = new ProxyClient(await proxyUrl(), () => 'ro');
    await sandbox('faults', { faults: { latencyMs: 400, routes: [LOCALITY] } });
    const el = await fixture<LocalityHost>(html`<locality-host .client=${client}></locality-host>`);
    el.county = 'AB';
    await el.updateComplete;
    expect(el.localities.status).to.equal('loading');
    el.county = 'IS';
    await waitUntil(() => el.localities.status === 'ready', 'Iași did not load', { timeout: 5000 });
    // Wait past the first answer's arrival: it must not replace the second.
    await new Promise((r) => setTimeout(r, 500));
    expect(el.localities.items.some((i) => i.name === 'Iași')).to.equal(true);
    expect(el.localities.items.some((i) => i.name === 'Alba Iulia')).to.equal(false);
  });

  it('a failed list says so, and retry loads it', async () => {
    const client = new ProxyClient(await proxyUrl(), () => 'en');
    await sandbox('faults', { faults: { errorRate: 1, routes: [LOCALITY] } });
    const el = await fixture<LocalityHost>(html`<locality-host .client=${client}></locality-host>`);
    el.county = 'VS';
    await waitUntil(() => el.localities.status === 'error', 'no error state');
    expect(el.localities.task.error).to.be.instanceOf(ProxyError);
    await sandbox('faults', { faults: { errorRate: 0, routes: [] } });
    el.localities.retry();
    await waitUntil(() => el.localities.status === 'ready' && el.localities.items.length > 0, 'retry did not load');
  });

  it('two lists of one county on a page cost one upstream call', async () => {
    const client = new ProxyClient(await proxyUrl(), () => 'ro');
    const before = (await counters())[LOCALITY] ?? 0;
    const a = await fixture<LocalityHost>(html`<locality-host .client=${client} county="GJ"></locality-host>`);
    await waitUntil(() => a.localities.status === 'ready' && a.localities.items.length > 0);
    const b = await fixture<LocalityHost>(html`<locality-host .client=${client} county="GJ"></locality-host>`);
    await waitUntil(() => b.localities.status === 'ready' && b.localities.items.length > 0);
    expect(((await counters())[LOCALITY] ?? 0) - before).to.equal(1);
  });

  it('two lookups asking at once share one request from the page; a switch of language asks again only for countries', async () => {
    performance.setResourceTimingBufferSize(5000);
    performance.clearResourceTimings();
    const requests = (list: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(`/v1/nomenclature/${list}`)).length;
    let lang: 'ro' | 'en' = 'ro';
    const client = new ProxyClient(await proxyUrl(), () => lang);
    await sandbox('faults', { faults: { latencyMs: 300, routes: [LOCALITY] } });
    // Both mounted before either answer comes.
    const [a, b] = await Promise.all(['MM', 'MM'].map((county) => fixture<LocalityHost>(html`<locality-host .client=${client} county=${county}></locality-host>`)));
    await waitUntil(() => [a, b].every((x) => x!.localities.status === 'ready' && x!.localities.items.length > 0), 'Maramureș did not load', { timeout: 5000 });
    expect(requests('locality/MM')).to.equal(1);
    class CountryHost extends LitElement {
      countries = new Lookup(this, 'country', () => client);
      counties = new Lookup(this, 'county', () => client);
    }
    customElements.define('country-host', CountryHost);
    const c = await fixture<CountryHost>(html`<country-host></country-host>`);
    await waitUntil(() => c.countries.status === 'ready' && c.counties.status === 'ready', 'lists did not load');
    const country = requests('country');
    const county = requests('county');
    lang = 'en';
    c.requestUpdate();
    await waitUntil(() => c.countries.status === 'ready' && requests('country') > country, 'countries were not asked in English');
    await c.updateComplete;
    expect(c.countries.items.find((i) => i.code === 'DE')?.name).to.equal('Germany');
    expect(requests('county')).to.equal(county);
    expect(requests('country')).to.equal(country + 1);
  });
});

describe('kit: the proxy client', () => {
  it('reads the site’s configuration, nothing secret in it', async () => {
    const config = await new ProxyClient(await proxyUrl(), () => 'en').config();
    expect(config.products).to.include('tire');
    expect(config.issuance).to.equal('browser');
    expect(JSON.stringify(config)).not.to.match(/secret|password|token/i);
  });

  it('turns a refused body into field errors in the caller’s language', async () => {
    const client = new ProxyClient(await proxyUrl(), () => 'ro');
    const e = await quote(client, { tire: { dot: '99' } }).catch((x: unknown) => x);
    expect(e).to.be.instanceOf(ProxyError);
    const err = e as ProxyError;
    expect(err.status).to.equal(422);
    expect(err.errors.find((x) => x.path === 'tire.startDate')?.message).to.equal('Câmpul este obligatoriu.');
    expect(err.correlationId).to.be.a('string');
  });

  it('a proxy it cannot reach is status 0, which the element words as a connection problem', async () => {
    const e = await new ProxyClient('http://127.0.0.1:9', () => 'en').config().catch((x: unknown) => x);
    expect((e as ProxyError).status).to.equal(0);
  });
});
