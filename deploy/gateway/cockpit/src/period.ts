/**
 * Reporting periods, YYYY-MM. February stands for 1–2月 and January is never a period of its
 * own (the services refuse YYYY-01), so every step over months skips January.
 */
const PERIOD = /^(199[0-9]|20[0-9]{2}|2100)-(0[2-9]|1[0-2])$/;

export function isPeriod(text: string): boolean {
  return PERIOD.test(text);
}

export function periodOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function splitPeriod(period: string): { year: number; month: number } {
  const [year, month] = period.split("-").map(Number) as [number, number];
  return { year, month };
}

/** The period `steps` reporting periods before this one (January skipped). */
export function periodsBefore(period: string, steps: number): string {
  let { year, month } = splitPeriod(period);
  for (let i = 0; i < steps; i += 1) {
    month -= 1;
    if (month < 2) {
      year -= 1;
      month = 12;
    }
  }
  return periodOf(year, month);
}

/** Every period from `from` to `to`, oldest first, as the series endpoint returns them. */
export function periodRange(from: string, to: string): string[] {
  const periods: string[] = [];
  let current = to;
  while (current >= from && periods.length < 240) {
    periods.unshift(current);
    current = periodsBefore(current, 1);
  }
  return periods;
}

/**
 * The period a fresh view opens on: the latest released one the service lists, else the last
 * complete month before today (which the board will then say is not released, if it is not).
 */
export function defaultPeriod(released: readonly string[], today: Date): string {
  const latest = released.filter(isPeriod).sort().at(-1);
  if (latest !== undefined) {
    return latest;
  }
  const month = today.getMonth(); // 0-based: this is last month's number
  return month < 2 ? periodOf(today.getFullYear() - 1, 12) : periodOf(today.getFullYear(), month);
}

/**
 * The first period of the `months` calendar months that end with this period: 24 months to
 * 2019-08 start at 2017-09. A start in January moves to February, whose figure covers January.
 */
export function windowStart(period: string, months: number): string {
  const { year, month } = splitPeriod(period);
  const index = year * 12 + (month - 1) - (months - 1);
  const startYear = Math.floor(index / 12);
  const startMonth = (index % 12) + 1;
  return periodOf(startYear, startMonth === 1 ? 2 : startMonth);
}
