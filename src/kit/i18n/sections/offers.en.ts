/** The words of the offers section, in English. */
export const en = {
  'offers.loading': 'Getting your offers…',
  'offers.found': '{n} offers found',
  'offers.none': 'No offer for these details.',
  'offers.term': '{n} months',
  // an offer card's title: the package's name and its term
  'offers.title': '{name}, {term}',
  'offers.monthly': '{amount} a month',
  'offers.best': 'Best value',
  'offers.period': '{start} – {end}',
  'offers.validUntil': 'Offer valid until {date}',
  'offers.choose': 'Choose an offer.',
  'offers.installments': 'in {n} instalments',
};
