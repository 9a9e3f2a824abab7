// The card a reader sees on hovering or stepping to an annotation: verdict in words, why,
// the fact with its dates, the date the page was judged as of and where it came from, the
// sources, and a way to report a problem. Rendered by Preact inside our shadow root.
import type { AsOfSource, RejectedDate, Verdict } from '../../engine/types';
import type { PageFindings } from '../../messaging';

export type CardAnnotation = PageFindings['annotations'][number];

const VERDICT_WORDS: Record<Verdict, string> = {
  supported: 'Checks out',
  outdated: 'Outdated',
  contradicted: 'Contradicted',
  context: 'Context',
};

const VERDICT_HINTS: Record<Verdict, string> = {
  supported: 'True on the date the page was judged as of.',
  outdated: 'Was true once, but not on that date.',
  contradicted: 'Does not match the record.',
  context: 'A known name or event; nothing here to check.',
};

const AS_OF_WORDS: Record<AsOfSource, string> = {
  flag: 'a date you chose',
  jsonld: 'the page’s structured data',
  meta: 'the page’s publication-date tag',
  time: 'a date in the article',
  url: 'the page address',
  dateline: 'the article’s dateline',
  today: 'today (the page shows no date)',
};

const REJECTED_WHY: Record<RejectedDate['why'], string> = {
  'too-early': 'before 1990',
  future: 'in the future',
};

/** "1970-01-01 from the page’s publication-date tag (before 1990)", for each date set aside. */
function rejectedDatesText(rejected: readonly RejectedDate[]): string {
  return rejected.map((r) => `${r.date} from ${AS_OF_WORDS[r.source]} (${REJECTED_WHY[r.why]})`).join('; ');
}

export interface CardProps {
  annotation: CardAnnotation;
  asOf: string;
  asOfSource: AsOfSource;
  /** Dates the page gave that were not believed (src/engine/article-date.ts). */
  rejectedDates?: readonly RejectedDate[];
  /** "n of m" when reached from the keyboard. */
  position?: { index: number; total: number };
  onClose(): void;
  onReport(): void;
  onStep?(direction: 1 | -1): void;
}

function sourceLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.hostname.replace(/^www\./, '') + (parsed.pathname.length > 1 ? parsed.pathname.replace(/\/$/, '').slice(0, 40) : '');
  } catch {
    return url;
  }
}

export function Card({ annotation, asOf, asOfSource, rejectedDates, position, onClose, onReport, onStep }: CardProps) {
  const verdict = annotation.verdict;
  return (
    <div class={`card verdict-${verdict}`} role="dialog" aria-modal="false" aria-labelledby="fm-verdict" aria-describedby="fm-message">
      <header>
        <span class="dot" aria-hidden="true" />
        <h2 id="fm-verdict" tabIndex={-1} data-autofocus>
          {VERDICT_WORDS[verdict]}
        </h2>
        {position && (
          <span class="count">
            {position.index + 1} of {position.total}
          </span>
        )}
        <button type="button" class="close" aria-label="Close (Escape)" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="hint">{VERDICT_HINTS[verdict]}</p>
      <p id="fm-message" class="message">
        {annotation.message}
      </p>
      {annotation.fact && (
        <p class="fact">
          <span class="label">Fact</span> {annotation.fact}
        </p>
      )}
      <p class="asof">
        <span class="label">Judged as of</span> <time dateTime={asOf}>{asOf}</time>, from{' '}
        {asOfSource === 'today' && rejectedDates?.length ? 'today (the page shows no plausible date)' : AS_OF_WORDS[asOfSource]}.
        {rejectedDates?.length ? ` Set aside: ${rejectedDatesText(rejectedDates)}.` : ''}
      </p>
      {annotation.sources.length > 0 && (
        <ul class="sources" aria-label="Sources">
          {annotation.sources.slice(0, 4).map((url) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noopener noreferrer">
                {sourceLabel(url)}
              </a>
            </li>
          ))}
        </ul>
      )}
      <footer>
        <button type="button" class="report" onClick={onReport}>
          Report a problem
        </button>
        {onStep && (
          <span class="steps">
            <button type="button" aria-label="Previous annotation (Alt+Shift+K)" onClick={() => onStep(-1)}>
              ‹
            </button>
            <button type="button" aria-label="Next annotation (Alt+Shift+J)" onClick={() => onStep(1)}>
              ›
            </button>
          </span>
        )}
      </footer>
    </div>
  );
}
