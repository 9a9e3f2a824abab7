// The single element Factmark adds to a page: <factmark-card>, hosting a closed shadow root
// with the Preact card inside. Closed, so page scripts cannot reach into it; its styles are
// scoped to the shadow root; key events typed in it stop at the shadow boundary.
import { h, render } from 'preact';
import { Card, type CardProps } from './Card';
import cardCss from './card.css?inline';

const CARD_HOST_TAG = 'factmark-card';
const GAP = 8;
const MARGIN = 8;

export interface CardHost {
  readonly element: HTMLElement;
  /** Opens (or replaces) the card next to `anchor`; with `focus`, moves focus into it. */
  open(props: Omit<CardProps, 'onClose'> & { id: number }, anchor: Range, options?: { focus?: boolean }): void;
  /** Closes the card; with `restoreFocus`, gives focus back to where it was before opening. */
  close(options?: { restoreFocus?: boolean }): void;
  readonly openId: number | null;
  /** True when the event happened inside the card. */
  contains(event: Event): boolean;
  /** The annotated text was repainted (new Range over the same claim): follow it. */
  reanchor(range: Range): void;
  /** Follows the anchor after a scroll or resize; closes when it left the viewport. */
  reposition(): void;
  destroy(): void;
}

export function createCardHost(doc: Document, options: { onKeydown?(event: KeyboardEvent): void } = {}): CardHost {
  const win = doc.defaultView!;
  const element = doc.createElement(CARD_HOST_TAG);
  const shadow = element.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  // Whether the card shows, and where, is written here, inside the closed shadow root, rather
  // than in the host's style attribute: the page can read and observe its own DOM's attributes
  // (a MutationObserver would say when a card opens and where), but not this. (:host rules with
  // !important from the shadow tree beat the page's own, so a page cannot restyle it either.)
  const state = doc.createElement('style');
  const setState = (css: string) => {
    if (state.textContent !== css) state.textContent = css;
  };
  const HIDDEN = ':host { display: none !important; }';
  setState(HIDDEN);
  const container = doc.createElement('div');
  shadow.append(style, state, container);
  // What the reader types or clicks in the card is ours: don't let it bubble to the page.
  shadow.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') {
      event.preventDefault();
      host.close({ restoreFocus: true });
    } else options.onKeydown?.(event as KeyboardEvent);
  });
  for (const type of [
    'keydown',
    'keyup',
    'keypress',
    'input',
    'beforeinput',
    'mousedown',
    'mouseup',
    'click',
    'pointerdown',
    'pointerup',
  ]) {
    shadow.addEventListener(type, (event) => event.stopPropagation());
  }

  let openId: number | null = null;
  let anchor: Range | null = null;
  let returnFocus: Element | null = null;

  const place = (): boolean => {
    if (!anchor) return false;
    const rect = anchor.getBoundingClientRect();
    const vw = win.innerWidth;
    const vh = win.innerHeight;
    if (!rect.width && !rect.height) return false; // the text is gone
    if (rect.bottom < 0 || rect.top > vh) return false; // scrolled away
    const card = container.firstElementChild as HTMLElement | null;
    const width = card?.offsetWidth ?? 360;
    const height = card?.offsetHeight ?? 200;
    // Below the annotation if it fits, else above it, else whichever side has more room:
    // the card never sits on the annotated lines.
    let top: number;
    if (rect.bottom + GAP + height <= vh - MARGIN) top = rect.bottom + GAP;
    else if (rect.top - GAP - height >= MARGIN) top = rect.top - GAP - height;
    else top = vh - rect.bottom > rect.top ? rect.bottom + GAP : Math.max(MARGIN, rect.top - GAP - height);
    const left = Math.min(Math.max(MARGIN, rect.left), Math.max(MARGIN, vw - width - MARGIN));
    setState(`:host { display: block !important; transform: translate(${Math.round(left)}px, ${Math.round(top)}px) !important; }`);
    return true;
  };

  const host: CardHost = {
    element,
    get openId() {
      return openId;
    },
    open(props, range, options = {}) {
      // Under <html>, after <body>: outside the page's content and any transformed body, so
      // position: fixed is relative to the viewport.
      if (!element.isConnected) doc.documentElement.append(element);
      if (options.focus && openId == null) returnFocus = doc.activeElement;
      openId = props.id;
      anchor = range;
      render(h(Card, { ...props, onClose: () => host.close({ restoreFocus: true }) }), container);
      // Laid out unseen first, so place() can measure the card before it shows.
      setState(':host { display: block !important; visibility: hidden !important; }');
      if (!place()) {
        host.close();
        return;
      }
      if (options.focus) (shadow.querySelector('[data-autofocus]') as HTMLElement | null)?.focus();
    },
    close(options = {}) {
      if (openId == null) return;
      openId = null;
      anchor = null;
      render(null, container);
      setState(HIDDEN);
      if (options.restoreFocus && returnFocus && (returnFocus as HTMLElement).focus) (returnFocus as HTMLElement).focus();
      returnFocus = null;
    },
    contains(event) {
      return event.composedPath().includes(element);
    },
    reanchor(range) {
      if (openId == null) return;
      anchor = range;
      if (!place()) host.close();
    },
    reposition() {
      if (openId != null && !place()) host.close();
    },
    destroy() {
      host.close();
      element.remove();
    },
  };
  return host;
}
