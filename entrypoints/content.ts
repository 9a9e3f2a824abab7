// The content script: starts the page annotator on http(s) pages when the reader's settings
// allow it, answers the popup, and keeps the toolbar badge in step. The work is in src/page/.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import '../assets/highlights.css';
import { onMessage, sendMessage, type PageFindings } from '../src/messaging';
import { startAnnotator, type Annotator, type PageAnnotation } from '../src/page/annotator';
import type { PageJudge } from '../src/page/judge';
import { findArticleDate } from '../src/page/page-date';
import { createCardHost } from '../src/ui/card/host';
import type { ReportDraft } from '../src/report/types';
import { isSiteEnabled, readReadingSettings, watchReadingSettings } from '../src/settings';

const PERF_MARKS = import.meta.env.WXT_PERF_MARKS === '1';
/** How often the address is compared, to notice SPA navigation (history.pushState fires no event a content script can rely on). */
const LOCATION_POLL_MS = 1_000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
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
    if (PERF_MARKS) performance.mark('factmark:start');
    await runFactmark(ctx);
  },
});

async function runFactmark(ctx: Pick<ContentScriptContext, 'onInvalidated'>) {
  let annotator: Annotator | null = null;
  let settings = await readReadingSettings();

  const showProblems = (problems: number) => {
    sendMessage('findingsChanged', { problems }).catch(() => {
      // the background may be restarting; the next change sends again
    });
  };

  const report = (annotation: PageAnnotation, findings: PageFindings) => {
    const { id: _id, sentence, ...rest } = annotation;
    const draft: ReportDraft = { annotation: rest, sentence, asOf: findings.asOf, asOfSource: findings.asOfSource, pageUrl: findings.url };
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
    if (isSiteEnabled(location.hostname, settings.enabled, settings.disabledSites)) start();
    else stop();
  };

  const unwatch = [
    watchReadingSettings((next) => {
      const repaint = next.onlyProblems !== settings.onlyProblems;
      settings = next;
      apply();
      if (repaint) annotator?.setOnlyProblems(next.onlyProblems);
    }),
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
  ];
  // SPA navigation: a new article under the same document; its date may differ too. Polled
  // here rather than through WXT's `wxt:locationchange` window event, which any page script can
  // dispatch as well.
  let lastHref = location.href;
  const locationTimer = setInterval(() => {
    if (location.href === lastHref) return;
    lastHref = location.href;
    void annotator?.refresh({ redate: true });
  }, LOCATION_POLL_MS);
  ctx.onInvalidated(() => {
    clearInterval(locationTimer);
    unwatch.forEach((off) => off());
    stop();
  });

  // Listeners first (the popup may ask while the first pass is still running), then start.
  apply();
  // (apply() assigns annotator inside a closure; TypeScript's narrowing cannot see that)
  if (PERF_MARKS) void (annotator as Annotator | null)?.ready().then(() => performance.mark('factmark:done'));
}
