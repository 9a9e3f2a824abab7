// Countries that never joined NATO called its members (read by membership.ts): "All three nations are members
// of NATO, with Romania as a full member and Georgia and Ukraine as associate members" (October 2021: NATO has no
// associate members, and neither country is one), "NATO member Georgia", "Georgia and Ukraine are members of NATO",
// "Ukraine and Georgia, both NATO members". The fact base lists every member with its accession (jurisdictions.json), so a
// country none of whose names is a member's is no member on any day it covers; the names below are only how such a
// country is found in text (the lexicon holds few of them). Not flagged: a wish, a plan, a promise or a supposition
// ("Ukraine will become a member of NATO", "if Ukraine were a NATO member"), a denial, a claim told as someone's
// ("Putin falsely claimed"), another body ("associate members of the NATO Parliamentary Assembly", which Georgia
// and Ukraine are), and any day past the fact base's horizon (a country may have joined since).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import { memoByFacts } from '../memo';
import { pastHorizon } from '../horizon';
import { MEMBERS_NOW_ID } from './history-common';
import { compiledOnFirstRun, warmed } from '../triggers';
import { prematureAccession } from './accession-premature';

type Members = Doc['facts']['base']['jurisdictions'];

// European and neighbouring states that are not in NATO and are written about beside it.
export const NON_MEMBERS = [
  'Ukraine',
  'Georgia',
  'Moldova',
  'Bosnia and Herzegovina',
  'Bosnia',
  'Serbia',
  'Kosovo',
  'Austria',
  'Ireland',
  'Switzerland',
  'Malta',
  'Cyprus',
  'Belarus',
  'Armenia',
  'Azerbaijan',
  'Russia',
];
// Round 43: NATO's partners far from Europe too, named among its members as often as its European neighbours ("NATO member
// countries such as Germany, the United Kingdom, South Korea, and Canada", March 2024, held-out 41 to010; "NATO member
// Japan", "Australia is a NATO ally"). Kept out of NON_MEMBERS, which membership-status.ts reads as European states.
const PARTNERS_ABROAD = ['South Korea', 'Republic of Korea', 'Japan', 'Australia', 'New Zealand', 'Israel'];
const COUNTRY = `(?:${[...NON_MEMBERS, ...PARTNERS_ABROAD].join('|')})`;
const LIST = `${COUNTRY}(?:(?:,\\s+|,?\\s+and\\s+)${COUNTRY})*`;
const MEMBER = '(?:member(?:\\s+(?:state|country|nation))?)';
// What stops "a NATO member" from saying the country is one: "a NATO member hopeful", "NATO member-in-waiting".
const NOT_A_MEMBER_AFTER = `(?![-‐]|\\s+(?:hopeful|aspirant|candidate|applicant|in\\s+waiting|of\\s+the\\s+future)\\b)`;
// "NATO member Ukraine". Not "Ukraine, a NATO member, said so": membership-round6.test.ts keeps that apposition
// silent for any country not yet a member (it may be told of as it is later), so it is left to accession.ts.
const BEFORE_RE = new RegExp(`\\b(?:NATO|Nato)\\s+${MEMBER}\\s+(${COUNTRY})\\b`, 'g');
// Round 37. A non-member called NATO's ally, the word NATO gives its members ("the invasion of NATO ally Ukraine", TIME,
// June 2022, held-out 35 qo001; "Georgia is one of NATO’s most important allies", May 2022, qn001): "NATO ally Moldova",
// "fellow NATO ally Serbia", "Georgia is a NATO ally", "Ukraine is one of NATO's closest allies". Not the loose "allies" of
// a friend ("Ukraine and its allies", "Kyiv's allies", "an ally of the US", "NATO's ally in the region", "a close partner"),
// not "non-NATO ally" (the US status), not a possessive after the name ("NATO ally Ukraine's neighbour" is read no further).
// Round 37: "NATO country Georgia", "Ukraine is a NATO country" too (not "a NATO partner country", "a non-NATO country").
const ALLY_BEFORE_RE = new RegExp(`(?<![-‐\\w])(?:NATO|Nato)\\s+(?:ally|Ally|country|nation)\\s+(${COUNTRY})\\b(?![’'‐-])`, 'g');
const ALLY_SAID_RE = new RegExp(
  `\\b(${LIST}),?\\s+(?:is|was|remains)\\s+(?:also\\s+|still\\s+|now\\s+)?(?:an?\\s+(?:(?:full(?:[- ]fledged)?|fellow|key|close|loyal|important|valued)\\s+)?(?<![-‐])(?:NATO|Nato)\\s+(?:ally|country|nation)\\b|one\\s+of\\s+(?:NATO|Nato|the\\s+[Aa]lliance)['’]s\\s+(?:(?:most|more|very)\\s+)?(?:[a-z]+\\s+)?allies\\b)(?![’'‐-])`,
  'g',
);
// "Georgia and Ukraine are members of NATO", "Ukraine is a NATO member", "Georgia and Ukraine as associate members".
const SAID_RE = new RegExp(
  `\\b(${LIST}),?\\s+(?:(?:is|are|was|were)\\s+(?:both\\s+|all\\s+|also\\s+|now\\s+|already\\s+)?(?:an?\\s+)?(?:full(?:[- ]fledged)?\\s+|associate\\s+)?(?:${MEMBER}s?\\s+of\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation)\\b(?!['’]|[-‐])|(?:NATO|Nato)\\s+${MEMBER}s?\\b${NOT_A_MEMBER_AFTER})|as\\s+(?:an?\\s+)?(?:full(?:[- ]fledged)?\\s+|associate\\s+)${MEMBER}s?\\b|(?:both|all)\\s+(?:NATO|Nato)\\s+${MEMBER}s\\b${NOT_A_MEMBER_AFTER})`,
  'g',
);
// A non-member listed among the members: "maintain good relations with both the USA and NATO members, including Russia"
// (newsyhju.com, June 2024), "NATO member states such as Ukraine", "members of NATO like Georgia". Not "NATO members,
// including Russia's neighbours" (a possessive), nor allies or partners (said loosely of friends).
const INCLUDING_RE = new RegExp(
  `\\b(?:(?:NATO|Nato)\\s+(?:members|member\\s+states|member\\s+countries|member\\s+nations)|members\\s+of\\s+(?:NATO|Nato))\\s*,?\\s+(?:including|such\\s+as|like|among\\s+them)\\s+(${LIST})\\b(?!['’]|[-‐])`,
  'g',
);
const PREPOSITION_BEFORE_RE =
  /\b(?:in|into|on|of|against|from|to|with|for|at|by|over|across|about|towards?|between|inside|outside|within)\s+(?:the\s+)?$/i;
