/** The words of the documents step, in English. */
export const en = {
  'docs.issued': 'Your policy {series} {number} is issued.',
  'docs.policy': 'Download the policy (PDF)',
  'docs.offer': 'Download the offer (PDF)',
  'docs.again': 'Start a new quote',
  'docs.gone': 'After a reload, the documents can no longer be downloaded here. The insurer can send you a copy if you give them the policy number above.',
  'docs.number': 'Policy',
  'docs.files': 'Download your policy',
  'docs.next': 'What happens next',
  'docs.starts': 'Your cover starts on {date} and ends on {end}.',
  'docs.keep': 'Keep the policy PDF: it is your proof of cover, and you need the policy number if you make a claim.',
};
