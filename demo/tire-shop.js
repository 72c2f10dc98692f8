// What a retailer's own page script does around the widget: it knows the
// purchase date of the order, switches the page language, and listens to the
// widget's events (for analytics or its cart). None of them carry personal data.
import { logEvents } from './event-log.js';
const widget = document.querySelector('lih-tire-quote');
widget.setAttribute('purchase-date', new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Bucharest' }));

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b === button));
  });
}

logEvents(document.querySelector('#events'));
