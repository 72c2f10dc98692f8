// What the LG store's checkout script does around the widget: it passes the customer it already
// knows (signed in), the purchase date, the page's language, and shows the chosen cover in the cart.
// The chosen offer itself travels in the order form (the widget is a form control).
const widget = document.querySelector('lih-electronics-quote');
widget.setAttribute('purchase-date', new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Bucharest' }));
widget.customer = {
  kind: 'individual',
  lastName: 'Pop',
  firstName: 'Vasile',
  email: 'vasile.pop@example.ro',
  mobileNumber: '0722123456',
  address: { county: 'CJ', cityCode: '54984', city: 'Cluj-Napoca', street: 'Eroilor', houseNumber: '10' },
};

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b === button));
  });
}

const money = (n) => new Intl.NumberFormat('ro-RO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n) + ' lei';
const TV = 5000;
const names = { daf: 'Daune accidentale și furt', ge: 'Garanție extinsă' };
widget.addEventListener('lih-offer-selected', (event) => {
  const o = event.detail;
  document.querySelector('#insurance-name').textContent = `Protecție LG: ${names[o.package] ?? 'asigurare'}, ${o.termTime} luni`;
  document.querySelector('#insurance-price').textContent = money(o.premiumAmount);
  document.querySelector('#total').textContent = money(TV + o.premiumAmount);
});

// One "Pay": the button stays inert while the order is sent (the server would answer the same anyway).
const form = document.querySelector('#order-form');
form.addEventListener('submit', () => form.querySelector('button.pay').setAttribute('aria-disabled', 'true'));
