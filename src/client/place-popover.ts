/** What placePopover needs to know: boxes in viewport pixels, as getBoundingClientRect gives them. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface Placement {
  left: number;
  top: number;
  /** Which side of the trigger the popover opened on. */
  side: 'below' | 'above';
}

/** Keeps the popover this far from the viewport's edges. */
export const EDGE = 8;
/** Space between the trigger and the popover. */
export const GAP = 6;

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/**
 * Where a popover of `size` goes for a trigger at `anchor` in a viewport of `view`:
 * below the trigger, starting at its left edge, shifted left as far as needed to stay
 * inside the viewport (as floating-ui's flip + shift do); above it when it fits there
 * and not below; wherever there is more room when it fits neither, clamped so its top
 * stays on screen. A popover wider than the viewport is the CSS's job (max-width).
 */
export function placePopover(anchor: Box, size: { width: number; height: number }, view: { width: number; height: number }): Placement {
  const left = clamp(anchor.left, EDGE, view.width - EDGE - size.width);
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - size.height;
  const fitsBelow = below + size.height <= view.height - EDGE;
  const fitsAbove = above >= EDGE;
  const roomBelow = view.height - below;
  const roomAbove = anchor.top - GAP;
  const side = fitsBelow || (!fitsAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const top = side === 'below' ? below : above;
  return { left: Math.max(EDGE, left), top: clamp(top, EDGE, Math.max(EDGE, view.height - EDGE - size.height)), side };
}
