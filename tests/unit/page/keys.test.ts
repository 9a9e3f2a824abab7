// Keyboard stepping (src/page/keys.ts): Alt+Shift+J / K walk the annotations in document order
// from the view, wrap around, and only the reader's own key presses count.
import { describe, expect, it } from 'vitest';
import { createStepping } from '../../../src/page/keys';

const key = (code: string, trusted = true, extra: Partial<KeyboardEvent> = {}) => {
  let prevented = false;
  const event = {
    isTrusted: trusted,
    altKey: true,
    shiftKey: true,
    ctrlKey: false,
    metaKey: false,
    code,
    key: code === 'Escape' ? 'Escape' : code.slice(3).toLowerCase(),
    preventDefault: () => void (prevented = true),
    ...extra,
  } as unknown as KeyboardEvent;
  return { event, prevented: () => prevented };
};

function setup(ids: number[], firstInView = 0) {
  const revealed: Array<{ id: number; index: number; total: number }> = [];
  const card = {
    openId: null as number | null,
    closed: 0,
    close() {
      this.closed++;
      this.openId = null;
    },
  };
  const stepping = createStepping({
    ids: () => ids,
    firstInView: () => firstInView,
    card,
    reveal: (id, position) => {
      revealed.push({ id, ...position });
      card.openId = id;
    },
  });
  return { stepping, revealed, card };
}

describe('keyboard stepping', () => {
  it('goes to the first annotation in view, then on in document order, wrapping at the end', () => {
    const { stepping, revealed } = setup([11, 12, 13], 1);
    for (let i = 0; i < 3; i++) stepping.onKeydown(key('KeyJ').event);
    expect(revealed).toEqual([
      { id: 12, index: 1, total: 3 },
      { id: 13, index: 2, total: 3 },
      { id: 11, index: 0, total: 3 },
    ]);
  });

  it('steps back with Alt+Shift+K from the open card', () => {
    const { stepping, revealed, card } = setup([11, 12, 13], 0);
    card.openId = 11;
    const { event, prevented } = key('KeyK');
    stepping.onKeydown(event);
    expect(revealed.map((r) => r.id)).toEqual([13]);
    expect(prevented()).toBe(true);
  });

  it('ignores a page script’s synthetic key presses, and other keys', () => {
    const { stepping, revealed, card } = setup([11, 12], 0);
    const synthetic = key('KeyJ', false);
    stepping.onKeydown(synthetic.event);
    expect(stepping.handleStepKey(synthetic.event)).toBe(false);
    stepping.onKeydown(key('KeyJ', true, { ctrlKey: true }).event);
    stepping.onKeydown(key('KeyX').event);
    expect(revealed).toEqual([]);
    expect(synthetic.prevented()).toBe(false);
    card.openId = 11;
    stepping.onKeydown(key('Escape', false, { altKey: false, shiftKey: false }).event);
    expect(card.closed).toBe(0);
    stepping.onKeydown(key('Escape', true, { altKey: false, shiftKey: false }).event);
    expect(card.closed).toBe(1);
  });

  it('does nothing on a page with no annotations', () => {
    const { stepping, revealed } = setup([], -1);
    stepping.step(1);
    expect(revealed).toEqual([]);
  });
});
