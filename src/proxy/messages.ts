/**
 * The proxy's own messages (everything that is not a field validation rule,
 * which the contract words), in both languages, in one place. Keys are stable:
 * clients may re-word them; `{name}` is filled from the error's params.
 */
import { fillTemplate, type Locale, type Params } from '../contract/i18n/format.js';

const en = {
  'request.notJson': 'The request body is not valid JSON.',
  'request.contentType': 'Send the body as JSON, with Content-Type: application/json.',
  'request.tooLarge': 'The request body is larger than {max} bytes.',
  'request.notFound': 'There is no such endpoint.',
  'request.method': 'This method is not allowed here.',
  'site.noOrigin': 'This API answers embedded widgets only: the request has no Origin header and no site secret.',
  'site.origin': 'The origin {origin} is not allowed to use this API.',
  'site.secret': 'The site secret is not valid.',
  'site.secretOrigin': 'This site secret does not belong to the site of origin {origin}.',
  'site.product': 'The product {product} is not enabled for this site.',
  'site.serverIssuance': 'This site issues policies from its own server after checkout; the browser cannot issue them.',
  'rate.limited': 'Too many requests: try again in {seconds} seconds.',
  'idempotency.missing': 'Send an Idempotency-Key header (one new key per issuance attempt).',
  'idempotency.format': 'The Idempotency-Key must be 1 to 255 visible characters.',
  'idempotency.mismatch': 'This Idempotency-Key was already used with a different request body.',
  'idempotency.inProgress': 'An issuance with this Idempotency-Key is still in progress: retry shortly with the same key.',
  'offer.notFound': 'There is no offer {offerId} for this site.',
  'offer.expired': 'Offer {offerId} expired on {date}: ask for a new offer.',
  'offer.issued': 'Offer {offerId} has already been issued as policy {series} {number}.',
  'offer.issuing': 'Offer {offerId} is being issued by another request.',
  'policy.notFound': 'There is no policy {policyId} for this site.',
  'quote.invalid': 'The Lih-Quote-Id header must be a quote id of this site (qte_ and 32 letters, digits, - or _); leave it out to start a new quote.',
  'quote.issuing': 'Another offer of this quote is being issued, or its outcome is not known yet: finish that one first (send it again with its Idempotency-Key).',
  'issuance.unknown': 'The insurer did not confirm whether the policy was issued. Do not pay or issue again: send the same request with the same Idempotency-Key in a few seconds to learn the outcome.',
  'document.serverSite': 'This site hands out policy documents from its own server: send the site secret, or use a signed link from that server.',
  'document.link': 'This document link is not valid or has expired: ask the shop for a new one.',
  'document.type': 'Choose a document type: {values}.',
  'document.missing': 'The insurer did not send a {type} document.',
  'document.none': 'The insurer sent no PDF documents.',
  'nomenclature.unknown': 'There is no list called {list}.',
  'nomenclature.paramRequired': 'The list {list} needs a parameter, like /v1/nomenclature/{list}/{example}.',
  'nomenclature.paramUnexpected': 'The list {list} takes no parameter.',
  'nomenclature.param': 'The list parameter has characters that are not allowed.',
  'upstream.timeout': 'The insurer did not answer in time. Please try again.',
  'upstream.unavailable': 'The insurer cannot be reached right now. Please try again later.',
  'upstream.malformed': 'The insurer sent an answer we could not read.',
  'upstream.rejected': 'The insurer refused the request.',
  'upstream.notFound': 'The insurer does not know this item.',
  'upstream.conflict': 'The insurer refused the request because of a conflict: {detail}',
  'server.error': 'Something went wrong on our side.',
} as const;

export type MessageKey = keyof typeof en;

