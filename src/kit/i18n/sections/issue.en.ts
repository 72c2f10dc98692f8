/** The words of the summary before issuing, and the check of an unknown outcome, in English. */
export const en = {
  'issue.cover': 'Cover',
  'issue.period': 'Period',
  'issue.premium': 'Premium',
  'issue.documentNumber': 'Payment document number',
  'issue.documentHint': 'The number on your receipt or invoice',
  // no payment happens in the element: say what issuing does
  'issue.confirm': 'Issuing creates your policy with the insurer now, for a premium of {amount}. No payment is taken here.',
  'issue.button': 'Issue the policy',
  'issue.pending': 'Issuing your policy…',
  'issue.server': 'Offer chosen: the policy is issued with your order.',
  'check.title': 'Checking your policy',
  'check.body':
    'The insurer has not yet confirmed whether your policy was issued. Please do not pay again and do not issue another policy: we are asking the insurer, and your policy will appear here as soon as they answer.',
  'check.asking': 'Asking the insurer now…',
  'check.soon': 'We will ask again in a few seconds.',
  'check.later': 'The insurer has still not answered. Please wait a minute, then press “{button}”. Until then, do not pay again.',
  'check.again': 'Check again',
  'err.issuing': 'Another policy from these offers is still being issued. Please do not pay again: wait a minute, then try again.',
};
