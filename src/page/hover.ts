// Hovering an annotation opens its card; moving off it (and off the card) closes it again.
// One listener on the document, none on page nodes: the pointer's position is hit-tested
// against the painted annotations once per animation frame (src/page/hit-test.ts).
// Only the reader's own pointer counts: a page script's synthetic mousemove (isTrusted false)
// must not open a card, move focus or learn where Factmark marked something.
import type { HitTarget } from './hit-test';

export const HOVER_OPEN_MS = 180;
export const HOVER_CLOSE_MS = 350;

interface HoverCard {
  readonly openId: number | null;
  /** True when the event happened inside the card. */
  contains(event: Event): boolean;
  close(): void;
}

export interface HoverOptions {
  doc: Document;
  signal: AbortSignal;
  card: HoverCard;
  /** The annotation under a viewport point, if any. */
  hitTest(x: number, y: number): HitTarget | null;
  open(target: HitTarget): void;
  /** A card opened from the keyboard stays open when the pointer moves off. */
  openedByKeyboard(): boolean;
  /** Timers and frames (tests pass their own). */
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  requestFrame?: (fn: () => void) => unknown;
}

export interface Hover {
  /** Cancels a pending open or close. */
  cancel(): void;
}

export function watchHover(options: HoverOptions): Hover {
  const { doc, signal, card } = options;
  const win = doc.defaultView as Window & typeof globalThis;
  const later = options.setTimeout ?? ((fn, ms) => win.setTimeout(fn, ms));
  const cancelLater = options.clearTimeout ?? ((handle) => win.clearTimeout(handle as number));
  const frame = options.requestFrame ?? ((fn) => win.requestAnimationFrame(fn));
  let timer: unknown;
  let pointer: { x: number; y: number } | null = null;
  let framePending = false;

  const cancel = () => {
    if (timer !== undefined) cancelLater(timer);
    timer = undefined;
  };

  const onFrame = () => {
    framePending = false;
    if (!pointer || signal.aborted) return;
    const hit = options.hitTest(pointer.x, pointer.y);
    cancel();
    if (hit) {
      if (hit.id === card.openId) return;
      timer = later(() => options.open(hit), HOVER_OPEN_MS);
    } else if (card.openId != null && !options.openedByKeyboard()) {
      timer = later(() => card.close(), HOVER_CLOSE_MS);
    }
  };

  doc.addEventListener(
    'mousemove',
    (event) => {
      if (!event.isTrusted) return;
      if (card.contains(event)) {
        cancel(); // the pointer went onto the card: keep it
        return;
      }
      pointer = { x: event.clientX, y: event.clientY };
      if (!framePending) {
        framePending = true;
        frame(onFrame);
      }
    },
    { passive: true, signal },
  );

  // A click outside the card closes it, like any popover.
  doc.addEventListener(
    'mousedown',
    (event) => {
      if (event.isTrusted && card.openId != null && !card.contains(event)) card.close();
    },
    { capture: true, signal },
  );

  signal.addEventListener('abort', cancel);
  return { cancel };
}
