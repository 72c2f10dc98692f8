/** The words of the offers section, in English. */
export const en = {
  'offers.loading': 'Getting your offers…',
  'offers.found': '{n} offers found',
  'offers.term': '{n} months',
  // an offer card's title: the package's name and its term
  'offers.title': '{name}, {term}',
  'offers.period': '{start} – {end}',
  'offers.choose': 'Choose an offer.',
};
