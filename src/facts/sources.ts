// Source tiers: how much a source's domain can be trusted, from the list in ./source-tiers.json.
// facts:check (./validate.ts) refuses facts that cite an unacceptable domain and warns about
// red-flag-capable facts with no primary or press source; the card lists sources best first
// (`sortSources`). See docs/fact-base.md, "Source tiers".
import tiers from './source-tiers.json';

/**
 * - `primary`: the actor's own site (governments, NATO, the EU, the UN, OFAC, the Kremlin for what the Kremlin says);
 * - `press`: wires, broadcasters and newspapers with editorial standards;
 * - `reference`: encyclopedias (Wikipedia in any language, Britannica);
 * - `other`: not on the list — allowed, but it counts as neither primary nor press;
 * - `unacceptable`: mirrors, aggregators, content farms, anonymous feeds, state-propaganda outlets. Never cite.
 */
export type SourceTier = 'primary' | 'press' | 'reference' | 'other' | 'unacceptable';

export interface SourceClass {
  tier: SourceTier;
  /** The listed domain that decided the tier (the host itself for `other`). */
  domain: string;
  /** Why an unacceptable domain is unacceptable. */
  reason?: string;
}

/** Best first: the order `sortSources` uses. */
const TIER_ORDER: readonly SourceTier[] = ['primary', 'press', 'reference', 'other', 'unacceptable'];

const listed = new Map<string, { tier: SourceTier; reason?: string }>();
for (const domain of tiers.primary) listed.set(domain, { tier: 'primary' });
for (const domain of tiers.press) listed.set(domain, { tier: 'press' });
for (const domain of tiers.reference) listed.set(domain, { tier: 'reference' });
for (const [domain, reason] of Object.entries(tiers.unacceptable)) listed.set(domain, { tier: 'unacceptable', reason });

// Built once (speed, round 41): a literal in hostOf was a new expression, parsed again, at each call.
const HOST_OF_RE = /\.$/;
const HOST_OF_RE2 = /^www\d?\./;
/** The host of a URL, lower case, without "www." or a trailing dot; undefined when the URL does not parse. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(HOST_OF_RE, '').replace(HOST_OF_RE2, '');
  } catch {
    return undefined;
  }
}

const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:]+\])$/;

/**
 * The tier of a URL's domain. A subdomain takes the tier of the most specific listed domain it lies
 * under: "english.pravda.ru" is `pravda.ru`, "it.wikipedia.org" is `wikipedia.org`, "no.frwiki.wiki" is
 * `frwiki.wiki`, and "pravda.com.ua" is itself (Ukrainska Pravda, press), not `pravda.ru`.
 * A bare IP address or an address that does not parse is unacceptable.
 */
export function classifySource(url: string): SourceClass {
  const host = hostOf(url);
  if (host === undefined) return { tier: 'unacceptable', domain: url, reason: 'not a web address' };
  if (IP_ADDRESS.test(host)) return { tier: 'unacceptable', domain: host, reason: 'a bare IP address, not a publication' };
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const domain = labels.slice(i).join('.');
    const hit = listed.get(domain);
    if (hit) return { tier: hit.tier, domain, ...(hit.reason ? { reason: hit.reason } : {}) };
  }
  return { tier: 'other', domain: host };
}

// Asked for every source of every fact a claim cites, each time one is judged: remembered per
// address (the fact base's addresses are a few thousand).
const tierByUrl = new Map<string, SourceTier>();
export function tierOf(url: string): SourceTier {
  let tier = tierByUrl.get(url);
  if (tier === undefined) {
    tier = classifySource(url).tier;
    if (tierByUrl.size < 20_000) tierByUrl.set(url, tier);
  }
  return tier;
}

const urlOf = (source: string | { url: string }) => (typeof source === 'string' ? source : source.url);

/**
 * Sources best first: primary, press, reference, other, unacceptable. Stable: within a tier the
 * data's own order stays. Takes URLs or `{ url }` records and returns a new array of the same items.
 */
export function sortSources<T extends string | { url: string }>(sources: readonly T[]): T[] {
  return sources
    .map((source, index) => ({ source, index, rank: TIER_ORDER.indexOf(tierOf(urlOf(source))) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.source);
}

/** Whether a set of sources includes one a journalist would cite for a red flag: primary or press. */
export const hasPrimaryOrPress = (sources: readonly (string | { url: string })[]): boolean =>
  sources.some((source) => {
    const tier = tierOf(urlOf(source));
    return tier === 'primary' || tier === 'press';
  });
