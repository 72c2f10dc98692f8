/**
 * Every Assets API product: its key in `product`, its insurers and its schema.
 * The proxy and the sandbox use this registry; an element imports only its own
 * product file, so it never bundles the others.
 */
import type { z } from 'zod/mini';
import { checkWith, type Checked, type FieldError } from '../issues.js';
import { validationMessage } from '../i18n/validation.js';
import '../i18n/messages/products.js';
import '../i18n/messages/shapes.js';
import { tireProduct } from './tire.js';
import { tireFleetProduct } from './tire-fleet.js';
import { electronicsProduct } from './electronics.js';
import { extendedWarrantyProduct } from './extended-warranty.js';
import { solarPanelProduct } from './solar-panel.js';
import { gapProduct } from './gap.js';
import { houseAssistanceProduct } from './house-assistance.js';
import { businessCyberProtectionProduct, digitalProtectionProduct } from './levins.js';

export const PRODUCTS = {
  tire: { insurers: ['michelin'], schema: tireProduct },
  tireFleet: { insurers: ['michelin'], schema: tireFleetProduct },
  electronics: { insurers: ['lg'], schema: electronicsProduct },
  extendedWarranty: { insurers: ['porsche'], schema: extendedWarrantyProduct },
  solarPanel: { insurers: ['colonnade'], schema: solarPanelProduct },
  gap: { insurers: ['colonnade'], schema: gapProduct },
  houseAssistance: { insurers: ['pointer', 'allianz'], schema: houseAssistanceProduct },
  digitalProtection: { insurers: ['levins'], schema: digitalProtectionProduct },
  businessCyberProtection: { insurers: ['levins'], schema: businessCyberProtectionProduct },
} as const;

export type ProductKey = keyof typeof PRODUCTS;
export const PRODUCT_KEYS = Object.keys(PRODUCTS) as ProductKey[];
export type ProductBody<K extends ProductKey = ProductKey> = z.output<(typeof PRODUCTS)[K]['schema']>;

export const isProductKey = (k: string): k is ProductKey => Object.prototype.hasOwnProperty.call(PRODUCTS, k);

/** "The system automatically determines the product type based on which key is present": exactly one. */
export function detectProduct(body: unknown): { ok: true; key: ProductKey } | { ok: false; errors: FieldError[] } {
  const keys = body && typeof body === 'object' ? Object.keys(body).filter(isProductKey) : [];
  if (keys.length === 1) return { ok: true, key: keys[0]! };
  const params = { values: PRODUCT_KEYS };
  return { ok: false, errors: [{ path: '', key: 'product.exactlyOne', params, message: validationMessage('product.exactlyOne', params) }] };
}

/** Detects the product in a `product` object and checks it against that product's schema. */
export function checkProduct(body: unknown): { ok: true; key: ProductKey; data: ProductBody } | { ok: false; key?: ProductKey; errors: FieldError[] } {
  const found = detectProduct(body);
  if (!found.ok) return found;
  const r: Checked<ProductBody> = checkWith(PRODUCTS[found.key].schema, body);
  return r.ok ? { ok: true, key: found.key, data: r.data } : { ok: false, key: found.key, errors: r.errors };
}
