import { en as steps } from './sections/steps.en.js';

/**
 * The kit's words in English that the first step and any failure show: a
 * product element's language chunk carries them with its own words, so a page
 * fetches only the language it speaks. The later steps' words are in
 * later.en.ts, which the kit fetches while the customer fills the first step.
 * A host may override any of them through the element's `strings` property.
 */
export const enFirst = {
  // the stepper names every step from the first
  ...steps,
  'step.of': 'Step {n} of {total}',
  next: 'Continue',
  back: 'Back',
  retry: 'Try again',
  optional: '(optional)',
  loading: 'Loading…',
  // the searchable list; {q} is what the customer typed
  noMatches: 'No matches for “{q}”',
  'combo.more': 'Keep typing to narrow the list — {n} of {total}',
  // how many options the list shows, by the Romanian plural forms (English says few and other alike)
  'combo.n.one': '{n} result',
  'combo.n.few': '{n} results',
  'combo.n.other': '{n} results',
  listFailed: 'Could not load the list.',
  // failures: each says what to do next
  'err.network': 'Could not reach the insurer. Check your connection and try again; your details are kept.',
  'err.upstream': 'The insurer is not answering. Your details are kept: try again in a minute.',
  'err.fields': 'Please check the {n} highlighted fields.',
  'err.field': 'Please check the highlighted field.',
  'err.rate': 'Too many attempts. Try again in a moment.',
  'err.expired': 'This offer has expired. Get new offers.',
  'err.generic': 'Something went wrong. Your details are kept: try again.',
  'err.config': 'This insurance is not available here right now.',
  // a host form's control (form-associated.ts): why the form cannot be sent yet
  'form.required': 'Choose one of the insurance offers to complete your order.',
};
