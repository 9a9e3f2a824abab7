// The fact base in use, as the background reports it: its version, its knowledge horizon, and
// whether it is the one built into the extension or a signed update downloaded later
// (src/background/fact-base-store.ts). Shown in the popup's footer and the options page.
import { useEffect, useState } from 'preact/hooks';
import meta from '../../facts/data/meta.json';
import type { FactBaseInUse } from '../../facts/updates';
import { sendMessage } from '../../messaging';
import { formatDate } from './format';

/**
 * Until the background answers (or if it cannot), the bundled base, which is what it uses by
 * default. From meta.json, not the fact base itself: the options page need not load the facts.
 */
const bundled = (): FactBaseInUse => ({ version: meta.version, checkedThrough: meta.checkedThrough, source: 'bundled' });

/** The fact base in use, asked of the background; re-asked when `refresh` changes. */
export function useFactBaseInUse(refresh: unknown = 0): FactBaseInUse | undefined {
  const [info, setInfo] = useState<FactBaseInUse>();
  useEffect(() => {
    let live = true;
    sendMessage('factBaseInUse', undefined).then(
      (answer) => live && setInfo(answer),
      () => live && setInfo(bundled()),
    );
    return () => {
      live = false;
    };
  }, [refresh]);
  return info;
}

/** "bundled with the extension" or "updated 2 Dec 2026" (from where, in the title). */
export function FactBaseOrigin({ info }: { info: FactBaseInUse }) {
  if (info.source === 'bundled' || !info.installedAt) return <span class="fact-base-origin">bundled with the extension</span>;
  const day = info.installedAt.slice(0, 10);
  return (
    <span class="fact-base-origin" title={info.url ? `Signed update from ${info.url}` : undefined}>
      updated <time dateTime={info.installedAt}>{formatDate(day)}</time>
    </span>
  );
}

export function FactBaseStatus() {
  const info = useFactBaseInUse() ?? bundled();
  return (
    <span class="fact-base-status">
      Fact base {info.version} · checked through <time dateTime={info.checkedThrough}>{formatDate(info.checkedThrough)}</time> ·{' '}
      <FactBaseOrigin info={info} />
    </span>
  );
}
