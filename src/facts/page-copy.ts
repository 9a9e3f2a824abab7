// The content script's copy of the fact base.
//
// Why not bundle it into the content script like everywhere else: the content script is
// injected into every page the reader opens, and the fact base is three quarters of its size
// (~300 KB, ~57 KB gzipped). The background publishes the data once into extension storage
// (readable by content scripts, never by pages); each page reads that string and parses it
// while the page is idle. If the copy is not there yet (the very first page after install),
// the background hands it over by message.
import { storage } from 'wxt/utils/storage';
import meta from './data/meta.json';
import { indexFactBase, type FactIndex } from './load';
import type { FactBase } from './schema';
import { sendMessage } from '../messaging';

const PREFIX = 'factbase-';

/** The published fact base as JSON, one key per fact-base version. */
export const factBaseCopy = storage.defineItem<string>(`local:${PREFIX}${meta.version}`);

/** Background: publish the bundled fact base (and forget copies of other versions). */
export async function publishFactBase(json: string): Promise<void> {
  if ((await factBaseCopy.getValue()) !== json) await factBaseCopy.setValue(json);
  const stale = Object.keys(await storage.snapshot('local')).filter((key) => key.startsWith(PREFIX) && key !== `${PREFIX}${meta.version}`);
  await Promise.all(stale.map((key) => storage.removeItem(`local:${key}`)));
}

/** Content script: the fact base, indexed. Not re-validated: facts:check and the tests validated it before it was built in. */
export async function loadPageFacts(): Promise<FactIndex> {
  const json = (await factBaseCopy.getValue()) ?? (await sendMessage('getFactBase', undefined));
  return indexFactBase(JSON.parse(json) as FactBase);
}
