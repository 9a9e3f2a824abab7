// Keyboard stepping: Alt+Shift+J goes to the next annotation, Alt+Shift+K to the previous one,
// opening its card with focus in it; Escape closes the card. Only the reader's own keys count:
// a page script's synthetic KeyboardEvent (isTrusted false) must not open the card or move
// focus into it.

interface StepCard {
  readonly openId: number | null;
  close(options?: { restoreFocus?: boolean }): void;
}

export interface SteppingOptions {
  /** The annotations' ids, in document order. */
  ids(): readonly number[];
  /** Index of the first annotation at or below the top of the viewport (-1 if none). */
  firstInView(): number;
  card: StepCard;
  /** Scrolls to the annotation and opens its card from the keyboard. */
  reveal(id: number, position: { index: number; total: number }): void;
}

export interface Stepping {
  step(direction: 1 | -1): void;
  /** Handles Alt+Shift+J / K; true when the key was one of them (and was used). */
  handleStepKey(event: KeyboardEvent): boolean;
  /** The document's keydown: Escape closes an open card, the step keys step. */
  onKeydown(event: KeyboardEvent): void;
}

export function createStepping(options: SteppingOptions): Stepping {
  const step = (direction: 1 | -1) => {
    const ids = options.ids();
    if (!ids.length) return;
    let index = options.card.openId == null ? -1 : ids.indexOf(options.card.openId);
    if (index < 0) {
      // Start from the first annotation at or below the top of the viewport.
      const first = options.firstInView();
      index = direction === 1 ? (first < 0 ? 0 : first) - 1 : first < 0 ? ids.length : first;
    }
    const next = (index + direction + ids.length) % ids.length;
    options.reveal(ids[next], { index: next, total: ids.length });
  };
  const handleStepKey = (event: KeyboardEvent): boolean => {
    if (!event.isTrusted) return false;
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
    if (event.code !== 'KeyJ' && event.code !== 'KeyK') return false;
    event.preventDefault();
    step(event.code === 'KeyJ' ? 1 : -1);
    return true;
  };
  return {
    step,
    handleStepKey,
    onKeydown(event) {
      if (!event.isTrusted) return;
      if (event.key === 'Escape' && options.card.openId != null) {
        options.card.close({ restoreFocus: true });
        return;
      }
      handleStepKey(event);
    },
  };
}
