/** The ECharts option type of the cockpit: only the chart kinds and components it registers. */
import type { BarSeriesOption, FunnelSeriesOption, LineSeriesOption, PieSeriesOption } from "echarts/charts";
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import type { ComposeOption } from "echarts/core";

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | FunnelSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

/** A chart and its table view, built from the same figures. */
export interface ChartModel {
  option: ChartOption;
  table: { columns: string[]; rows: string[][] };
}

/** Colours that stay apart for colour-blind readers (Okabe–Ito), in series order. */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"];
export const HIGHLIGHT = "#D55E00";
export const MUTED = "#7f9cb5";
