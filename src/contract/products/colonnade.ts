import * as z from 'zod/mini';
import { mustBeTrue } from '../fields.js';
import { person } from '../person.js';
import '../i18n/messages/person-scope.js';

/** Colonnade's mandatory agreements (solarPanel and gap). */
export const colonnadeAgreements = z.object({ gdpr: mustBeTrue(), consultation: mustBeTrue(), dnt: mustBeTrue() });

/** Colonnade policyholder: registry number optional, sanctions declaration for companies. */
export const colonnadePolicyholder = () => person({ registryNumber: 'optional', sanctionsDeclaration: true });
