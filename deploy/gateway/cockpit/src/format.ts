/**
 * Number formats of the cockpit. Money arrives in 元 and is shown in 亿元 or 万元 (Chinese) or
 * bn / m yuan (English); percentages and growth with one decimal; a figure withheld by
 * disclosure control (统计法) reads as withheld and never says why.
 */
export type Lang = "zh" | "en";

/** What a null figure means: withheld by disclosure control, or simply not there. */
export type Absence = "withheld" | "missing";

const NO_FIGURE = "—";

const WITHHELD: Record<Lang, string> = { zh: "不予公开", en: "withheld" };

/** The text of an absent figure; a withheld one is not explained (statistics law). */
export function absent(kind: Absence, lang: Lang): string {
  return kind === "withheld" ? WITHHELD[lang] : NO_FIGURE;
}

function grouped(value: number, decimals: number): string {
  // en-US grouping for both languages: Chinese reports also group by thousands with commas.
  return new Intl.NumberFormat("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(normaliseZero(value, decimals));
}

/** -0.04 rounded to one decimal is "0.0", not "-0.0". */
function normaliseZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) === 0 ? 0 : value;
}

/** A unit money is scaled to, for a figure or a whole chart axis. */
export interface MoneyUnit {
  divisor: number;
  label: Record<Lang, string>;
  decimals: number;
}

const YI: MoneyUnit = { divisor: 1e8, label: { zh: "亿元", en: "100m yuan" }, decimals: 2 };
const WAN: MoneyUnit = { divisor: 1e4, label: { zh: "万元", en: "10k yuan" }, decimals: 1 };
const YUAN: MoneyUnit = { divisor: 1, label: { zh: "元", en: "yuan" }, decimals: 0 };
const BN: MoneyUnit = { divisor: 1e9, label: { zh: "十亿元", en: "bn yuan" }, decimals: 2 };
const M: MoneyUnit = { divisor: 1e6, label: { zh: "百万元", en: "m yuan" }, decimals: 1 };

/** The unit a sum of money reads best in: 亿元 from one 亿, 万元 from one 万 (bn / m in English). */
export function moneyUnit(yuan: number, lang: Lang): MoneyUnit {
  const size = Math.abs(yuan);
  if (lang === "zh") {
    return size >= 1e8 ? YI : size >= 1e4 ? WAN : YUAN;
  }
  return size >= 1e9 ? BN : size >= 1e6 ? M : YUAN;
}

/** 9200000000 → "92.00亿元" / "9.20 bn yuan"; 35000 → "3.5万元" / "35,000 yuan". */
export function formatMoney(yuan: number, lang: Lang): string {
  const unit = moneyUnit(yuan, lang);
  const number = grouped(yuan / unit.divisor, unit.decimals);
  return lang === "zh" ? `${number}${unit.label.zh}` : `${number} ${unit.label.en}`;
}

/** One decimal: 23.44 → "23.4%". */
export function formatPercent(pct: number): string {
  return `${grouped(pct, 1)}%`;
}

export type Direction = "up" | "down" | "flat";

export interface Growth {
  text: string;
  direction: Direction;
  /** For screen readers, which do not read arrows reliably. */
  spoken: string;
}

/** Growth with an up/down marker: 23.4 → "↑23.4%", -5.21 → "↓5.2%", 0.04 → "0.0%". */
export function formatGrowth(pct: number, lang: Lang): Growth {
  const rounded = Math.round(pct * 10) / 10;
  const magnitude = formatPercent(Math.abs(rounded));
  if (rounded > 0) {
    return { text: `↑${magnitude}`, direction: "up", spoken: lang === "zh" ? `增长${magnitude}` : `up ${magnitude}` };
  }
  if (rounded < 0) {
    return { text: `↓${magnitude}`, direction: "down", spoken: lang === "zh" ? `下降${magnitude}` : `down ${magnitude}` };
  }
  return { text: magnitude, direction: "flat", spoken: lang === "zh" ? `持平${magnitude}` : `flat ${magnitude}` };
}

/** A change of a rate in percentage points (百分点): 0.6 → "+0.6个百分点" / "+0.6 pp". */
export function formatPoints(pp: number, lang: Lang): string {
  const number = grouped(pp, 1);
  const signed = Number(number) > 0 ? `+${number}` : number;
  return lang === "zh" ? `${signed}个百分点` : `${signed} pp`;
}

const COUNT_UNITS: Record<string, Record<Lang, string>> = {
  人: { zh: "人", en: "people" },
  家: { zh: "家", en: "enterprises" },
  个: { zh: "个", en: "" },
  件: { zh: "件", en: "cases" },
  项: { zh: "项", en: "" },
  工作日: { zh: "个工作日", en: "working days" },
  天: { zh: "天", en: "days" },
};

/** A count or a measure in its unit: (182, "家") → "182家" / "182 enterprises". */
export function formatCount(value: number, unit: string, lang: Lang): string {
  const decimals = Number.isInteger(value) ? 0 : 1;
  const number = grouped(value, decimals);
  const label = COUNT_UNITS[unit]?.[lang] ?? unit;
  if (label === "") {
    return number;
  }
  return lang === "zh" ? `${number}${label}` : `${number} ${label}`;
}

/** A figure in the unit the catalogue gives it (元, %, 家, 人, 个, 件, 工作日). */
export function formatValue(value: number, unit: string, lang: Lang): string {
  if (unit === "元") {
    return formatMoney(value, lang);
  }
  if (unit === "%") {
    return formatPercent(value);
  }
  return formatCount(value, unit, lang);
}

/** A nullable figure: the formatted value, or the text of its absence. */
export function formatFigure(value: number | null | undefined, unit: string, lang: Lang, suppressed: boolean): string {
  if (suppressed) {
    return absent("withheld", lang);
  }
  return value === null || value === undefined ? absent("missing", lang) : formatValue(value, unit, lang);
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A period YYYY-MM as people say it. February is 1–2月 (January is never a period of its own,
 * its figures are reported with February's).
 */
export function formatPeriod(period: string, lang: Lang): string {
  const [year, month] = period.split("-").map(Number) as [number, number];
  if (lang === "zh") {
    return month === 2 ? `${year}年1–2月` : `${year}年${month}月`;
  }
  return month === 2 ? `Jan–Feb ${year}` : `${MONTHS_EN[month - 1]} ${year}`;
}

/**
 * Short axis label of a period, the same in both languages: "2019.08"; February is "2019.1–2",
 * so that its value (January and February together) is not read as one month's.
 */
export function periodTick(period: string): string {
  return period.endsWith("-02") ? `${period.slice(0, 4)}.1–2` : period.replace("-", ".");
}

/** The month a figure's value covers (当月; 1–2月 for February), in the language. */
export function monthLabel(period: string, lang: Lang): string {
  const [, month] = period.split("-").map(Number) as [number, number];
  if (lang === "zh") {
    return month === 2 ? "1–2月" : `${month}月`;
  }
  return month === 2 ? "Jan–Feb" : (MONTHS_EN[month - 1] ?? "");
}

/** The year to date a cumulative value covers: 1–8月 / Jan–Aug. */
export function ytdLabel(period: string, lang: Lang): string {
  const [, month] = period.split("-").map(Number) as [number, number];
  return lang === "zh" ? `1–${month}月` : `Jan–${MONTHS_EN[month - 1] ?? ""}`;
}
