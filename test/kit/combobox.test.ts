import { describe, it, before, afterEach } from '../support/bdd.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations } from 'lit';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { Combobox } from '../../src/kit/combobox.js';
import { inShowOrder, placeRank } from '../../src/kit/place-order.js';
import { kitStyles } from '../../src/kit/styles.js';
import { en } from '../../src/kit/i18n/en.js';
import { ro } from '../../src/kit/i18n/ro.js';
import type { NomenclatureItem } from '../../src/contract/nomenclature.js';

const ITEMS: NomenclatureItem[] = [
  { code: '40198', name: 'Brașov', hint: 'Municipiul Brașov' },
  { code: '1', name: 'Florești', hint: 'Comuna Florești' },
  { code: '2', name: 'Florești', hint: 'Comuna Tulgheș' },
  { code: '3', name: 'Sânpetru', hint: 'Comuna Sânpetru' },
  { code: '4', name: 'Vulcan', hint: 'Comuna Vulcan' },
];

/** Cluj's 434 localities as the proxy hands them: SIRUTA code, name, and the unit as the hint. */
let cluj: NomenclatureItem[] = [];
const loadCluj = async () => {
  const all = (await (await fetch('/src/sandbox/data/localities.json')).json()) as Record<string, [number, string, string][]>;
  return all.CJ!.map(([code, name, hint]) => ({ code: String(code), name, hint }));
};

/** The smallest host a combobox lives in: a value, an error, its list, its words, and the picks it was given. */
class ComboHost extends LitElement {
  static override styles = kitStyles;
  static override properties: PropertyDeclarations = { value: {}, error: {}, items: { attribute: false }, words: { attribute: false } };
  value = '';
  error = '';
  items: NomenclatureItem[] = ITEMS;
  words: Record<string, string> = en;
  combo = new Combobox();
  picks: (NomenclatureItem | null)[] = [];
  touched = 0;
  override render() {
    return this.combo.render({
      id: 'loc',
      label: 'Locality',
      value: this.value,
      valueName: '',
      error: this.error,
      items: this.items,
      status: 'ready',
      t: (k) => this.words[k] ?? k,
      pick: (item) => {
        this.picks.push(item);
        this.value = item?.code ?? '';
      },
      retry: () => {},
      touched: () => this.touched++,
      changed: () => this.requestUpdate(),
    });
  }
}
customElements.define('combo-host', ComboHost);

const $ = (el: ComboHost, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const input = (el: ComboHost) => el.shadowRoot!.querySelector('input')!;
const chevron = (el: ComboHost) => $(el, '.chev');
const text = (e: Element) => e.textContent!.replace(/\s+/g, ' ').trim();
const shown = (el: ComboHost) => [...el.shadowRoot!.querySelectorAll('[role="option"]')].map(text);
/** The option names only, without their unit. */
const names = (el: ComboHost) =>
  [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) =>
    [...o.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .trim(),
  );
/** How many of Cluj's names contain `q`, case and diacritics ignored. */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const count = (q: string) => cluj.filter((i) => fold(i.name).includes(fold(q))).length;
const typeAtOnce = async (el: ComboHost, typed: string) => {
  input(el).value = typed;
  input(el).dispatchEvent(new Event('input'));
  await el.updateComplete;
};
const spoken = (el: ComboHost) => text($(el, '[role="status"]'));
const activeOption = (el: ComboHost) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? text(el.shadowRoot!.getElementById(id)!) : null;
};
/** A host with Cluj's localities, its list in place order (the order loads with the first place list). */
const clujHost = async (words: Record<string, string> = en) => {
  const el = await fixture<ComboHost>(html`<combo-host .items=${cluj} .words=${words}></combo-host>`);
  input(el).focus();
  await sendKeys({ press: 'ArrowDown' });
  await waitUntil(() => names(el)[0] === 'Câmpia Turzii', 'the place order did not arrive');
  await sendKeys({ press: 'Escape' });
  // Closed: the live region falls silent (at once, or after its pause if it had spoken meanwhile).
  await waitUntil(() => spoken(el) === '', 'the live region still speaks');
  return el;
};
const center = (e: Element) => {
  const r = e.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] as [number, number];
};

