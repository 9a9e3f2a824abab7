// The content script: starts the page annotator on http(s) pages when the reader's settings
// allow it, answers the popup, and keeps the toolbar badge in step. The work is in src/page/.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import '../assets/highlights.css';
import { onMessage, sendMessage, type PageFindings } from '../src/messaging';
import { startAnnotator, type Annotator, type PageAnnotation } from '../src/page/annotator';
import type { PageJudge } from '../src/page/judge';
import { setShadowRootHook } from '../src/page/extract';
import { findArticleDate } from '../src/page/page-date';
import { adoptHighlightStyles } from '../src/page/shadow-styles';
import { createCardHost } from '../src/ui/card/host';
import { boundDraft } from '../src/report/draft';
import type { ReportDraft } from '../src/report/types';
import { isSiteEnabled, readReadingSettings, watchReadingSettings } from '../src/settings';

const PERF_MARKS = import.meta.env.WXT_PERF_MARKS === '1';
/** How often the address is compared, to notice SPA navigation (history.pushState fires no event a content script can rely on). */
const LOCATION_POLL_MS = 1_000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Same-origin frames (and about:blank ones a page writes into) are read too: a page must not
  // be able to hide a claim from Factmark by putting it in a frame. Each frame runs its own copy,
  // paints its own document and counts towards the tab's badge (the background sums the frames);
  // only the top frame answers the popup. In a cross-origin frame the script stops at once
  // (isArticleFrame).
  allFrames: true,
  matchAboutBlank: true,
  // highlights.css only styles ::highlight(factmark-*) and <factmark-mark>: safe on every page.
  cssInjectionMode: 'manifest',
  // The context WXT hands to main() is src/page/lifetime.ts (aliased in wxt.config.ts): it
  // announces nothing to the page and cannot be ended by it. Should the alias ever be dropped,
  // this still keeps WXT's own context from posting the extension id to the page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Marks on the page's performance timeline, which the page's own scripts can read: only in
    // builds made for measuring (WXT_PERF_MARKS=1: the tests and `npm run bench`), never in a
    // build for readers, so a page cannot tell from its timeline that Factmark runs.
    if (!isArticleFrame()) return;
    if (PERF_MARKS) performance.mark('factmark:start');
    await runFactmark(ctx);
  },
});

function isTopFrame(): boolean {
  return window === window.top;
}

/**
 * The top page, or a frame of the same origin (about:blank and srcdoc frames inherit it): what
 * belongs to the article. A cross-origin frame (an ad, an embedded player, another site's widget)
 * is not the page the reader opened: Factmark stays idle there, so it neither reads nor counts it.
 */
function isArticleFrame(): boolean {
  if (isTopFrame()) return true;
  try {
    return window.top!.document != null; // throws for a cross-origin top
  } catch {
    return false;
  }
}

/** The site the reader is on: the top page's (a frame runs only when it is of the same origin). */
function siteHostname(): string {
  try {
    return window.top?.location.hostname || location.hostname;
  } catch {
    return location.hostname;
  }
}

async function runFactmark(ctx: Pick<ContentScriptContext, 'onInvalidated'>) {
  // Text in open shadow roots is read (src/page/extract.ts); the highlight rules must be there too.
  setShadowRootHook(adoptHighlightStyles);
  let annotator: Annotator | null = null;
  let settings = await readReadingSettings();
  if (PERF_MARKS) performance.mark('factmark:settings');

  const showProblems = (problems: number) => {
    sendMessage('findingsChanged', { problems }).catch(() => {
      // the background may be restarting; the next change sends again
    });
  };

  const report = (annotation: PageAnnotation, findings: PageFindings) => {
    const { id: _id, sentence, ...rest } = annotation;
    // Bounded before it is sent: a draft never grows with the page's paragraph.
    const draft: ReportDraft = boundDraft({
      annotation: rest,
      sentence,
      asOf: findings.asOf,
      asOfSource: findings.asOfSource,
      pageUrl: findings.url,
    });
    // Only opens the form: nothing is sent anywhere until the reader submits it there.
    void sendMessage('openReportForm', draft);
  };

  // The engine and the fact base live in the background (src/page/judge.ts): this page only
  // reads its text and paints. One session per annotator, so the background keeps this page's
  // names and cache apart from other tabs'.
  let session = '';
  const judge: PageJudge = {
    judge: (request) => sendMessage('judgeText', { ...request, session }),
    look: (part) => sendMessage('firstLook', { ...part, session }),
  };
  const start = () => {
    if (annotator) return; // already running
    // (crypto.randomUUID needs a secure context; plain-http pages have none)
    session = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');
    annotator = startAnnotator({
      doc: document,
      judge,
      card: createCardHost,
      findDate: (doc, text) => findArticleDate({ html: doc, url: location.href, text }),
      onlyProblems: settings.onlyProblems,
      onProblems: showProblems,
      onReport: report,
    });
  };
  const stop = () => {
    if (!annotator) return;
    annotator.stop();
    annotator = null;
    sendMessage('endSession', { session }).catch(() => {
      // the extension is being reloaded: its background starts afresh anyway
    });
  };
  const apply = () => {
    if (isSiteEnabled(siteHostname(), settings.enabled, settings.disabledSites)) start();
    else stop();
  };

  const unwatch = [
    watchReadingSettings((next) => {
      const repaint = next.onlyProblems !== settings.onlyProblems;
      settings = next;
      apply();
      if (repaint) annotator?.setOnlyProblems(next.onlyProblems);
    }),
  ];
  // The popup talks to the page the reader sees: the top frame's copy answers, a frame's stays
  // silent (a message to a tab reaches every frame, and the first answer would win).
  if (isTopFrame())
    unwatch.push(
      onMessage('getFindings', async () => {
        if (!annotator) return null;
        await annotator.ready();
        return annotator.findings();
      }),
      onMessage('revealAnnotation', async ({ id }) => {
        if (!annotator) return false;
        await annotator.ready();
        return annotator.reveal(id);
      }),
      onMessage('overrideAsOf', async ({ asOf }) => (annotator ? annotator.overrideAsOf(asOf) : null)),
    );
  // SPA navigation: a new article under the same document; its date may differ too. Polled
  // here rather than through WXT's `wxt:locationchange` window event, which any page script can
  // dispatch as well.
  let lastHref = location.href;
  const locationTimer = setInterval(() => {
    if (location.href === lastHref) return;
    lastHref = location.href;
    void annotator?.refresh({ redate: true });
  }, LOCATION_POLL_MS);
  // A <details> the reader opens shows text that was not read (src/page/extract.ts skips closed
  // ones): read the page again. (toggle does not bubble; a capturing listener hears every one.)
  const onToggle = () => void annotator?.refresh();
  document.addEventListener('toggle', onToggle, { capture: true });
  ctx.onInvalidated(() => {
    document.removeEventListener('toggle', onToggle, { capture: true });
    clearInterval(locationTimer);
    unwatch.forEach((off) => off());
    stop();
  });

  // Listeners first (the popup may ask while the first pass is still running), then start.
  apply();
  // (apply() assigns annotator inside a closure; TypeScript's narrowing cannot see that)
  if (PERF_MARKS) void (annotator as Annotator | null)?.ready().then(() => performance.mark('factmark:done'));
}
