/** Dashboard JSON → the cards of the headline board. */
import type { Dashboard, IndicatorFigure } from "../api/types.js";
import { absent, formatFigure, formatGrowth, formatPercent, formatPoints, type Growth, type Lang, monthLabel, ytdLabel } from "../format.js";
import { t } from "../i18n.js";

/** The figures park leaders look at first; the rest of the dashboard follows in its own order. */
export const HEADLINE_FIRST = ["INDUSTRIAL_OUTPUT", "INDUSTRIAL_VALUE_ADDED", "FIXED_ASSET_INVESTMENT", "TAX"];

/** The desk's figures have a panel of their own (the one-stop desk). */
export const DESK_SOURCE = "APPROVALS";

export interface Card {
  code: string;
  name: string;
  withheld: boolean;
  estimate: boolean;
  monthLabel: string;
  ytdLabel: string;
  value: string;
  ytd: string;
  /** Null when there is no growth to show; growthText then says why (withheld or —). */
  growth: Growth | null;
  growthText: string;
  points: string | null;
  rank: string | null;
  /** 0–100 for the bar's width; the text may say more than 100%. */
  progressBar: number | null;
  progressText: string | null;
  target: string | null;
}

export function figureToCard(figure: IndicatorFigure, lang: Lang): Card {
  const withheld = figure.suppressed;
  const yoy = withheld ? null : (figure.yoyPct ?? null);
  const progress = withheld ? null : (figure.targetProgressPct ?? null);
  const rank = figure.rank ?? null;
  const rankOf = figure.rankOf ?? null;
  return {
    code: figure.code,
    name: lang === "zh" ? figure.nameZh : figure.nameEn,
    withheld,
    estimate: figure.estimate,
    monthLabel: lang === "zh" ? figure.monthLabel : monthLabel(figure.period, lang),
    ytdLabel: lang === "zh" ? figure.ytdLabel : ytdLabel(figure.period, lang),
    value: formatFigure(figure.value, figure.unit, lang, withheld),
    ytd: formatFigure(figure.ytdValue, figure.unit, lang, withheld),
    growth: yoy === null ? null : formatGrowth(yoy, lang),
    growthText: yoy === null ? absent(withheld ? "withheld" : "missing", lang) : formatGrowth(yoy, lang).text,
    points: withheld || figure.ppChange == null ? null : formatPoints(figure.ppChange, lang),
    rank: withheld || rank === null || rankOf === null ? null : t(lang, "rankOf", { rank, of: rankOf }),
    progressBar: progress === null ? null : Math.max(0, Math.min(100, progress)),
    progressText: progress === null ? null : formatPercent(progress),
    target: withheld || figure.target == null ? null : formatFigure(figure.target, figure.unit, lang, false),
  };
}

/** Every dashboard figure but the desk's, the headline four first. */
export function dashboardToCards(dashboard: Dashboard, lang: Lang): Card[] {
  const figures = dashboard.indicators.filter((figure) => figure.source !== DESK_SOURCE);
  const rank = (code: string) => {
    const index = HEADLINE_FIRST.indexOf(code);
    return index === -1 ? HEADLINE_FIRST.length : index;
  };
  return figures
    .map((figure, order) => ({ figure, order }))
    .sort((a, b) => rank(a.figure.code) - rank(b.figure.code) || a.order - b.order)
    .map(({ figure }) => figureToCard(figure, lang));
}
