/** Money in RON, to the ban (two decimals), rounded half up. */
export const roundMoney = (x: number): number => Math.round((x + Number.EPSILON) * 100) / 100;

/** Splits an amount into `n` parts to the ban; the first part takes the remainder, so the parts add up exactly. */
export function splitMoney(total: number, n: number): number[] {
  const cents = Math.round(total * 100);
  const part = Math.floor(cents / n);
  return Array.from({ length: n }, (_, i) => (i === 0 ? cents - part * (n - 1) : part) / 100);
}
