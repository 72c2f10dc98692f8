/**
 * Tells an English message from a Romanian one by matching it against every
 * template the contract's catalogs and the sandbox's own messages hold
 * (`{param}` matches anything).
 */
import { validationEn } from '../../../src/contract/i18n/validation.en.js';
import { validationRo } from '../../../src/contract/i18n/validation.ro.js';
import { SANDBOX_MESSAGES } from '../../../src/sandbox/messages.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const toRegex = (template: string) => new RegExp(`^${template.split(/\{\w+\}/).map(escape).join('.+')}$`, 's');

const en = [...Object.values(validationEn), ...Object.values(SANDBOX_MESSAGES).map((m) => m.en)].map(toRegex);
const ro = [...Object.values(validationRo), ...Object.values(SANDBOX_MESSAGES).map((m) => m.ro)].map(toRegex);

export const isEnglish = (message: string): boolean => en.some((r) => r.test(message)) && !ro.some((r) => r.test(message));
export const isRomanian = (message: string): boolean => ro.some((r) => r.test(message)) && !en.some((r) => r.test(message));
