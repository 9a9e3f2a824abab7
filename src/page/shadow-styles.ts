// ::highlight(factmark-*) rules apply only within the tree their stylesheet belongs to: the
// content script's stylesheet styles the document, not the inside of a web component. So each
// open shadow root whose text Factmark reads gets the same rules, in a <style> of its own.
//
// This is the one change Factmark makes to a page's DOM, and the page can see it (its scripts
// can read their own open shadow roots): a <style> holding only ::highlight(factmark-*) rules,
// which style nothing but Factmark's highlights.
import highlightCss from '../../assets/highlights.css?inline';

const added = new WeakMap<ShadowRoot, HTMLStyleElement>();

export function adoptHighlightStyles(shadow: ShadowRoot): void {
  const existing = added.get(shadow);
  // A component that re-renders its shadow tree (innerHTML) drops the <style>: put it back.
  if (existing?.isConnected && existing.parentNode === shadow) return;
  const style = (existing ?? shadow.ownerDocument.createElement('style')) as HTMLStyleElement;
  style.textContent = highlightCss;
  shadow.append(style);
  added.set(shadow, style);
}
