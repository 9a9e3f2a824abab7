// The content script's lifetime, owned by Factmark and by nothing the page can do.
//
// WXT 0.20's ContentScriptContext announces each start to the page (a CustomEvent on `document`
// and a window.postMessage, both named `<extension id>:content:wxt:content-script-started`) and
// shuts itself down when it sees that event: that is how a newer copy of a content script stops
// an older one. But events on `document` and postMessage are shared with the page's scripts, so
// any page could fire the event and switch Factmark off (issue 15), and could read the extension
// id from the announcement. wxt.config.ts aliases `wxt/utils/content-script-context` to this
// module, so WXT's entry point constructs this class instead: it announces nothing, listens to
// nothing the page can send, and ends only when the extension itself goes away (reloaded,
// updated or removed: its runtime id disappears from this script).
import { browser } from 'wxt/browser';

/** How often a running content script checks that its extension is still there. */
const CHECK_MS = 2_000;

export class ContentScriptContext {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    readonly contentScriptName: string = 'content',
    readonly options?: unknown,
  ) {
    // Nothing is dispatched to the page, nothing is listened for: the page cannot see or end us.
    this.timer = setInterval(() => void this.isInvalid, CHECK_MS);
    this.onInvalidated(() => clearInterval(this.timer));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the extension is gone (its runtime id is unset in orphaned content scripts) or abort() was called. */
  get isInvalid(): boolean {
    if (!this.signal.aborted && browserRuntimeId() == null) this.abort('Factmark was reloaded or removed');
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }
}

function browserRuntimeId(): string | undefined {
  try {
    return browser.runtime?.id;
  } catch {
    return undefined; // Firefox throws on a dead add-on's objects
  }
}
