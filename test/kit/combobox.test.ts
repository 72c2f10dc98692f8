import { describe, it } from '../support/bdd.js';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { Combobox } from '../../src/kit/combobox.js';
import { kitStyles } from '../../src/kit/styles.js';
import type { NomenclatureItem } from '../../src/contract/nomenclature.js';

const ITEMS: NomenclatureItem[] = [
  { code: '40198', name: 'Brașov', hint: 'Municipiul Brașov' },
  { code: '1', name: 'Florești', hint: 'Comuna Florești' },
  { code: '2', name: 'Florești', hint: 'Comuna Tulgheș' },
  { code: '3', name: 'Sânpetru', hint: 'Comuna Sânpetru' },
  { code: '4', name: 'Vulcan', hint: 'Comuna Vulcan' },
];

/** The smallest host a combobox lives in: a value, an error, and the picks it was given. */
class ComboHost extends LitElement {
  static override styles = kitStyles;
  static override properties: PropertyDeclarations = { value: {}, error: {} };
  value = '';
  error = '';
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
      items: ITEMS,
      status: 'ready',
      t: (k) => k,
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

const input = (el: ComboHost) => el.shadowRoot!.querySelector('input')!;
const shown = (el: ComboHost) => [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.textContent!.replace(/\s+/g, ' ').trim());

describe('kit: searchable list (combobox)', () => {
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
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('noMatches');
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
});
