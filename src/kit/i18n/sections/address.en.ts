/** The words of an address section, in English. */
export const en = {
  'addr.title': 'Address',
  'addr.county': 'County',
  'addr.city': 'Locality',
  'addr.pickCounty': 'Choose the county first',
  'addr.street': 'Street',
  'addr.houseNumber': 'Number',
  'addr.building': 'Block',
  'addr.staircase': 'Staircase',
  'addr.apartment': 'Apartment',
  'addr.floor': 'Floor',
  'addr.postcode': 'Postcode',
};
