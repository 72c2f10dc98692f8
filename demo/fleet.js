// What the fleet manager's portal does around the widget: it switches the page's language (the
// widget follows <html lang>) and shows the issued policy's number in its own header.
const words = {
  en: {
    'nav.fleet': 'My fleet',
    'nav.orders': 'Orders',
    'nav.invoices': 'Invoices',
    crumbs: 'Transflota Nord SRL · Fleet account',
    title: 'Tyre cover for the whole fleet',
    lead: 'One policy for every vehicle: paste the list from Excel, pick a package and download the policy.',
    'stat.vehicles': 'Active vehicles',
    'stat.sets': 'New Michelin sets',
    'stat.policy': 'Latest policy',
    quote: 'Fleet quote',
    'tip.title': 'From Excel in seconds',
    'tip.body': 'Copy the rows (make, model, tyre, rim, DOT, price, purchase date) and paste them into the first cell of the table.',
    foot: 'Demo: the insurer is a sandbox, no policy is real.',
  },
};
const original = Object.fromEntries([...document.querySelectorAll('[data-i18n]')].map((e) => [e.dataset.i18n, e.textContent]));

function speak(lang) {
  document.documentElement.lang = lang;
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = (lang === 'en' ? words.en : original)[e.dataset.i18n];
  for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
}
for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => speak(button.dataset.lang));
if (new URLSearchParams(location.search).get('lang') === 'en') speak('en');

document.querySelector('#fleet').addEventListener('lih-policy-issued', (event) => {
  document.querySelector('#last-policy').textContent = `${event.detail.series} ${event.detail.number}`;
});
