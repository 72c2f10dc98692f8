/** The words of the kit's offer cards (sections/offers.ts, steps/cards.ts), in English: loaded with the cards, by a flow that shows them. */
export const en = {
  'offers.none': 'No offer for these details.',
  'offers.monthly': '{amount} a month',
  'offers.best': 'Best value',
  'offers.validUntil': 'Offer valid until {date}',
  'offers.installments': 'in {n} instalments',
};
