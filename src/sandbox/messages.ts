/**
 * The sandbox insurer's own messages, in both languages: what only the
 * insurer can say (credentials, nomenclature membership, offer and policy
 * state). Field-rule messages come from the contract's catalog instead, so the
 * elements, the proxy and the sandbox word a broken rule the same way.
 */
import { fillTemplate, type Bilingual, type Params } from '../contract/i18n/format.js';

export const SANDBOX_MESSAGES = {
  'auth.missingToken': {
    en: 'Send the JWT from POST /auth in the Token header.',
    ro: 'Trimiteți tokenul JWT primit de la POST /auth în antetul Token.',
  },
  'auth.invalidToken': { en: 'This token is not valid.', ro: 'Tokenul nu este valid.' },
  'auth.expiredToken': { en: 'This token has expired: renew it or log in again.', ro: 'Tokenul a expirat: reînnoiți-l sau autentificați-vă din nou.' },
  'auth.revokedToken': { en: 'This token has been revoked: log in again.', ro: 'Tokenul a fost revocat: autentificați-vă din nou.' },
  'auth.badCredentials': { en: 'Wrong account or password.', ro: 'Cont sau parolă greșită.' },
  'auth.badRefresh': {
    en: 'Send a valid, unused refresh token as "Token: Refresh <refresh_token>".',
    ro: 'Trimiteți un refresh token valid și nefolosit, în forma „Token: Refresh <refresh_token>”.',
  },
  'insurer.notForProduct': {
    en: 'This insurer does not offer this product; use one of: {values}.',
    ro: 'Acest asigurător nu oferă produsul; folosiți unul dintre: {values}.',
  },
  'insurer.credentials': {
    en: 'The insurer rejected these credentials.',
    ro: 'Asigurătorul a respins aceste date de acces.',
  },
  'locality.notInCounty': {
    en: 'There is no locality with this SIRUTA code in county {county}.',
    ro: 'Nu există o localitate cu acest cod SIRUTA în județul {county}.',
  },
  'locality.nameMismatch': {
    en: 'The locality with this SIRUTA code is called {name}.',
    ro: 'Localitatea cu acest cod SIRUTA se numește {name}.',
  },
  'country.unknown': { en: 'Choose a country from the list (ISO code, like RO).', ro: 'Alegeți o țară din listă (cod ISO, de exemplu RO).' },
  'vehicle.brandUnknown': { en: 'Choose a vehicle brand from the list.', ro: 'Alegeți o marcă de vehicul din listă.' },
  'vehicle.modelUnknown': { en: 'Choose a model of {brand} from the list.', ro: 'Alegeți un model {brand} din listă.' },
  'tire.makeUnknown': { en: 'Choose a tyre make from the list.', ro: 'Alegeți o marcă de anvelope din listă.' },
  'tire.makeCode': { en: 'Send the tyre make as its code on /nomenclature/tire-brand: {code}.', ro: 'Trimiteți marca de anvelope prin codul ei din /nomenclature/tire-brand: {code}.' },
  'tire.modelUnknown': { en: 'Choose a {make} tyre model from the list.', ro: 'Alegeți un model de anvelopă {make} din listă.' },
  'tire.sizeUnknown': { en: 'Choose a rim size from the list: {values}.', ro: 'Alegeți o dimensiune de jantă din listă: {values}.' },
  'package.unknown': { en: 'Unknown package; use one of: {values}.', ro: 'Pachet necunoscut; folosiți unul dintre: {values}.' },
  'casco.identifierUnknown': {
    en: 'This is not one of {insurer}\'s identifiers for this vehicle: identify the vehicle again and use {insurer}\'s answer.',
    ro: 'Acesta nu este un cod de identificare {insurer} pentru acest vehicul: identificați din nou vehiculul și folosiți răspunsul {insurer}.',
  },
  'casco.deductiblesUnknown': {
    en: '{insurer} sells these deductibles (partial damage / total damage %): {values}.',
    ro: '{insurer} oferă aceste franșize (daună parțială / daună totală %): {values}.',
  },
  'casco.coverageUnknown': { en: '{insurer} offers these coverages: {values}.', ro: '{insurer} oferă aceste acoperiri: {values}.' },
  'casco.vehicleCoverage': {
    en: 'A casco covers the vehicle: include the coverage "vehicle".',
    ro: 'Un casco acoperă vehiculul: includeți acoperirea „vehicle”.',
  },
  'offer.notFound': { en: 'There is no offer with this id.', ro: 'Nu există o ofertă cu acest identificator.' },
  'offer.expired': { en: 'This offer expired on {date}: ask for a new one.', ro: 'Oferta a expirat la {date}: cereți una nouă.' },
  'offer.alreadyIssued': {
    en: 'This offer has already been turned into policy {series} {number}.',
    ro: 'Oferta a fost deja transformată în polița {series} {number}.',
  },
  'payment.amountMismatch': { en: 'The amount must equal the premium, {amount} RON.', ro: 'Suma trebuie să fie egală cu prima, {amount} RON.' },
  'policy.notFound': { en: 'There is no policy with these details.', ro: 'Nu există o poliță cu aceste date.' },
  'nomenclature.unknownParam': { en: 'There is no such list: {param}.', ro: 'Nu există această listă: {param}.' },
  'request.malformedJson': { en: 'The request body is not valid JSON.', ro: 'Corpul cererii nu este JSON valid.' },
  'request.notFound': { en: 'There is no such endpoint.', ro: 'Nu există acest endpoint.' },
  'admin.crossSite': {
    en: 'Admin routes refuse requests sent by a web page (Origin or Sec-Fetch-Site header).',
    ro: 'Rutele de administrare refuză cererile trimise de o pagină web (antet Origin sau Sec-Fetch-Site).',
  },
  'admin.badToken': {
    en: 'Admin routes need Authorization: Bearer <admin token>.',
    ro: 'Rutele de administrare cer Authorization: Bearer <token de administrare>.',
  },
  'fault.injected': {
    en: 'The insurer is unavailable (sandbox fault injection).',
    ro: 'Asigurătorul nu este disponibil (eroare simulată de sandbox).',
  },
  'fault.timeout': { en: 'The insurer did not answer in time (sandbox fault injection).', ro: 'Asigurătorul nu a răspuns la timp (eroare simulată de sandbox).' },
  'internal.error': { en: 'Something went wrong at the insurer.', ro: 'A apărut o eroare la asigurător.' },
} as const satisfies Record<string, Bilingual>;

export type SandboxMessageKey = keyof typeof SANDBOX_MESSAGES;

/** A sandbox message with its params filled, in both languages. */
export function sandboxMessage(key: SandboxMessageKey, params?: Params): Bilingual {
  const m = SANDBOX_MESSAGES[key];
  return { en: fillTemplate(m.en, params, 'en'), ro: fillTemplate(m.ro, params, 'ro') };
}
