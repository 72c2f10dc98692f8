/** The words of the kit's library of steps (their headings and stepper names, the policyholder step's button), in English: in the first load, as the stepper names every step. */
export const en = {
  'step.policyholder': 'Your details',
  'step.offers': 'Offers',
  'step.issue': 'Confirm',
  'step.documents': 'Documents',
  getOffers: 'See offers',
};