const ro: Record<MessageKey, string> = {
  'request.notJson': 'Corpul cererii nu este JSON valid.',
  'request.contentType': 'Trimiteți corpul ca JSON, cu Content-Type: application/json.',
  'request.tooLarge': 'Corpul cererii depășește {max} octeți.',
  'request.notFound': 'Această adresă nu există.',
  'request.method': 'Metoda nu este permisă aici.',
  'site.noOrigin': 'Acest API răspunde doar widgeturilor încorporate: cererea nu are antetul Origin și nici secretul site-ului.',
  'site.origin': 'Originea {origin} nu are voie să folosească acest API.',
  'site.secret': 'Secretul site-ului nu este valid.',
  'site.secretOrigin': 'Acest secret nu aparține site-ului originii {origin}.',
  'site.product': 'Produsul {product} nu este activat pentru acest site.',
  'site.serverIssuance': 'Acest site emite polițele de pe propriul server, după plată; browserul nu le poate emite.',
  'rate.limited': 'Prea multe cereri: încercați din nou peste {seconds} secunde.',
  'idempotency.missing': 'Trimiteți antetul Idempotency-Key (o cheie nouă pentru fiecare încercare de emitere).',
  'idempotency.format': 'Idempotency-Key trebuie să aibă între 1 și 255 de caractere vizibile.',
  'idempotency.mismatch': 'Această cheie Idempotency-Key a fost deja folosită cu alt corp al cererii.',
  'idempotency.inProgress': 'O emitere cu această cheie Idempotency-Key este încă în curs: reîncercați curând cu aceeași cheie.',
  'offer.notFound': 'Nu există oferta {offerId} pentru acest site.',
  'offer.expired': 'Oferta {offerId} a expirat la {date}: cereți o ofertă nouă.',
  'offer.issued': 'Oferta {offerId} a fost deja emisă ca polița {series} {number}.',
  'offer.issuing': 'Oferta {offerId} este în curs de emitere printr-o altă cerere.',
  'policy.notFound': 'Nu există polița {policyId} pentru acest site.',
  'quote.invalid': 'Antetul Lih-Quote-Id trebuie să fie identificatorul unei cotații a acestui site (qte_ și 32 de litere, cifre, - sau _); omiteți-l pentru a începe o cotație nouă.',
  'quote.issuing': 'O altă ofertă din această cotație este în curs de emitere sau rezultatul ei nu este încă știut: finalizați-o întâi (trimiteți-o din nou cu cheia ei Idempotency-Key).',
  'issuance.unknown': 'Asigurătorul nu a confirmat dacă polița a fost emisă. Nu plătiți și nu emiteți din nou: trimiteți aceeași cerere cu aceeași cheie Idempotency-Key peste câteva secunde ca să aflați rezultatul.',
  'document.serverSite': 'Acest site oferă documentele polițelor de pe propriul server: trimiteți secretul site-ului sau folosiți un link semnat de acel server.',
  'document.link': 'Linkul acestui document nu este valid sau a expirat: cereți magazinului unul nou.',
  'document.type': 'Alegeți un tip de document: {values}.',
  'document.missing': 'Asigurătorul nu a trimis documentul {type}.',
  'document.none': 'Asigurătorul nu a trimis niciun document PDF.',
  'nomenclature.unknown': 'Nu există lista {list}.',
  'nomenclature.paramRequired': 'Lista {list} are nevoie de un parametru, de exemplu /v1/nomenclature/{list}/{example}.',
  'nomenclature.paramUnexpected': 'Lista {list} nu primește parametru.',
  'nomenclature.param': 'Parametrul listei conține caractere nepermise.',
  'upstream.timeout': 'Asigurătorul nu a răspuns la timp. Încercați din nou.',
  'upstream.unavailable': 'Asigurătorul nu poate fi contactat acum. Încercați mai târziu.',
  'upstream.malformed': 'Asigurătorul a trimis un răspuns pe care nu îl putem citi.',
  'upstream.rejected': 'Asigurătorul a refuzat cererea.',
  'upstream.notFound': 'Asigurătorul nu cunoaște acest element.',
  'upstream.conflict': 'Asigurătorul a refuzat cererea din cauza unui conflict: {detail}',
  'server.error': 'A apărut o eroare la noi.',
};

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, ro };

export function message(key: MessageKey, locale: Locale, params?: Params): string {
  return fillTemplate(catalogs[locale][key], params, locale);
}

export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
