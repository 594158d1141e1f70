import { tipLineWidth } from './tip.ts';
import { wrapText } from './wrap-text.ts';

/**
 * Tooltip text with every line pre-wrapped to the tip's width. Plot wraps a
 * tip only at spaces, so a long Chinese quote (which has none) would be cut
 * off with an ellipsis instead of wrapping.
 */
export function tipText(lines: string[], width: number): string {
  const ems = tipLineWidth(width) - 0.5;
  return lines.flatMap((line) => wrapText(line, ems * 10, 10)).join('\n');
}
