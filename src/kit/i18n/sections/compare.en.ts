/** The words of the offers compared side by side (sections/compare.ts), in English. */
export const en = {
  'compare.caption': 'Offers from {insurers}, side by side',
  'compare.captionOne': 'Offers from {insurers}',
  'compare.insurer': 'Insurer',
  'compare.premium': 'Premium',
  'compare.instalments': 'Instalments',
  'compare.sort': 'Cheapest first',
  'compare.sorted': 'Offers sorted from the cheapest.',
  'compare.inOne': 'one payment',
  'compare.inMany': '{n} × {amount}',
  'compare.choose': 'Choose the offer from {insurer}, {price}',
  'compare.asking': '{insurer}: still answering…',
  'compare.failed': '{insurer} did not make an offer: {reason}',
  'compare.failedNoReason': '{insurer} did not make an offer.',
  'compare.timeout': '{insurer} did not answer in time.',
  'compare.whatToDo': 'Choose among the other offers, or try again later to include it.',
};
