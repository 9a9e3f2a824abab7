// Hover (src/page/hover.ts): the reader's pointer resting on an annotation opens its card after
// a short delay, moving off closes it; a page script's synthetic mousemove does nothing.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { HitTarget } from '../../../src/page/hit-test';
import { HOVER_CLOSE_MS, HOVER_OPEN_MS, watchHover } from '../../../src/page/hover';

function setup() {
  const { document, window } = parseHTML('<!doctype html><html><body><p>Mark Rutte spoke.</p></body></html>');
  const doc = document as unknown as Document;
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const frames: Array<() => void> = [];
  const target: HitTarget = { id: 7, range: doc.createRange(), problem: false, length: 10 };
  const opened: number[] = [];
  const card = {
    openId: null as number | null,
    closed: 0,
    contains: () => false,
    close() {
      this.closed++;
      this.openId = null;
    },
  };
  const controller = new AbortController();
  watchHover({
    doc,
    signal: controller.signal,
    card,
    hitTest: (x) => (x < 100 ? target : null),
    open: (t) => {
      opened.push(t.id);
      card.openId = t.id;
    },
    openedByKeyboard: () => false,
    setTimeout: (fn, ms) => timers.push({ fn, ms }),
    clearTimeout: () => void timers.splice(0),
    requestFrame: (fn) => frames.push(fn),
  });
  const move = (x: number, trusted: boolean) => {
    const event = new window.Event('mousemove') as unknown as MouseEvent;
    Object.defineProperty(event, 'clientX', { value: x });
    Object.defineProperty(event, 'clientY', { value: 5 });
    if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
    doc.dispatchEvent(event);
    frames.splice(0).forEach((f) => f());
  };
  const runTimers = () => timers.splice(0).forEach((t) => t.fn());
  return { move, runTimers, timers, opened, card, controller };
}

describe('hover', () => {
  it('opens the card of the annotation under the reader’s pointer after a delay, and closes it when the pointer leaves', () => {
    const { move, runTimers, timers, opened, card } = setup();
    move(50, true);
    expect(timers.map((t) => t.ms)).toEqual([HOVER_OPEN_MS]);
    runTimers();
    expect(opened).toEqual([7]);
    move(500, true);
    expect(timers.map((t) => t.ms)).toEqual([HOVER_CLOSE_MS]);
    runTimers();
    expect(card.closed).toBe(1);
  });

  it('ignores a page script’s synthetic mousemove', () => {
    const { move, runTimers, timers, opened } = setup();
    move(50, false);
    expect(timers).toEqual([]);
    runTimers();
    expect(opened).toEqual([]);
  });

  it('stops listening when stopped', () => {
    const { move, timers, controller } = setup();
    controller.abort();
    move(50, true);
    expect(timers).toEqual([]);
  });
});
