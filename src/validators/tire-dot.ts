import { isoWeek, parseToday } from './calendar.js';
import { compactUpper } from './normalise.js';
import { type Check, fail, pass } from './result.js';

/**
 * Reasons `checkTireDot` can return (message keys `dot.<reason>`):
 * - `format` — not exactly 4 digits (week then year, e.g. 3719)
 * - `week`   — the week is not 01–53
 * - `future` — (only with `today`) the tyre would be made after the current week
 */
export const tireDotReasons = ['format', 'week', 'future'] as const;
export type TireDotReason = (typeof tireDotReasons)[number];

/**
 * Validates the date code of a tyre's DOT number: 4 digits WWYY (week, then
 * the year's last two digits, read as 20YY — the 4-digit code started in 2000).
 * Spaces and dashes are ignored: '37 19' → '3719'. With `opts.today` (YYYY-MM-DD) a code
 * after today's ISO week is rejected; week 53 is accepted in any year, since
 * makers number weeks their own way.
 * Reasons: format | week | future (see `tireDotReasons`).
 */
export function checkTireDot(input: string, opts: { today?: string } = {}): Check<TireDotReason> {
  const value = compactUpper(input);
  if (!/^\d{4}$/.test(value)) return fail('format');
  const week = Number(value.slice(0, 2));
  const year = 2000 + Number(value.slice(2));
  if (week < 1 || week > 53) return fail('week');
  if (opts.today !== undefined) {
    const t = parseToday(opts.today);
    const now = isoWeek(t.year, t.month, t.day);
    if (year > now.year || (year === now.year && week > now.week)) return fail('future');
  }
  return pass(value);
}
