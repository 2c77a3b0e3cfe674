/**
 * Engagement counts as pages print them: "48", "1,234", "1 234", "1.2K", "12,5 тыс.", "1,2 tūkst.",
 * "3 тыс.", "2 млн", "1.5M", "1,2 tuh.", "4 hilj.". Returns undefined when there is no number.
 */
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  tūkst: 1e3,
  tukst: 1e3,
  tūkstoši: 1e3,
  tuh: 1e3,
  tuhat: 1e3,
  тыс: 1e3,
  тис: 1e3,
  хиљ: 1e3,
  hilj: 1e3,
  tis: 1e3,
  m: 1e6,
  mln: 1e6,
  млн: 1e6,
  milj: 1e6,
  mio: 1e6,
  b: 1e9,
  mlrd: 1e9,
  млрд: 1e9,
  mld: 1e9,
};

const PLAIN = /^\d{1,15}$/;

export function parseCount(input: string | null | undefined): number | undefined {
  if (!input) return undefined;
  if (PLAIN.test(input)) return Number(input); // the common case ("48"): no folding, no suffix
  const s = input.toLowerCase().replace(/[\u00a0\u202f\u2009]/g, ' ');
  const m = /(\d[\d ,.']*)\s*([a-zа-яёāčēģīķļņšūž]*)\.?/u.exec(s);
  if (!m) return undefined;
  const digits = (m[1] ?? '').trim().replace(/[ ']/g, '');
  const suffix = m[2] ?? '';
  const mult = (suffix && MULTIPLIERS[suffix]) || 1;
  let value: number;
  if (mult > 1) {
    // With a multiplier the last separator is a decimal point ("1,2 tūkst." = 1200, "1.5K" = 1500).
    const lastSep = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
    const whole = lastSep >= 0 ? digits.slice(0, lastSep).replace(/[.,]/g, '') : digits;
    const frac = lastSep >= 0 ? digits.slice(lastSep + 1) : '';
    value = Number(`${whole || '0'}.${frac || '0'}`);
  } else {
    // Without one, separators followed by exactly three digits group thousands ("1,234", "1.234");
    // otherwise the last one is a decimal point.
    const groups = digits.split(/[.,]/);
    const grouping = groups.length > 1 && groups.slice(1).every((g) => g.length === 3);
    if (grouping) value = Number(groups.join(''));
    else {
      const lastSep = Math.max(digits.lastIndexOf(','), digits.lastIndexOf('.'));
      value =
        lastSep >= 0
          ? Number(`${digits.slice(0, lastSep).replace(/[.,]/g, '')}.${digits.slice(lastSep + 1)}`)
          : Number(digits);
    }
  }
  if (!Number.isFinite(value)) return undefined;
  return Math.round(value * mult);
}