describe('kit: searchable list (combobox)', () => {
  before(async () => {
    cluj = await loadCluj();
  });
  afterEach(async () => {
    await resetMouse();
  });

  it('finds a name typed without diacritics or capitals, names first that start with it', async () => {
    const el = await fixture<ComboHost>(html`<combo-host></combo-host>`);
    input(el).focus();
    await sendKeys({ type: 'bras' });
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['Brașov Municipiul Brașov']);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'san' });
    await el.updateComplete;
    expect(shown(el)[0]).to.contain('Sânpetru');
  });

  it('tells equal names apart by the unit they belong to, and picks the one chosen with the arrows', async () => {
    const el = await fixture<ComboHost>(html`<combo-host></combo-host>`);
    input(el).focus();
    await sendKeys({ type: 'flor' });
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['Florești Comuna Florești', 'Florești Comuna Tulgheș']);
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('loc-o1');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.picks.map((p) => p?.code)).to.deep.equal(['2']);
    expect(input(el).value).to.equal('Florești');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('Escape closes without picking; leaving with an exact name picks it; leaving with nonsense keeps the earlier pick', async () => {
    const el = await fixture<ComboHost>(html`<combo-host></combo-host>`);
    input(el).focus();
    await sendKeys({ type: 'vul' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.picks).to.deep.equal([]);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');

    input(el).value = 'vulcan';
    input(el).dispatchEvent(new Event('input'));
    input(el).blur();
    await new Promise((r) => setTimeout(r, 200));
    expect(el.picks.map((p) => p?.code)).to.deep.equal(['4']);
    expect(el.touched).to.equal(1);

    input(el).focus();
    input(el).value = 'zzz';
    input(el).dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text($(el, '.empty'))).to.equal('No matches for “zzz”');
    input(el).blur();
    await new Promise((r) => setTimeout(r, 200));
    await el.updateComplete;
    expect(el.picks).to.have.length(1);
    expect(input(el).value).to.equal('Vulcan');
  });

  it('is labelled, ties its error to the input, and passes axe open and closed', async () => {
    const el = await fixture<ComboHost>(html`<combo-host error="Choose a locality from the list."></combo-host>`);
    expect(input(el).labels![0]!.textContent).to.equal('Locality');
    expect(input(el).getAttribute('aria-describedby')).to.equal('loc-err');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    input(el).focus();
    await sendKeys({ type: 'f' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('the chevron', () => {
    it('brings the list’s rules as one adopted stylesheet, not a <style> element (which a strict CSP refuses)', async () => {
      const el = await fixture<ComboHost>(html`<combo-host></combo-host>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('style')).to.equal(null);
      expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(2);
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.adoptedStyleSheets).to.have.length(2);
    });

    it('is decorative, opens and closes the list on click and leaves the focus in the input', async () => {
      const el = await fixture<ComboHost>(html`<combo-host></combo-host>`);
      expect(chevron(el).getAttribute('aria-hidden')).to.equal('true');
      expect(chevron(el).tabIndex).to.equal(-1);
      await sendMouse({ type: 'click', position: center(chevron(el)) });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      expect(shown(el)).to.have.length(5);
      await sendMouse({ type: 'click', position: center(chevron(el)) });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      // Closed by the chevron: no pick, nothing typed away.
      expect(el.picks).to.deep.equal([]);
    });

    it('points down when closed and up when open, sits inside the input, and shows hover and pressed states', async () => {
      const el = await fixture<ComboHost>(html`<combo-host></combo-host>`);
      const box = input(el).getBoundingClientRect();
      const c = chevron(el).getBoundingClientRect();
      expect(c.right).to.be.at.most(box.right);
      expect(c.top).to.be.at.least(box.top);
      expect(c.bottom).to.be.at.most(box.bottom);
      const rotate = () => getComputedStyle(chevron(el), '::before').rotate;
      expect(rotate()).to.equal('45deg');
      const rest = getComputedStyle(chevron(el)).backgroundColor;
      await sendMouse({ type: 'move', position: center(chevron(el)) });
      const hover = getComputedStyle(chevron(el)).backgroundColor;
      expect(hover).to.not.equal(rest);
      await sendMouse({ type: 'down' });
      const pressed = getComputedStyle(chevron(el)).backgroundColor;
      expect(pressed).to.not.equal(hover);
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(rotate()).to.equal('225deg');
    });
  });

  describe('places first (place-order.ts), with Cluj’s real localities', () => {
    it('ranks municipality seats, then town seats, then the rest, each in Romanian alphabetical order', () => {
      const byCode = (code: string) => cluj.find((i) => i.code === code)!;
      expect(placeRank(byCode('54984'))).to.equal(0); // Cluj-Napoca, Municipiul Cluj-Napoca
      expect(placeRank(byCode('55268'))).to.equal(0); // Turda, Municipiul Turda
      expect(placeRank(byCode('55455'))).to.equal(1); // Huedin, Oraș Huedin
      // A village that belongs to a town is not its seat, nor is a commune's seat a town.
      expect(placeRank(byCode('55464'))).to.equal(2); // Bicălatu, Oraș Huedin
      expect(placeRank(byCode('57715'))).to.equal(2); // Florești, Comuna Florești

      const ordered = inShowOrder(cluj);
      expect(ordered).to.have.length(434);
      expect(ordered.slice(0, 6).map((i) => i.name)).to.deep.equal(['Câmpia Turzii', 'Cluj-Napoca', 'Dej', 'Gherla', 'Turda', 'Huedin']);
      expect(ordered.slice(0, 5).map((i) => i.hint)).to.deep.equal(['Municipiul Câmpia Turzii', 'Municipiul Cluj-Napoca', 'Municipiul Dej', 'Municipiul Gherla', 'Municipiul Turda']);
      const rest = ordered.slice(6).map((i) => i.name);
      const collator = new Intl.Collator('ro');
      expect(rest).to.deep.equal([...rest].sort(collator.compare));
      // Romanian order: ă, â after a; ș after s; ț after t.
      expect(inShowOrder([{ code: '1', name: 'Sânpetru', hint: 'Comuna X' }, { code: '2', name: 'Șard', hint: 'Comuna X' }, { code: '3', name: 'Sălicea', hint: 'Comuna X' }, { code: '4', name: 'Sac', hint: 'Comuna X' }]).map((i) => i.name)).to.deep.equal(['Sac', 'Sălicea', 'Sânpetru', 'Șard']);
    });

    it('keeps lists that are not places in the order they came in', () => {
      const sizes = [{ code: '15', name: '15″' }, { code: '9', name: '9″' }];
      expect(inShowOrder(sizes)).to.deep.equal(sizes);
    });

    it('opens on Cluj’s municipalities and towns, and says inside the list that it is cut', async () => {
      const el = await clujHost();
      await sendMouse({ type: 'click', position: center(chevron(el)) });
      await el.updateComplete;
      expect(names(el).slice(0, 6)).to.deep.equal(['Câmpia Turzii', 'Cluj-Napoca', 'Dej', 'Gherla', 'Turda', 'Huedin']);
      expect(shown(el)).to.have.length(60);
      const list = $(el, '[role="listbox"]');
      expect(text(list)).to.contain('Keep typing to narrow the list — 60 of 434');
      // Its last line, always in view while the list scrolls.
      const more = list.querySelector('.more')!;
      list.scrollTop = list.scrollHeight;
      list.scrollTop = 0;
      expect(more.getBoundingClientRect().bottom).to.be.at.most(list.getBoundingClientRect().bottom + 1);
      expect(more.getBoundingClientRect().top).to.be.at.least(list.getBoundingClientRect().top);
      await expect(el).to.be.accessible();
    });

    it('in Romanian too', async () => {
      const el = await clujHost(ro);
      await sendMouse({ type: 'click', position: center(chevron(el)) });
      await el.updateComplete;
      expect(text($(el, '.more'))).to.equal('Continuați să tastați pentru a restrânge lista — 60 din 434');
    });

    it('finds Turda by “tur”: names that start with it first (municipality first), then names that contain it; the hint goes when the list is whole', async () => {
      const el = await clujHost();
      input(el).focus();
      await sendKeys({ type: 'tur' });
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Turda', 'Turea', 'Tureni', 'Turmași', 'Câmpia Turzii', 'Custura', 'Fundătura', 'Mănășturel', 'Mănășturu Românesc', 'Recea-Cristur', 'Vultureni']);
      expect(el.shadowRoot!.querySelector('.more')).to.equal(null);
      expect(activeOption(el)).to.equal('Turda Municipiul Turda');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.picks.map((p) => p?.code)).to.deep.equal(['55268']);
    });

    it('a short typed text that still matches more than 60 says how many of how many', async () => {
      const el = await clujHost();
      input(el).focus();
      await sendKeys({ type: 'a' });
      await el.updateComplete;
      const all = count('a');
      expect(all).to.be.greaterThan(60);
      expect(text($(el, '.more'))).to.equal(`Keep typing to narrow the list — 60 of ${all}`);
    });
  });

  describe('the live region', () => {
    it('says how many options match once the customer pauses, not at every keystroke', async () => {
      const el = await clujHost();
      // role=status: a polite live region, present (and silent) before it has anything to say.
      expect(spoken(el)).to.equal('');
      input(el).focus();
      // Three keystrokes at once: nothing is said until they stop.
      for (const typed of ['t', 'tu', 'tur']) await typeAtOnce(el, typed);
      expect(spoken(el)).to.equal('');
      await waitUntil(() => spoken(el) !== '', 'nothing was said');
      expect(spoken(el)).to.equal('11 results');
      await typeAtOnce(el, 'turda');
      await waitUntil(() => spoken(el) === '1 result', `said “${spoken(el)}”`);
    });

    it('says when nothing matches, and when the list is cut', async () => {
      const el = await clujHost();
      input(el).focus();
      await sendKeys({ type: 'xyz' });
      await waitUntil(() => spoken(el) === 'No matches for “xyz”', `said “${spoken(el)}”`);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => spoken(el) === '', 'a closed list still speaks');
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => spoken(el) === 'Keep typing to narrow the list — 60 of 434', `said “${spoken(el)}”`);
    });

    it('in Romanian, with its plural forms', async () => {
      const el = await clujHost(ro);
      input(el).focus();
      await sendKeys({ type: 'tur' });
      await waitUntil(() => spoken(el) === '11 rezultate', `said “${spoken(el)}”`);
      // From 20 on Romanian says “de rezultate”.
      const many = ['ur', 'ni', 'ul', 'ar', 'es'].find((q) => count(q) >= 20 && count(q) <= 60)!;
      await typeAtOnce(el, many);
      await waitUntil(() => spoken(el) === `${count(many)} de rezultate`, `said “${spoken(el)}” for “${many}”`);
      await typeAtOnce(el, 'xyz');
      await waitUntil(() => spoken(el) === 'Niciun rezultat pentru „xyz”', `said “${spoken(el)}”`);
      await typeAtOnce(el, 'turda');
      await waitUntil(() => spoken(el) === '1 rezultat', `said “${spoken(el)}”`);
    });
  });

  describe('keys', () => {
    it('Home and End go to the first and last option, PageDown and PageUp by ten, in the open list', async () => {
      const el = await clujHost();
      // The active option is scrolled into view, above the list's foot.
      const inView = (id: string) => {
        const o = el.shadowRoot!.getElementById(id)!.getBoundingClientRect();
        const l = $(el, '[role="listbox"]').getBoundingClientRect();
        return o.top >= l.top - 1 && o.bottom <= $(el, '.more').getBoundingClientRect().top + 1;
      };
      input(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('loc-o0');
      expect(activeOption(el)).to.equal('Câmpia Turzii Municipiul Câmpia Turzii');
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('loc-o10');
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('loc-o20');
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('loc-o10');
      await waitUntil(() => inView('loc-o10'), 'the eleventh option is out of view');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('loc-o59');
      await waitUntil(() => inView('loc-o59'), 'the last option is out of view or under the foot');
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('loc-o59');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('loc-o0');
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('loc-o0');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('loc-o59');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.picks).to.have.length(1);
      expect(input(el).value).to.equal(el.picks[0]!.name);
    });

    it('with the list closed, Home and End move the caret in the text and do not open the list', async () => {
      const el = await fixture<ComboHost>(html`<combo-host></combo-host>`);
      input(el).focus();
      await sendKeys({ type: 'vul' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      input(el).value = 'vul';
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).selectionStart).to.equal(0);
      await sendKeys({ press: 'End' });
      expect(input(el).selectionStart).to.equal(3);
    });

    it('ArrowUp on a closed list opens it on the last option; Tab leaves without picking', async () => {
      const el = await fixture<ComboHost>(html`<combo-host></combo-host>`);
      input(el).focus();
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(activeOption(el)).to.equal('Vulcan Comuna Vulcan');
      await sendKeys({ press: 'Tab' });
      await new Promise((r) => setTimeout(r, 200));
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(el.picks).to.deep.equal([]);
    });
  });
});
