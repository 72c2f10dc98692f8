/**
 * The one result shape every validator returns.
 *
 * `value` is the normalised form to store and send upstream; `reason` is a
 * short stable key: the contract turns `${validatorName}.${reason}` into a
 * translated message, so reasons are part of the public API — never rename one.
 * `R` narrows `reason` per validator; with the default it is exactly
 * `{ ok: true; value: string } | { ok: false; reason: string }`.
 */
export type Check<R extends string = string> = { ok: true; value: string } | { ok: false; reason: R };

export const pass = (value: string): { ok: true; value: string } => ({ ok: true, value });
export const fail = <R extends string>(reason: R): { ok: false; reason: R } => ({ ok: false, reason });