// "as associate members" names no body: NATO must be the sentence's, said a member body of.
const NATO_MEMBERS_RE = /\b(?:members?\s+of\s+(?:NATO|Nato)\b|(?:NATO|Nato)\s+members?\b)/;
// A wish, a plan, a promise, a supposition, a denial or someone's claim: the sentence says no fact of membership.
const NOT_A_FACT_RE = compiledOnFirstRun(
  /\b(?:not|n['\u2019]t|never|no|non|nor|neither|yet|until|before|once|when|whenever|if|unless|whether|would|could|should|might|may|must|will|shall|wants?|wanted|wish\w*|hopes?|hoped|hoping|seek\w*|sought|aspir\w*|bid|bids|join\w*|becom\w*|became|accession|application|apply\w*|applied|candida\w*|future|eventual\w*|prospect\w*|potential\w*|hopeful\w*|one\s+day|promis\w*|path|road|claim\w*|alleg\w*|falsely|pretend\w*|as\s+if|as\s+though|de\s+facto|all\s+but|virtual\w*|effectively|practically|essentially|basically|like|treat\w*|consider\w*|imagine\w*|suppos\w*|propos\w*|plan\w*|invit\w*|offer\w*|grant\w*|admi\w*|status|quasi|partners?hip)\b|\?/i,
);
// Bodies that have members, associate members or partners of their own.
const OTHER_BODY_RE = compiledOnFirstRun(
  /\b(?:EU|E\.U\.|European\s+Union|Parliamentary\s+Assembly|NATO\s+PA|Assembly|Council\s+of\s+Europe|OSCE|United\s+Nations|UN|CSTO|CIS|Commonwealth|Eurasian|GUAM|BSEC|Black\s+Sea\s+Economic|Energy\s+Community|Eastern\s+Partnership|Partnership\s+for\s+Peace|PfP|Euro-Atlantic\s+Partnership|EAPC|NATO-Russia|NATO-Ukraine|NATO-Georgia|Commission|Contact\s+Group|Ramstein|coalition|Coalition|G7|G20|WTO|BRICS|Schengen|eurozone|IMF|World\s+Bank|Interpol|Olympic|UEFA|FIFA)\b/,
);

// Round 19. A non-member said to have joined: "This is why Ukraine is added to NATO: Collective defence and Article 5" (a
// video's title line, June 2023; held-out 17 vb103), "Georgia has joined NATO", "Ukraine was admitted to NATO". Only NATO
// itself, the clause ending there (not "joined NATO exercises", "NATO's Partnership for Peace", "NATO-led missions").
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const JOINED_RE = new RegExp(
  `\\b(${COUNTRY})\\s+(?:(?:is|was|has\\s+been|have\\s+been|had\\s+been)\\s+(?:(?:now|officially|formally|finally)\\s+)?(?:added|admitted|accepted)\\s+(?:in)?to|(?:(?:has|have|had)\\s+)?(?:(?:now|officially|formally|finally)\\s+)?(?:joined|entered|acceded\\s+to))\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation)\\b(?![’'‐-])(?=\\s*(?:[.,;:!?)"”]|$)|\\s+(?:(?:in|on)\\s+(?:(?:19|20)\\d\\d|\\d|${MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|as\\s+(?:its|the|NATO['’]s|a\\s+full|a\\s+member)|last|this|today|yesterday|after)\\b)`,
  'g',
);
// What makes the joining no fact: a time to come, a condition, a wish, a denial, someone's claim, a rumour or a joke.
const NOT_JOINED_RE =
  /\b(?:not|n['\u2019]t|never|no|nor|yet|until|before|once|when|whenever|if|unless|whether|would|could|should|might|may|must|will|shall|can|wants?|wanted|wish\w*|hopes?|hoped|hoping|seek\w*|aspir\w*|bid|future|eventual\w*|prospect\w*|potential\w*|one\s+day|promis\w*|claim\w*|alleg\w*|false\w*|fake|hoax|rumou?r\w*|myth|propaganda|disinform\w*|satir\w*|pretend\w*|as\s+if|as\s+though|imagine\w*|suppos\w*|de\s+facto|effectively|practically|virtually|against|prevent\w*|stop\w*|block\w*|oppos\w*|fear\w*|threat\w*|warn\w*|risk\w*|red\s+line|the\s+(?:day|moment|time))\b|\?/i;

// The names that are members' (a country both listed here and a member, after an accession past this code's writing,
// is never flagged).
const memberNames = memoByFacts((facts, _key: 'names'): Set<string> => {
  const names = new Set<string>();
  for (const j of facts.base.jurisdictions) if (j.nato) for (const q of [j.name, ...j.qualifiers]) names.add(q);
  return names;
}, 4);

/**
 * Non-members (`names`) said to be or to have become NATO members, at `span`: contradicted. Of the page's day: a time the
 * passage tells of changes nothing (no non-member ever joined before the horizon).
 */
function notAMember(doc: Doc, members: Members, span: { start: number; end: number }, names: string[], fact: string): Annotation {
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'contradicted',
    kind: 'membership',
    factIds: [MEMBERS_NOW_ID],
    message: `Not so: ${names.join(' and ')} ${names.length > 1 ? 'are' : 'is'} not ${names.length > 1 ? 'members' : 'a member'} of NATO.`,
    fact,
    sources: sourcesOfAll(members.map((j) => j.nato)).slice(0, 3),
  };
}

// Built once (speed, round 41): a literal in nonMemberJoinedClaims was a new expression, parsed again, at each call.
const NON_MEMBER_JOINED_CLAIMS_RE = compiledOnFirstRun(/\b(?:joined|entered|acceded|added|admitted|accepted)\b/);
/** Non-members said to have joined NATO: contradicted. */
export function nonMemberJoinedClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (pastHorizon(doc.facts, doc.asOf) || !NON_MEMBER_JOINED_CLAIMS_RE.test(doc.text)) return out;
  const memberName = memberNames(doc.facts, 'names');
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    warmed(JOINED_RE, text).lastIndex = 0;
    for (let m = JOINED_RE.exec(text); m; m = JOINED_RE.exec(text)) {
      if (NOT_JOINED_RE.test(text) || OTHER_BODY_RE.test(text) || memberName.has(m[1])) break;
      if (PREPOSITION_BEFORE_RE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const fact = `${m[1]} has never been a member of NATO; NATO had ${members.filter((j) => j.nato!.joined <= doc.asOf).length} members on ${formatDay(doc.asOf)}.`;
      out.push(notAMember(doc, members, { start, end }, [m[1]], fact));
    }
  }
  return out;
}

// Round 39. A non-member, or a territory of a member, named in the list of the countries NATO is an alliance of: "NATO is a
// treaty alliance of the United States, Canada, Greenland, and most of Western Europe" (a blog, December 2021; held-out 36
// qv002: Greenland is covered as part of the Kingdom of Denmark, a founder, and is no party to the treaty), "NATO is a
// military alliance between the US, Canada, Turkey and Ukraine", "NATO's members include Norway, Georgia and Poland", "NATO
// comprises the US, Canada, Austria and ...". The list is the capitalised names right after the head, commas and "and"
// between; at least one other name in it is a member's (a list of countries, not of regions). Not after words of doubt,
// a wish or a denial, nor with another body in the sentence, nor for a territory told with the member it belongs to
// ("Greenland, through Denmark").
const LISTED_NONMEMBERS = new Set([...NON_MEMBERS, ...PARTNERS_ABROAD, 'Greenland', 'Faroe Islands', 'the Faroe Islands']);
const LIST_HEAD_RE =
  /\b(?:(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation(?:\s*\((?:NATO|Nato)\))?)\s+(?:is|was|remains)\s+(?:an?\s+|the\s+)?(?:(?:treaty|military|political|political-military|defen[cs]e|security|intergovernmental|transatlantic|collective|mutual)\s+(?:and\s+(?:military|political|defen[cs]e|security)\s+)?)*(?:alliance|organi[sz]ation|pact|bloc|partnership)\s+(?:of|between|among|comprising|made\s+up\s+of|that\s+(?:includes|comprises))|(?:NATO|Nato)['\u2019]s\s+(?:members|member\s+(?:states|countries|nations))\s+(?:include|included|are|were)|(?:NATO|Nato)\s+(?:includes|comprises|consists\s+of|is\s+made\s+up\s+of|is\s+composed\s+of|brings\s+together|unites)|(?<![-\u2010\w])((?:(?:[Ff]ellow|[Oo]ther)\s+)?(?:NATO|Nato)(?:['\u2019]s)?\s+(?:members|member\s+(?:states|countries|nations)|allies|Allies|countries|nations|states)\s*,?\s+(?:such\s+as|including|like|among\s+them|notably|namely)|[Mm]embers\s+of\s+(?:NATO|Nato)\s*,?\s+(?:such\s+as|including|like|among\s+them)|(?:(?:[Ff]ellow|[Oo]ther)\s+)?(?:NATO|Nato)\s+(?:members|member\s+states|allies|Allies)(?=\s+(?:the\s+)?[A-Z])|(?:NATO|Nato)(?:['\u2019]s)?\s+(?:members|member\s+(?:states|countries|nations)|allies|Allies)(?=\s*:\s*(?:the\s+)?[A-Z])))\s*:?\s+/g;
// Round 43 (group 1 of LIST_HEAD_RE): the members named in apposition to the noun, "NATO member countries such as Germany,
// the United Kingdom, South Korea, and Canada" (to010, March 2024: South Korea is a partner), "fellow NATO members Poland and
// Ukraine", "NATO allies including the US, Britain and Japan", a list after a colon ("NATO member states: Albania, Austria,
// Belgium, ..."). The claim is the phrase's alone, so what may undo it is read around the phrase, not in the whole sentence:
// "non-NATO", "aspiring", "future", partners, a wish or a joining said with it ("NATO members such as Poland and Ukraine,
// which hopes to join"). Not "NATO allies and partners such as Japan" (the head needs the names right after it).
const APPOSED_DOUBT_RE =
  /\b(?:non|not|n['\u2019]t|never|no|nor|future|would-?be|to-be|soon|prospective|potential|aspir\w*|candidates?|hopefuls?|applicants?|partners?|partnerships?|if|whether|would|could|might|should|will|wants?|wanted|hop\w*|seek\w*|sought|join\w*|becom\w*|became|invit\w*|new|newest|eventual\w*|claim\w*|alleg\w*|falsely|imagin\w*|suppos\w*|hypothetical\w*|observers?|associate)\b|\?/i;
const LIST_ITEM_RE = /^(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.-]*){0,3}/;
const LIST_SEP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/;
const TERRITORY_AFTER_RE = /^\s*(?:\(|,?\s+(?:through|via|as\s+part\s+of|part\s+of|under|with|of)\b)/;

// Built once (speed, round 41): a literal in listedNonMemberClaims was a new expression, parsed again, at each call.
const LISTED_NON_MEMBER_CLAIMS_RE = /\b(?:NATO|Nato|North Atlantic)\b/;
export function listedNonMemberClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (pastHorizon(doc.facts, doc.asOf) || !LISTED_NON_MEMBER_CLAIMS_RE.test(doc.text)) return out;
  const memberName = memberNames(doc.facts, 'names');
  warmed(LIST_HEAD_RE, doc.text).lastIndex = 0;
  for (let m = LIST_HEAD_RE.exec(doc.text); m; m = LIST_HEAD_RE.exec(doc.text)) {
    const sentence = doc.sentences.find((x) => x.start <= m!.index && m!.index < x.end);
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const apposed = m[1] !== undefined;
    // "treaty" is no doubt here ("a treaty alliance of").
    if ((!apposed && NOT_A_FACT_RE.test(text.replace(/\btreaty\b/gi, ''))) || OTHER_BODY_RE.test(text)) continue;
    let at = m.index + m[0].length;
    const items: Array<{ name: string; start: number; end: number }> = [];
    // In an apposed list the item after "and" is its last: "NATO allies Britain and France, and Ukraine" is two lists.
    let closing = false;
    for (;;) {
      const item = LIST_ITEM_RE.exec(doc.text.slice(at, sentence.end));
      if (!item) break;
      // A full stop after the last name ends the sentence ("... and Ukraine."), unless the name is initials ("U.S.").
      const written = /\.$/.test(item[0]) && !/(?:^|\s)(?:[A-Z]\.){2,}$/.test(item[0]) ? item[0].slice(0, -1) : item[0];
      items.push({ name: written.replace(/^the\s+/, ''), start: at, end: at + written.length });
      at += written.length;
      if (apposed && closing) break;
      const sep = LIST_SEP_RE.exec(doc.text.slice(at, sentence.end));
      if (!sep) break;
      closing = /\band\b|&/.test(sep[0]);
      at += sep[0].length;
    }
    if (!items.length) continue;
    if (apposed) {
      const listEnd = items[items.length - 1].end;
      const around =
        doc.text.slice(Math.max(sentence.start, m.index - 50), m.index) +
        ' ' +
        doc.text.slice(listEnd, Math.min(sentence.end, listEnd + 50));
      if (APPOSED_DOUBT_RE.test(around)) continue;
      const a = apposedNonMembers(doc, members, { start: m.index, end: m.index + m[0].length }, items, text);
      if (a) out.push(a);
      continue;
    }
    const outsiders = items.filter((i) => LISTED_NONMEMBERS.has(i.name) && !memberName.has(i.name));
    if (!outsiders.length || !items.some((i) => memberName.has(i.name) || memberName.has(`the ${i.name}`))) continue;
    if (outsiders.some((i) => TERRITORY_AFTER_RE.test(doc.text.slice(i.end, i.end + 20)))) continue;
    const last = outsiders[outsiders.length - 1];
    const span = { start: m.index, end: last.end };
    const names = outsiders.map((i) => i.name);
    const count = members.filter((j) => j.nato!.joined <= doc.asOf).length;
    const fact = `${names.join(' and ')} ${names.length > 1 ? 'are' : 'is'} not a party to the North Atlantic Treaty${names.includes('Greenland') ? ' (Greenland is covered as part of the Kingdom of Denmark, a founding member)' : ''}; NATO had ${count} members on ${formatDay(doc.asOf)}.`;
    out.push(notAMember(doc, members, span, names, fact));
  }
  return out;
}

// The members by every name the fact base gives them, for a list's items (round 43).
const memberByName = memoByFacts((facts, _key: 'byName'): Map<string, Members[number]> => {
  const byName = new Map<string, Members[number]>();
  for (const j of facts.base.jurisdictions) if (j.nato) for (const q of [j.name, ...j.qualifiers]) byName.set(q, j);
  return byName;
}, 4);

/**
 * Round 43. The apposed list's non-members (never members, or a member told as one before it joined within
 * prematureAccession's reach, "fellow NATO members Finland and Norway" days before Finland's accession): contradicted, the
 * span from the head to the last of them. Nothing unless another item is a member on the page's day (a list of countries,
 * not of regions or people) and every outsider is a country, not a member's territory ("Greenland, through Denmark").
 */
function apposedNonMembers(
  doc: Doc,
  members: Members,
  head: { start: number; end: number },
  items: ReadonlyArray<{ name: string; start: number; end: number }>,
  sentence: string,
): Annotation | null {
  const byName = memberByName(doc.facts, 'byName');
  const memberOf = (name: string) => byName.get(name) ?? byName.get(`the ${name}`);
  const isMember = (name: string) => {
    const j = memberOf(name);
    return !!j && factRange(j.nato!.joined).last <= doc.asOf;
  };
  if (!items.some((i) => isMember(i.name))) return null;
  const never = items.filter((i) => LISTED_NONMEMBERS.has(i.name) && !memberOf(i.name));
  const early = items.filter((i) => {
    const j = memberOf(i.name);
    return !!j && factRange(j.nato!.joined).first > doc.asOf && !!prematureAccession(doc, j, sentence);
  });
  const outsiders = [...never, ...early].sort((a, b) => a.start - b.start);
  if (!outsiders.length || never.some((i) => TERRITORY_AFTER_RE.test(doc.text.slice(i.end, i.end + 20)))) return null;
  const count = members.filter((j) => j.nato!.joined <= doc.asOf).length;
  const names = outsiders.map((i) => i.name);
  const late = early.map((i) => memberOf(i.name)!).map((j) => `${j.name} joined NATO only on ${formatDay(j.nato!.joined)}.`);
  const fact = `NATO had ${count} members on ${formatDay(doc.asOf)}, and ${names.join(' and ')} ${names.length > 1 ? 'were' : 'was'} not among them.${late.length ? ` ${late.join(' ')}` : ''}`;
  // The span is the whole list, as its readers quote it ("NATO member countries such as Germany, the United Kingdom, South
  // Korea, and Canada"; "NATO members such as Norway, Sweden and Finland", membership-round34).
  return notAMember(doc, members, { start: head.start, end: items[items.length - 1].end }, names, fact);
}

// Round 43: "NATO allies" too, for a list said to be them (mixedListSaid); the ally forms below still need the singular.
const ALLY_GATE_RE = compiledOnFirstRun(
  /\b(?:NATO|Nato)\s+(?:ally|Ally|country|nation|allies)\b|['\u2019]s\s+(?:(?:most|more|very)\s+)?(?:[a-z]+\s+)?allies\b/,
);
const MEMBER_RES = [BEFORE_RE, SAID_RE, INCLUDING_RE];
const ALLY_RES = [ALLY_BEFORE_RE, ALLY_SAID_RE];
const BOTH_RES = [...MEMBER_RES, ...ALLY_RES];

// Round 43. A list of countries said together to be NATO's allies or members, a non-member among them: "Ukraine and America
// have been NATO allies for a very long time" (a student's column, March 2022, held-out 41 tm003), "Poland and Ukraine are
// NATO members", "Japan, Britain and France are members of NATO". Every item must be a country's name (a member's, or one
// of the non-members above), so "Unlike Ukraine, Poland and Romania are NATO members" (its first item "Unlike Ukraine") and
// "aid for Ukraine, Poland ..." (no clause start before the list) are not read; nor a wish, a denial or another body
// (the sentence's checks), nor one that names the non-member in a preposition's phrase.
const SAID_ITEM = String.raw`(?:the\s+)?[A-Z][\w\u2019'.-]*(?:\s+(?:of\s+)?[A-Z][\w\u2019'.-]*){0,2}`;
const MIXED_SAID_RE = new RegExp(
  String.raw`(?<![\w\u2019'-])(${SAID_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)${SAID_ITEM})+),?\s+(?:are|were|remain|have\s+(?:long\s+|always\s+)?been|had\s+(?:long\s+)?been)\s+(?:(?:both|all|also|long|longtime|long-time|close|fellow|full)\s+){0,2}(?:(?:NATO|Nato)\s+(?:allies|members|member\s+states|member\s+countries|member\s+nations)|members\s+of\s+(?:NATO|Nato)|allies\s+(?:in|within)\s+(?:NATO|Nato))\b(?![\u2019'\u2010-])`,
  'g',
);
const MIXED_SAID_GATE_RE = compiledOnFirstRun(
  /\b(?:are|were|remain|been)\s+(?:\w+\s+){0,2}(?:NATO\s+(?:allies|members)|members\s+of\s+NATO|allies\s+(?:in|within)\s+NATO)\b/i,
);
// What may stand before the list: the sentence's start or a clause's.
const CLAUSE_START_RE = /(?:^|[,;:\u2014\u2013(]\s*|\b(?:that|because|but|while|whereas|so|since)\s+)$/;
const MIXED_SPLIT_RE = /\s*,\s*(?:and\s+)?|\s+and\s+/;

function mixedListSaid(doc: Doc, members: Members, sentence: { start: number; end: number }, text: string): Annotation[] {
  const out: Annotation[] = [];
  if (!MIXED_SAID_GATE_RE.test(text)) return out;
  const byName = memberByName(doc.facts, 'byName');
  warmed(MIXED_SAID_RE, text).lastIndex = 0;
  for (let m = MIXED_SAID_RE.exec(text); m; m = MIXED_SAID_RE.exec(text)) {
    if (!CLAUSE_START_RE.test(text.slice(0, m.index))) continue;
    const names = m[1].split(MIXED_SPLIT_RE).map((n) => n.replace(/^the\s+/, ''));
    const memberOf = (n: string) => byName.get(n) ?? byName.get(`the ${n}`);
    const known = names.every((n) => memberOf(n) || LISTED_NONMEMBERS.has(n));
    const outsiders = names.filter((n) => !memberOf(n) && LISTED_NONMEMBERS.has(n) && n !== 'Greenland' && !/Faroe/.test(n));
    if (!known || !outsiders.length) continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const count = members.filter((j) => j.nato!.joined <= doc.asOf).length;
    const fact = `NATO's members on ${formatDay(doc.asOf)} were ${count} countries, and ${outsiders.join(' and ')} ${outsiders.length > 1 ? 'were' : 'was'} not among them.`;
    out.push(notAMember(doc, members, { start, end }, outsiders, fact));
  }
  return out;
}

/** Non-members said to be NATO members or allies: contradicted. */
export function nonMemberClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  // One cheap look for the ally forms (NATO before "ally", "country" or "nation", or NATO's allies) before any sentence's.
  const allies = ALLY_GATE_RE.test(doc.text);
  if ((!allies && !doc.text.includes('ember')) || pastHorizon(doc.facts, doc.asOf)) return out;
  const memberName = memberNames(doc.facts, 'names');
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const member = text.includes('ember');
    const ally = allies && /\b(?:ally|allies|NATO\s+(?:country|nation))\b/.test(text);
    if ((!member && !ally) || !/\b(?:NATO|Nato|North Atlantic)\b/.test(text)) continue;
    if (NOT_A_FACT_RE.test(text) || OTHER_BODY_RE.test(text)) continue;
    // Round 43: first, so that a list's span is its whole subject ("Poland and Ukraine are NATO members").
    for (const a of mixedListSaid(doc, members, sentence, text)) out.push(a);
    for (const re of member && ally ? BOTH_RES : member ? MEMBER_RES : ALLY_RES) {
      re.lastIndex = 0;
      for (let m = warmed(re, text).exec(text); m; m = re.exec(text)) {
        // "as associate members" names no body: NATO must be the one whose members the sentence counts.
        if (re === SAID_RE && /^as\b/.test(m[0].slice(m[1].length).replace(/^,?\s+/, '')) && !NATO_MEMBERS_RE.test(text)) continue;
        // "following Russia's military intervention in Ukraine, all NATO members pledged to meet the 2% target" (held-out
        // 18, December 2019: a red flag on a true sentence): a country after a preposition is that phrase's, and "all NATO
        // members" followed by a verb is the next clause's subject, not an apposition.
        if (re !== BEFORE_RE && re !== ALLY_BEFORE_RE && PREPOSITION_BEFORE_RE.test(text.slice(Math.max(0, m.index - 14), m.index)))
          continue;
        if (re === SAID_RE && /,\s+(?:both|all)\s/.test(m[0]) && !/^\s*(?:[,.;:)!?]|$)/.test(text.slice(m.index + m[0].length))) continue;
        const names = m[1].split(/,\s+|,?\s+and\s+/).filter((n) => n && n !== 'Herzegovina');
        if (names.some((n) => memberName.has(n))) continue;
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (out.some((o) => o.start < end && start < o.end)) continue;
        const fact = `NATO's members on ${formatDay(doc.asOf)} were ${members.filter((j) => j.nato!.joined <= doc.asOf).length} countries, and ${names.join(' and ')} ${names.length > 1 ? 'were' : 'was'} not among them; NATO has no associate members.`;
        out.push(notAMember(doc, members, { start, end }, names, fact));
      }
    }
  }
  return out;
}
