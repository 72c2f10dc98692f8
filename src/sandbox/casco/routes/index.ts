/** The Casco API on the sandbox, under CASCO_BASE: auth, nomenclatures, identification, offers, policies, documents. */
import { authRoutes } from '../../routes/auth.js';
import type { Deps, SandboxApp } from '../../context.js';
import { CASCO_BASE } from '../paths.js';
import { cascoDocumentRoutes } from './documents.js';
import { cascoIdentificationRoutes } from './identification.js';
import { cascoNomenclatureRoutes } from './nomenclature.js';
import { cascoOfferRoutes } from './offer.js';
import { cascoPolicyRoutes } from './policy.js';

export function cascoRoutes(app: SandboxApp, deps: Deps): void {
  authRoutes(app, deps, CASCO_BASE);
  cascoNomenclatureRoutes(app, deps);
  cascoIdentificationRoutes(app, deps);
  cascoOfferRoutes(app, deps);
  cascoPolicyRoutes(app, deps);
  cascoDocumentRoutes(app, deps);
}
