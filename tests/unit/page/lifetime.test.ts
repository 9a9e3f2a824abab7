// The content script's context: WXT's entry point constructs it in the build (wxt.config.ts
// aliases wxt/utils/content-script-context to src/page/lifetime.ts; tests/e2e/hostile.test.ts
// checks the built extension). It must announce nothing, listen to nothing a page can send, and
// end only when the extension goes away.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../../src/page/lifetime';

describe("the content script's lifetime", () => {
  afterEach(() => {
    vi.useRealTimers();
    fakeBrowser.reset();
  });

  it('dispatches and listens to nothing on the page', () => {
    const dispatched: string[] = [];
    const listened: string[] = [];
    const target = {
      dispatchEvent: (e: Event) => dispatched.push(e.type),
      addEventListener: (type: string) => listened.push(type),
      postMessage: (m: unknown) => dispatched.push(JSON.stringify(m)),
    };
    vi.stubGlobal('document', target);
    vi.stubGlobal('window', target);
    const ctx = new ContentScriptContext('content', {});
    expect(dispatched).toEqual([]);
    expect(listened).toEqual([]);
    expect(ctx.isValid).toBe(true);
    ctx.abort();
    vi.unstubAllGlobals();
  });

  it('ends when the extension goes away (its runtime id disappears), and calls its listeners once', () => {
    vi.useFakeTimers();
    const ctx = new ContentScriptContext('content');
    const ended = vi.fn();
    ctx.onInvalidated(ended);
    vi.advanceTimersByTime(10_000);
    expect(ended).not.toHaveBeenCalled();
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(10_000);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(ctx.isInvalid).toBe(true);
    id.mockRestore();
  });
});
