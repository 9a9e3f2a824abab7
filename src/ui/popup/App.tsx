// The toolbar popup: two views in tabs ("Look up" and "This page") and a footer with the
// fact base's version and the way to the options page.
import type { TargetedKeyboardEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FactBaseStatus } from './FactBaseStatus';
import { LookupView } from './LookupView';
import { PageView } from './PageView';

type View = 'lookup' | 'page';
const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'lookup', label: 'Look up' },
  { id: 'page', label: 'This page' },
];

export function App() {
  const [view, setView] = useState<View>(() => (new URLSearchParams(location.search).get('view') === 'page' ? 'page' : 'lookup'));
  const tabs = useRef<HTMLDivElement>(null);

  // Tabs pattern: Left/Right move between the tabs and select them.
  const onTabKey = (event: TargetedKeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const index = VIEWS.findIndex((v) => v.id === view);
    const next = VIEWS[(index + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length];
    if (!next) return;
    setView(next.id);
    tabs.current?.querySelector<HTMLButtonElement>(`#tab-${next.id}`)?.focus();
  };

  return (
    <>
      <header class="top">
        <h1>Factmark</h1>
        <div role="tablist" aria-label="Views" ref={tabs} class="tabs">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              role="tab"
              id={`tab-${v.id}`}
              aria-selected={view === v.id}
              aria-controls={`panel-${v.id}`}
              tabIndex={view === v.id ? 0 : -1}
              onClick={() => setView(v.id)}
              onKeyDown={onTabKey}
            >
              {v.label}
            </button>
          ))}
        </div>
      </header>
      <main>
        <section role="tabpanel" id="panel-lookup" aria-labelledby="tab-lookup" hidden={view !== 'lookup'}>
          <LookupView active={view === 'lookup'} />
        </section>
        <section role="tabpanel" id="panel-page" aria-labelledby="tab-page" hidden={view !== 'page'}>
          {/* Mounted on first visit only: asking the tab costs a message round trip. */}
          <PageViewWhenVisited active={view === 'page'} />
        </section>
      </main>
      <footer class="bottom">
        <FactBaseStatus />
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </footer>
    </>
  );
}

function PageViewWhenVisited({ active }: { active: boolean }) {
  const visited = useRef(false);
  if (active) visited.current = true;
  return visited.current ? <PageView active={active} /> : null;
}
