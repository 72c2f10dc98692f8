// What a retailer's own page script does around the widget: it knows the
// purchase date of the order, switches the page language, and listens to the
// widget's events (for analytics or its cart). None of them carry personal data.
const widget = document.querySelector('lih-tire-quote');
widget.setAttribute('purchase-date', new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Bucharest' }));

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b === button));
  });
}

const log = document.querySelector('#events');
for (const type of ['lih-offers-loaded', 'lih-offer-selected', 'lih-policy-issued', 'lih-error']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = type;
    const detail = document.createElement('pre');
    detail.textContent = JSON.stringify(event.detail, null, 1);
    item.append(name, detail);
    log.prepend(item);
  });
}
