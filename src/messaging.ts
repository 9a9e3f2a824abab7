// Typed messages between the content script, the popup, the report page and the background.
// A small wrapper over webextension-polyfill's runtime messaging: each message name maps to
// its payload and its reply, so a sender and its handler cannot disagree about shapes.
import { browser, type Browser } from 'wxt/browser';
import type { Annotation, AsOfSource } from './engine/types';
import type { FactBaseInUse, UpdateCheck } from './facts/updates';
import type { Judged, JudgeRequest, LookPart, Marks } from './page/judge';
import type { Report, ReportDraft, ReportStatus } from './report/types';

/** What a content script reports about its page. */
export interface PageFindings {
  url: string;
  title: string;
  asOf: string;
  asOfSource: AsOfSource;
  annotations: Array<Annotation & { id: number; sentence: string }>;
}

interface ProtocolMap {
  /** Content script -> background: judge a page's text, or pieces of its first look (src/page/judge.ts); findings with offsets into that text. */
  judgeText(data: JudgeRequest): Judged;
  /** Content script -> background: one part of a first look at the page's whole text (textContent); the last part's answer says where the names are. */
  firstLook(data: LookPart): Marks | null;
  /** Content script -> background: this annotator stopped; drop what was kept for it. */
  endSession(data: { session: string }): void;
  /** Content script -> background: the page's findings changed (badge count). */
  findingsChanged(data: { problems: number }): void;
  /** Popup -> content script: what did you find? */
  getFindings(data: void): PageFindings | null;
  /** Popup -> content script: scroll to an annotation and open its card. */
  revealAnnotation(data: { id: number }): boolean;
  /** Popup -> content script: judge the page as of another date (null restores the detected one). */
  overrideAsOf(data: { asOf: string | null }): PageFindings | null;
  /** Content script / popup -> background: open the report form (an extension page) for an annotation. */
  openReportForm(data: ReportDraft): void;
  /** Report form -> background: queue a report (saved before the reply) and start sending it. */
  submitReport(data: Report): ReportStatus;
  /** Options page -> background: try a pending or failed report again now. */
  retryReport(data: { id: string }): void;
  /** Options page -> background: forget a report. */
  deleteReport(data: { id: string }): void;
  /** Popup / options page -> background: the fact base in use, and where it came from. */
  factBaseInUse(data: void): FactBaseInUse;
  /** Options page -> background: look for a newer signed fact-base bundle now ("Check now"). */
  checkFactUpdates(data: void): UpdateCheck;
}

type Name = keyof ProtocolMap;
type Data<K extends Name> = Parameters<ProtocolMap[K]>[0];
type Reply<K extends Name> = ReturnType<ProtocolMap[K]>;
interface Envelope<K extends Name = Name> {
  factmark: K;
  data: Data<K>;
}

/** Sends to the background (no tabId) or to a tab's content script. */
export async function sendMessage<K extends Name>(name: K, data: Data<K>, tabId?: number): Promise<Reply<K>> {
  const envelope: Envelope<K> = { factmark: name, data };
  return (tabId == null ? browser.runtime.sendMessage(envelope) : browser.tabs.sendMessage(tabId, envelope)) as Promise<Reply<K>>;
}

type Handler<K extends Name> = (data: Data<K>, sender: Browser.runtime.MessageSender) => Reply<K> | Promise<Reply<K>>;

/** Registers a handler; returns a function that removes it. */
export function onMessage<K extends Name>(name: K, handler: Handler<K>): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!message || typeof message !== 'object' || (message as Envelope).factmark !== name) return undefined;
    // Returning a promise is how the polyfill sends an asynchronous reply.
    return Promise.resolve(handler((message as Envelope<K>).data, sender));
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
