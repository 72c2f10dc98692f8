// The demo pages' event log: what a host's own script would see of the widget's events.
export function logEvents(list) {
  for (const type of ['lih-offers-loaded', 'lih-offer-selected', 'lih-policy-issued', 'lih-error']) {
    document.addEventListener(type, (event) => {
      const item = document.createElement('li');
      const name = document.createElement('code');
      name.textContent = type;
      const detail = document.createElement('pre');
      detail.textContent = JSON.stringify(event.detail, null, 1);
      item.append(name, detail);
      list.prepend(item);
    });
  }
}
