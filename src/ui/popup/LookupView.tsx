// The lookup: a search field (the popup's first <input type="search">, focused on open) and
// its results. Keyboard: ArrowDown from the field goes to the results, arrows move between
// them, Enter (or Space) expands one, Escape goes back to the field, clears it, then closes.
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getFacts } from '../../facts';
import { createSearchIndex, type SearchIndex } from '../../search';
import { HitCard } from './HitCard';
import { closePopup } from './target-tab';

const EXAMPLES = ['stoltenberg', 'dutch pm', 'german chancellor 2019', 'zelenskyy', 'rosneft', 'hague summit', '5% gdp'];

let sharedIndex: SearchIndex | undefined;
const searchIndex = () => (sharedIndex ??= createSearchIndex(getFacts()));

export function LookupView({ active }: { active: boolean }) {
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [expanded, setExpanded] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const hits = useMemo(() => (query.trim() ? searchIndex().search(query) : []), [query]);

  useEffect(() => {
    if (active) input.current?.focus();
  }, [active]);
  // Build the index once the popup has painted, so it opens at once and the first keystroke is cheap.
  useEffect(() => {
    const timer = setTimeout(searchIndex, 0);
    return () => clearTimeout(timer);
  }, []);
  // A new query collapses what the previous one expanded.
  useEffect(() => setExpanded(null), [query]);

  const heads = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('.hit-head') ?? [])];
  const focusHead = (index: number) => heads()[index]?.focus();

  const onInputKey = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      focusHead(0);
    } else if (event.key === 'Enter' && hits[0]) {
      event.preventDefault();
      setExpanded(hits[0].key);
      focusHead(0);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (query) setQuery('');
      else closePopup();
    }
  };

  const onHeadKey = (index: number) => (event: TargetedKeyboardEvent<HTMLButtonElement>) => {
    const count = heads().length;
    const go = (to: number) => {
      event.preventDefault();
      focusHead(to);
    };
    if (event.key === 'ArrowDown') go(Math.min(count - 1, index + 1));
    else if (event.key === 'ArrowUp') {
      if (index === 0) {
        event.preventDefault();
        input.current?.focus();
      } else go(index - 1);
    } else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(count - 1);
  };

  // Escape anywhere in the results (a heading or a source link) returns to the field.
  const onResultsKey = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      input.current?.focus();
    }
  };

  const trimmed = query.trim();
  return (
    <div class="lookup">
      <form role="search" class="search-form" onSubmit={(event) => event.preventDefault()}>
        <label for="lookup-query" class="visually-hidden">
          Look up a leader, meeting, sanction or figure
        </label>
        <input
          ref={input}
          id="lookup-query"
          type="search"
          autoFocus
          autocomplete="off"
          spellcheck={false}
          placeholder="Look up a leader, summit, sanction…"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onInputKey}
          aria-describedby="lookup-count"
        />
      </form>
      <p id="lookup-count" class="visually-hidden" role="status" aria-live="polite" data-query={trimmed}>
        {trimmed ? (hits.length ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : 'No results') : ''}
      </p>
      {!trimmed && <EmptyState onPick={setQuery} />}
      {trimmed && hits.length === 0 && <NoResults query={trimmed} onPick={setQuery} />}
      {hits.length > 0 && (
        <ul class="hits" ref={list} aria-label="Results" onKeyDown={onResultsKey}>
          {hits.map((hit, index) => (
            <HitCard
              key={hit.key}
              hit={hit}
              expanded={expanded === hit.key}
              onToggle={() => setExpanded(expanded === hit.key ? null : hit.key)}
              onKeyDown={onHeadKey(index)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function Examples({ onPick, label }: { onPick(query: string): void; label: string }) {
  return (
    <div class="examples">
      <p>{label}</p>
      <ul>
        {EXAMPLES.map((example) => (
          <li key={example}>
            <button type="button" class="chip" onClick={() => onPick(example)}>
              {example}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function EmptyState({ onPick }: { onPick(query: string): void }) {
  return (
    <div class="state">
      <p>
        Ask the fact base directly: a name (misspelt is fine), an office (“who leads Germany”), an office with a year, a meeting, a
        sanctioned company, a figure.
      </p>
      <Examples onPick={onPick} label="Try:" />
    </div>
  );
}

function NoResults({ query, onPick }: { query: string; onPick(query: string): void }) {
  return (
    <div class="state">
      <p>
        Nothing in the fact base matches “<strong>{query}</strong>”.
      </p>
      <ul class="hints">
        <li>Check the spelling of long words, or type fewer of them.</li>
        <li>Search a surname alone, or an office with its country and a year (“french president 2019”).</li>
        <li>The fact base covers NATO, the war in Ukraine and related diplomacy; other topics are not in it.</li>
      </ul>
      <Examples onPick={onPick} label="Or try:" />
    </div>
  );
}
