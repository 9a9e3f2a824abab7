// Pure helpers for the popup: dates as readers read them, verdict groups, date origins.
import type { AsOfSource, Verdict } from '../../engine/types';
import { VERDICTS } from '../../engine/types';
import type { PageFindings } from '../../messaging';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2014-10-01" -> "1 Oct 2014", "2014-09" -> "Sep 2014", "2006" -> "2006". Unparseable input is returned as is. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  // The pattern always captures the year; the default only tells the compiler so.
  const [, year = iso, month, day] = match;
  if (!month) return year;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** "1 Oct 2014 – 1 Oct 2024", "since 1 Oct 2024". */
export function formatSpan(start: string, end?: string): string {
  return end ? `${formatDate(start)} – ${formatDate(end)}` : `since ${formatDate(start)}`;
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  contradicted: 'Contradicted',
  outdated: 'Outdated',
  supported: 'Supported',
  context: 'Context',
};

/** Where the as-of date came from, completing "Judged as of 22 Oct 2025, from …". */
export const AS_OF_SOURCE_LABELS: Record<AsOfSource, string> = {
  flag: 'the date you set',
  jsonld: 'the page’s structured data',
  meta: 'the page’s meta tags',
  time: 'a date element on the page',
  url: 'the page’s address',
  dateline: 'the article’s dateline',
  today: 'today’s date (the page gives none)',
};

export type Finding = PageFindings['annotations'][number];

/** The findings grouped by verdict, problems first, empty groups left out. */
export function groupByVerdict(findings: Finding[]): Array<{ verdict: Verdict; findings: Finding[] }> {
  return VERDICTS.map((verdict) => ({ verdict, findings: findings.filter((f) => f.verdict === verdict) })).filter(
    (group) => group.findings.length > 0,
  );
}

/** The hostname of an http(s) address; null for browser pages, files and the like. */
export function webHostname(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** The disabled-site list with `hostname` switched on (removed, with any parent entry covering it) or off (added). */
export function toggleSite(disabledSites: string[], hostname: string, enabled: boolean): string[] {
  const covers = (site: string) => hostname === site || hostname.endsWith(`.${site}`);
  return enabled ? disabledSites.filter((site) => !covers(site)) : [...disabledSites.filter((site) => site !== hostname), hostname];
}
