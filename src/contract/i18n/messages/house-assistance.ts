import { defineMessages } from '../registry.js';

/** Pointer / Allianz home assistance: the areas. */
export const houseAssistanceMessages = defineMessages({
  'area.usableOverBuilt': {
    en: 'The usable area cannot be larger than the built area.',
    ro: 'Suprafața utilă nu poate fi mai mare decât suprafața construită.',
  },
});
