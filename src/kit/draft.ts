/**
 * The flow's draft in sessionStorage, so a reload mid-flow loses nothing.
 * After issuance only what is not personal (policy number, offer) is kept.
 * Storage can be missing or full (private modes): then we simply don't keep it.
 */
export function loadDraft<T>(key: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(key: string, draft: unknown): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    /* no storage: the flow still works, it just won't survive a reload */
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    /* nothing stored */
  }
}

/** A random key for one issuance attempt (crypto.randomUUID is missing on plain-http host pages). */
export const newKey = (): string =>
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
