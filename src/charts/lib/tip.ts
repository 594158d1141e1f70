/**
 * Tooltip text width in ems for a chart of this width. On a phone a tip must
 * fit on one side of the point it describes, so it wraps into a narrow column.
 */
export function tipLineWidth(width: number): number {
  return width < 480 ? 9 : 18;
}
