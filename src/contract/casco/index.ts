/**
 * The Casco API's contract in one import. Auth (`POST` and `PATCH` with
 * `Token: Refresh <refresh_token>`), policy issuance (`{offerId, payment}`)
 * and documents (`data.files[]`) are the shapes every API shares, reused as they are.
 */
export * from './enums.js';
export * from './person.js';
export * from './vehicle.js';
export * from './motor.js';
export * from './additional-data.js';
export * from './product.js';
export * from './responses.js';
export { loginRequest, tokenResponse, refreshHeaderValue, TOKEN_HEADER } from '../auth.js';
export { policyRequest as cascoPolicyRequest, payment } from '../policy.js';
export { documentsResponse, documentFile } from '../documents.js';
