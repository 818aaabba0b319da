/** The table view of a chart: the same figures as text, for screen readers and for copying. */
export interface TableModel {
  columns: string[];
  rows: string[][];
}
