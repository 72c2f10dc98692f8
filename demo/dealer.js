// What a car dealer's own page script does around the widgets: it hands each the car on
// screen (the `vehicle` property, from the dealer's stock data), switches the page language and
// listens to the widget's events. The events carry no personal data.
import { logEvents } from './event-log.js';
const year = new Date().getFullYear();
const day = (yearsAgo, month) => `${year - yearsAgo}-${month}-15`;

/** The dealer's stock: the first car can be covered; the others show why a car cannot. */
const STOCK = [
  { id: 'golf', title: 'Volkswagen Golf 8 Life 1.5 eTSI', price: '24.900 €', power: 110,
    car: { vin: 'WVWZZZCDZPW123456', make: 'Volkswagen', model: 'Golf', year: year - 2, firstRegistration: day(2, '03'), mileage: 38500, use: 'personal', enginePower: 110, fuel: 'petrol', engineCapacity: 1498 } },
  { id: 'octavia', title: 'Škoda Octavia Combi 2.0 TDI', price: '19.500 €', power: 110,
    car: { vin: 'TMBJJ7NX5M0123456', make: 'Skoda', model: 'Octavia', year: year - 4, firstRegistration: day(4, '06'), mileage: 196000, use: 'taxi', enginePower: 110, fuel: 'diesel', engineCapacity: 1968 } },
  { id: 'a4', title: 'Audi A4 Avant 2.0 TFSI', price: '14.900 €', power: 140,
    car: { vin: 'WAUZZZ8K9GA123456', make: 'Audi', model: 'A4', year: year - 9, firstRegistration: day(9, '09'), mileage: 121000, use: 'personal', enginePower: 140, fuel: 'petrol', engineCapacity: 1984 } },
  { id: 'duster', title: 'Dacia Duster 1.3 TCe', price: '17.200 €', power: 96,
    car: { vin: 'UU1HSDACN5M123456', make: 'Dacia', model: 'Duster', year: year - 1, firstRegistration: day(1, '02'), mileage: 12000, use: 'personal', enginePower: 96, fuel: 'petrol', engineCapacity: 1332 } },
];

const widget = document.querySelector('lih-extended-warranty-quote');
const casco = document.querySelector('lih-casco-quote');
const $ = (id) => document.getElementById(id);
const locale = () => (document.documentElement.lang === 'en' ? 'en-GB' : 'ro-RO');
const km = (n) => `${n.toLocaleString(locale())} km`;
// As a reader writes a date (15.03.2024, 15 Mar 2024), not as the stock data keeps it.
const date = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
let current = STOCK[0];

function show(item) {
  current = item;
  $('car-title').textContent = item.title;
  $('car-price').textContent = item.price;
  $('car-registered').textContent = date(item.car.firstRegistration);
  $('car-mileage').textContent = km(item.car.mileage);
  $('car-power').textContent = `${item.power} kW`;
  $('car-vin').textContent = item.car.vin;
  for (const b of document.querySelectorAll('[data-car]')) b.setAttribute('aria-pressed', String(b.dataset.car === item.id));
  // The whole car at once, to both widgets (each takes the fields it asks for); the customer can still correct any.
  widget.vehicle = item.car;
  casco.vehicle = item.car;
}

for (const item of STOCK) {
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset.car = item.id;
  b.textContent = item.title;
  b.addEventListener('click', () => show(item));
  $('stock').append(b);
}
show(current);

// The page's words in Romanian are its markup; English is in data-en.
const texts = [...document.querySelectorAll('[data-en]')].map((el) => ({ el, ro: el.textContent }));
for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    document.documentElement.lang = lang;
    for (const t of texts) t.el.textContent = lang === 'en' ? t.el.dataset.en : t.ro;
    for (const b of document.querySelectorAll('[data-lang]')) b.setAttribute('aria-pressed', String(b === button));
    $('car-mileage').textContent = km(current.car.mileage);
    $('car-registered').textContent = date(current.car.firstRegistration);
  });
}

logEvents($('events'));
