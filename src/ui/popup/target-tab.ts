// Which tab the popup's "This page" view talks to. In the toolbar popup it is the active
// tab; opened as a page (end-to-end tests, or a reader who pins popup.html) there is no
// active tab of its own, so `popup.html?tab=ID` names it.
import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  /** Known when the browser shares it (activeTab grants it to the toolbar popup). */
  url?: string;
}

/** True when popup.html was opened as a page for a given tab rather than from the toolbar. */
const openedForTab = (): boolean => new URLSearchParams(location.search).has('tab');

export async function findTargetTab(): Promise<TargetTab | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param != null) {
    const id = Number(param);
    if (!Number.isInteger(id)) return null;
    const tab = await browser.tabs.get(id).catch(() => null);
    return { id, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id != null ? { id: tab.id, url: tab.url } : null;
}

/** Closes the toolbar popup (after handing the reader over to the page); a popup opened as a page stays. */
export function closePopup(): void {
  if (!openedForTab()) window.close();
}
