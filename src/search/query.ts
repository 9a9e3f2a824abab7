// Reads what the reader typed into the popup's search field: the words to match, and a
// year or day that narrows the answer to what was true then ("secretary general 2010").
// Pure string work, no fact base, so it is cheap to run on every keystroke.

export interface ParsedQuery {
  /** The words to match, normalised by `words`, stop words removed. May be empty ("2010"). */
  tokens: string[];
  /** The span of time the query asks about, as ISO days [from, to] inclusive; absent when no year or date was typed. */
  when?: { from: string; to: string; label: string };
}

// Words that carry no meaning for a lookup: "who was NATO secretary general in 2010".
// Kept short on purpose: a word like "head" or "state" is part of office names.
const STOP_WORDS = new Set(['a', 'an', 'the', 'in', 'of', 'on', 'at', 'for', 'who', 'was', 'is', 'were', 'what', 'when', 'during', 'as']);

const DAY = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
const YEAR = /\b((?:19|20)\d{2})\b/;

export function parseQuery(raw: string): ParsedQuery {
  let rest = raw.toLowerCase();
  let when: ParsedQuery['when'];
  const day = DAY.exec(rest);
  if (day) {
    when = { from: day[0], to: day[0], label: day[0] };
    rest = rest.replace(day[0], ' ');
  } else {
    const year = YEAR.exec(rest);
    if (year) {
      // The whole match is the year: \b bounds it.
      when = { from: `${year[0]}-01-01`, to: `${year[0]}-12-31`, label: year[0] };
      rest = rest.replace(year[0], ' ');
    }
  }
  return { tokens: contentWords(rest), when };
}

/** The words of a phrase that a query is matched by: `words` without the stop words ("head of state" -> head, state). */
export const contentWords = (text: string): string[] => words(text).filter((word) => !STOP_WORDS.has(word));

/**
 * Splits text into the words the index and the query are compared by: lower case, without
 * diacritics ("Orbán" = "orban"), "U.S." as "us", decimals kept whole ("3.5").
 */
export function words(text: string): string[] {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\p{L})\.(?=\p{L})/gu, '$1');
  return plain.match(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu) ?? [];
}

/** Completes a partial ISO date to the first day it may mean ("2014" -> "2014-01-01"). */
export const dayFrom = (date: string): string => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
/** Completes a partial ISO date to the last day it may mean ("2014" -> "2014-12-31"). */
const dayTo = (date: string): string => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

/**
 * True when [start, end) overlaps the inclusive span [from, to]. `end` is the day the next
 * holder took over, so a tenure ending 2014-10-01 does not cover 2014-10-01 itself.
 */
export function overlaps(start: string, end: string | undefined, from: string, to: string): boolean {
  if (dayFrom(start) > to) return false;
  if (end == null) return true;
  return dayTo(end) > from || (end.length < 10 && dayTo(end) >= from);
}
