import { describe, expect, it } from 'vitest';
import { EDGE, GAP, placePopover } from '../../src/client/place-popover.ts';

const phone = { width: 375, height: 700 };
const pop = { width: 300, height: 120 };
const term = (left: number, top: number, width = 80) => ({ left, top, width, height: 20 });

describe('placePopover', () => {
  it('opens below the trigger, at its left edge, when there is room', () => {
    expect(placePopover(term(20, 100), pop, phone)).toEqual({ left: 20, top: 100 + 20 + GAP, side: 'below' });
  });

  it('shifts left so a term near the right edge keeps its popover on screen', () => {
    const { left } = placePopover(term(300, 100), pop, phone);
    expect(left).toBe(375 - EDGE - 300);
    expect(left + pop.width).toBeLessThanOrEqual(phone.width - EDGE);
  });

  it('never starts left of the edge margin', () => {
    expect(placePopover(term(0, 100), pop, phone).left).toBe(EDGE);
    expect(placePopover(term(2, 100), { width: 400, height: 100 }, phone).left).toBe(EDGE);
  });

  it('flips above a trigger near the bottom of the screen', () => {
    expect(placePopover(term(20, 640), pop, phone)).toEqual({ left: 20, top: 640 - GAP - 120, side: 'above' });
  });

  it('takes the roomier side and keeps its top on screen when it fits neither', () => {
    const tall = { width: 300, height: 600 };
    const near = placePopover(term(20, 200), tall, phone);
    expect(near.side).toBe('below');
    expect(near.top).toBeGreaterThanOrEqual(EDGE);
    expect(near.top + tall.height).toBeLessThanOrEqual(phone.height - EDGE);
    expect(placePopover(term(20, 500), tall, phone).side).toBe('above');
  });
});
