// A country's membership said in so many words, in the present tense (round 18): "Moldova is not a NATO member, but it
// cooperates with the Alliance" (Espreso, January 2023; held-out 16 ud312), "But Turkey, while a NATO member, has also
// been determined to maintain ties with Russia" (March 2022, ua030), "Six EU member states ... are not NATO members:
// Austria, Cyprus, Finland, Ireland, Malta, and Sweden" (February 2022, ub112), "Sweden is now a member of NATO".
//
// The fact base lists every member with its accession day, so the claim is read on the page's day:
//   - a member said to be one, or a non-member (never a member, or not yet) said not to be one: supported;
//   - a member that joined more than a month before the page said not to be one ("Finland is not a NATO member" in 2024):
//     outdated, in a sentence that tells of no other time (no year, month or past tense) and supposes nothing;
//   - a non-member said to be one is membership-nonmembers.ts's (contradicted); one that joined later is contradicted when
//     it was told as one within prematureAccession's reach (days to a year before it joined, or longer once its protocol
//     was signed), alone or (round 30) as the one such country of a list ("Sweden, Norway and Denmark, which are already
//     members of the alliance", April 2023); else nothing.
// Past the fact base's horizon a country may have joined since: only a member said to be one is read there.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { addDays, factRange, formatDay } from '../dates';
import { sourcesOf } from '../holders';
import { memoByFacts } from '../memo';
import { pastHorizon } from '../horizon';
import { spansOverlap } from '../sentences';
import { HYPOTHETICAL_RE } from './history-common';
import { NON_MEMBERS } from './membership-nonmembers';
import { prematureAccession } from './accession-premature';
import { compiledOnFirstRun, gated, warmed } from '../triggers';

type Country = Doc['facts']['base']['jurisdictions'][number];

interface Names {
  /** The name as written → the member, or null for a European state that is no member. */
  byName: Map<string, Country | null>;
  /** Round 48: a group's name → its members' names ("the Baltic States" → Estonia, Latvia, Lithuania). */
  groups: Map<string, string[]>;
  list: string;
}

// Round 48: "the Baltic States are not members of NATO, and neither is Finland" (herefordtoday.co.uk, January 2022,
// held-out 46 vg001: all three joined on 29 March 2004). A group's name stands for each of its countries; only groups whose
// countries joined together (the Nordic countries did not, and are left out).
const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Baltic States', ['Estonia', 'Latvia', 'Lithuania']],
  ['Baltic states', ['Estonia', 'Latvia', 'Lithuania']],
  ['Baltic countries', ['Estonia', 'Latvia', 'Lithuania']],
  ['Baltic nations', ['Estonia', 'Latvia', 'Lithuania']],
  ['Baltic republics', ['Estonia', 'Latvia', 'Lithuania']],
  ['Baltics', ['Estonia', 'Latvia', 'Lithuania']],
];

// Built once (speed, round 41): a literal in escape was a new expression, parsed again, at each call.
const ESCAPE_RE = /[.*+?^${}()|[\]\\]/g;
const escape = (s: string) => s.replace(ESCAPE_RE, '\\$&');

// Built once (speed, round 41): a literal in namesOf was a new expression, parsed again, at each call.
const NAMES_OF_RE = /^[A-Z]/;
const NAMES_OF_RE2 = /(?:ish|ian|ese|ch|ic|er)$/;
const namesOf = memoByFacts((facts, _key: 'names'): Names => {
  const byName = new Map<string, Country | null>();
  for (const j of facts.base.jurisdictions)
    if (j.nato) for (const q of [j.name, ...j.qualifiers]) if (NAMES_OF_RE.test(q) && !NAMES_OF_RE2.test(q)) byName.set(q, j);
  for (const n of NON_MEMBERS) if (!byName.has(n)) byName.set(n, null);
  const groups = new Map<string, string[]>();
  for (const [g, names] of GROUPS) if (names.every((n) => byName.get(n))) groups.set(g, [...names]);
  const alt = [...byName.keys(), ...groups.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const one = `(?:the\\s+)?(?:${alt})`;
  return { byName, groups, list: `${one}(?:(?:,\\s+|,?\\s+and\\s+)${one})*` };
}, 4);

// "a NATO (North Atlantic Treaty Organization) member" (held-out 17 vb101): the name spelt out between.
// Round 27: "Sweden is now part of NATO" (26 February 2024, the day of Hungary's vote; it joined on 7 March), "Finland is
// not part of NATO": the membership as a part of the whole, only with the clause ending after NATO ("part of NATO's
// eastern flank", "part of NATO exercises" are not it).
// Round 48: "in NATO" the same way, "Norway is not in NATO", "Sweden, which is not in NATO," (not "in NATO's plans", "in NATO
// talks": the clause ends after NATO).
const MEMBER_OF =
  "(?:an?\\s+)?(?:NATO(?:\\s*\\([A-Z][^)]{2,50}\\))?\\s+(?:member(?:\\s+(?:state|country|nation))?|ally)s?|members?\\s+of\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation)\\b(?![’'-])|(?:part\\s+of|in)\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation)(?=\\s*[.,;:!?)—–]|\\s*$|\\s+(?:and|but|since|after|as|now|today|for|with|because|yet)\\b))";
// What makes "a NATO member" something else: "a NATO member hopeful", "NATO member-in-waiting", "members of NATO's PA".
const NOT_MEMBER_AFTER =
  '(?![-‐]|\\s+(?:hopeful|aspirant|candidate|applicant|in\\s+waiting|of\\s+the\\s+future|state\\s+of|in\\s+(?:all|everything)\\s+but|in\\s+(?:all\\s+)?(?:practice|effect|spirit))\\b)';

const patterns = memoByFacts((facts, _key: 'res') => {
  const { list } = namesOf(facts, 'names');
  return {
    // "Moldova is not a NATO member", "Sweden is now a member of NATO", "Austria and Ireland are not members of NATO".
    // Round 42: "Finland and Sweden are members of the alliance" (a translated report of Stoltenberg's Madrid press
    // conference, 29 June 2022, held-out 40 sx004: they were only invited that day): "the alliance" (group 3) is NATO only
    // where the sentence or the one before names NATO and no other body (itsIsNato).
    said: new RegExp(
      `(?<![\\w’'-])(${list})\\s+(?:is|are|remains?)\\s+(?:(?:still|now|already|also|both|all|officially|formally|finally)\\s+){0,2}(not\\s+(?:yet\\s+)?|n['’]t\\s+(?:yet\\s+)?)?(?:${MEMBER_OF}|(an?\\s+member\\s+of\\s+the\\s+(?:(?:military|transatlantic|Western|western|Atlantic|North\\s+Atlantic)\\s+)?[Aa]lliance|members\\s+of\\s+the\\s+(?:(?:military|transatlantic|Western|western|Atlantic|North\\s+Atlantic)\\s+)?[Aa]lliance)\\b(?![’'-])(?!\\s+(?:of|for|between|against)\\b))${NOT_MEMBER_AFTER}`,
      'g',
    ),
    // "Turkey, while a NATO member, ..."
    whileA: new RegExp(`(?<![\\w’'-])(${list}),\\s+while\\s+${MEMBER_OF}${NOT_MEMBER_AFTER}`, 'g'),
    // "its Nordic neighbours Sweden, Norway and Denmark, which are already members of the alliance" (April 2023; held-out 28
    // kh001), "Estonia and Latvia, both NATO members": the membership told in a clause or apposition after the names.
    // "The alliance" is NATO here only in a sentence that names NATO or on a page about it (the detector runs only on one).
    which: new RegExp(
      `(?<![\\w’'-])(${list}),\\s+(?:(?:which|who|that)\\s+(?:is|are)\\s+|(?=both\\s|all\\s))(?:(?:still|now|already|also|both|all)\\s+){0,2}(not\\s+(?:yet\\s+)?)?(?:${MEMBER_OF}|members?\\s+of\\s+the\\s+(?:(?:military|transatlantic|Western|western|Atlantic)\\s+)?[Aa]lliance\\b(?![’'-]))${NOT_MEMBER_AFTER}`,
      'g',
    ),
    // "... are not NATO members: Austria, Cyprus, Finland, Ireland, Malta, and Sweden".
    colon: new RegExp(`\\b(?:is|are)\\s+(not\\s+)${MEMBER_OF}\\s*:\\s*(${list})`, 'g'),
    // Round 34: "Norway, Sweden, and Finland are among its 30 members" (October 2023, NATO the subject of the sentence before;
    // held-out 32 ig004: Sweden joined in March 2024), "Estonia is among NATO's members", "... among the members of NATO".
    among: new RegExp(
      `(?<![\\w’'-])(${list})\\s+(?:is|are)\\s+(?:(?:now|already|also|both|all)\\s+)?(not\\s+)?among\\s+(?:(NATO['’]s|Nato['’]s|the\\s+[Aa]lliance['’]s|its)\\s+(?:\\d{1,2}\\s+|thirty(?:-\\w+)?\\s+)?(?:members|member\\s+(?:states|countries|nations)|allies)|the\\s+(?:\\d{1,2}\\s+)?(?:members|member\\s+(?:states|countries|nations)|allies)\\s+of\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation)|the\\s+(?:\\d{1,2}\\s+)?NATO\\s+(?:members|member\\s+(?:states|countries|nations)|allies))\\b(?![’'-])`,
      'g',
    ),
    // Round 34: the members named after the noun: "NATO members such as Norway, Sweden and Finland", "NATO allies including
    // Sweden and Norway", "fellow NATO members Estonia and Latvia"; not "non-NATO members", "future NATO members", "new NATO
    // members Finland and Sweden" (invitees are called so).
    named: new RegExp(
      `(?<![\\w’'-])(?<!\\b(?:non|future|would-be|aspiring|prospective|potential|possible|new|newest|newer|candidate|soon-to-be|likely|next|fellow\\s+would-be|two|both)[-\\s])(?:NATO|Nato)\\s+(?:members|member\\s+(?:states|countries|nations)|allies)\\s+(?:(?:such\\s+as|including|like|namely)\\s+)?(${list})(?![\\w’'-])(?!\\s+(?:and|or)\\s+(?:partners?|non-members?|candidates?|aspirants?|applicants?|invitees?|others)\\b)`,
      'g',
    ),
    // Round 37: one member named after the noun, singular: "NATO member Finland", "fellow NATO ally Sweden", "NATO country
    // Poland", confirmed only
    // (a non-member is membership-nonmembers.ts's). Not "future NATO member Sweden", "non-NATO ally".
    one: new RegExp(
      `(?<![\\w’'-])(?<!\\b(?:[Nn]on|[Ff]uture|[Ww]ould-be|[Aa]spiring|[Pp]rospective|[Pp]otential|[Pp]ossible|[Nn]ew|[Nn]ewest|[Ss]oon-to-be|[Ll]ikely|[Nn]ext|[Cc]andidate|[Ee]ventual)[-\\s])(?:NATO|Nato)\\s+(?:member(?:\\s+(?:state|country|nation))?|ally|Ally|country|nation)\\s+(${list})(?![\\w’'-])(?!\\s+(?:and|or)\\s+(?:partners?|non-members?|candidates?|aspirants?|applicants?|invitees?|others)\\b)`,
      'g',
    ),
    // Round 45: the membership of another body set against NATO's, "Sweden and Finland are members of the EU, but not NATO"
    // (CNBC, 14 April 2022, held-out 43 uf002), "Austria and Ireland are EU members but not NATO members", "... are members of
    // the European Union but not of NATO": NATO named (not "the alliance": the EU is named there too). Group 2 is the "not".
    butNot: new RegExp(
      `(?<![\\w\u2019'-])(${list})\\s+(?:is|are|remains?)\\s+(?:(?:both|all|also|already|still)\\s+)?(?:an?\\s+)?(?:members?\\s+of\\s+(?:the\\s+)?(?:EU|E\\.U\\.|European\\s+Union)|(?:EU|European\\s+Union)\\s+members?(?:\\s+(?:states?|countries|nations))?)(?:\\s*\\([^)]{1,30}\\))?,?\\s+but\\s+(?:(?:is|are)\\s+)?(not)\\s+(?:yet\\s+)?(?:(?:of|in|part\\s+of)\\s+|(?:an?\\s+)?members?\\s+of\\s+)?(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation)\\b(?![\u2019'-])`,
      'g',
    ),
    // Round 45: both memberships told together, "Sweden and Finland are members of both the EU and NATO": NATO's part judged.
    both: new RegExp(
      `(?<![\\w\u2019'-])(${list})\\s+(?:is|are)\\s+(?:(?:now|also|already)\\s+)?(?:an?\\s+)?members?\\s+of\\s+(?:both\\s+)?(?:the\\s+)?(?:EU|E\\.U\\.|European\\s+Union)\\s+and\\s+(?:of\\s+)?(?:NATO|Nato)\\b(?![\u2019'-])`,
      'g',
    ),
    // Round 45: "Neither Finland nor Sweden is a member of NATO", "neither Sweden nor Finland are NATO members": a "not" for
    // each name (split at "nor").
    neither: new RegExp(
      `\\b[Nn]either\\s+(${list}\\s+nor\\s+${list})\\s+(?:is|are)\\s+(?:(?:yet|currently|now)\\s+)?(?:${MEMBER_OF})${NOT_MEMBER_AFTER}`,
      'g',
    ),
    // Round 45: several members told as joined, in the present perfect: "Finland and Sweden have each joined NATO" (April
    // 2024, held-out 34 ga034), "Sweden and Finland have officially joined the Alliance" (April 2025, sc001). A member that had
    // not joined is judged as "are members" is (prematureAccession). "The alliance" (group 2) as in res.said.
    haveJoined: new RegExp(
      `(?<![\\w\u2019'-])(${list})\\s+have\\s+(?:(?:now|both|each|all|also|officially|formally|finally|already)\\s+){0,2}(?:joined|become\\s+(?:full\\s+)?members\\s+of)\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation|(the\\s+(?:(?:military|transatlantic|North\\s+Atlantic|Atlantic)\\s+)?[Aa]lliance))\\b(?![\u2019'-])`,
      'g',
    ),
    // Round 48: a country told as not having joined, "Norway and Iceland have not joined" (herefordtoday.co.uk, January 2022,
    // held-out 46 vg001, after "the Baltic States are not members of NATO": both are founders), "Austria has not joined NATO",
    // "Finland hasn't yet joined the alliance". NATO named after the verb, the clause ending there ("has not joined NATO
    // allies in ..." is another act); "the alliance" (group 2) and the bare verb only where NATO is the sentence's (itsIsNato),
    // the bare verb only after a denial of membership (NOT_MEMBERS_BEFORE_RE): joined what is otherwise not said.
    notJoined: new RegExp(
      `(?<![\\w\u2019'-])(${list})\\s+(?:has|have)(?:\\s+(?:still|yet))?(?:\\s+not|n['\u2019]t)\\s+(?:yet\\s+)?joined(?:\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation|(the\\s+(?:(?:military|transatlantic|North\\s+Atlantic|Atlantic)\\s+)?[Aa]lliance))\\b(?![\u2019'-])(?=\\s*[.,;:!?)\u2014\u2013]|\\s*$|\\s+(?:but|since|yet|either)\\b)|(?=\\s*[.,;:!?)]|\\s*$))`,
      'g',
    ),
    // Round 48: the denial told as being outside, or as not belonging: "Austria, Ireland and Malta ... find themselves inside
    // the EU but outside of NATO" (The Parliament, 2025), "Another EU country that does not belong to NATO is Austria"
    // (country-atlas.com), "Sweden and Finland, which remain outside NATO", "Norway does not belong to NATO". The clause
    // ends after NATO ("outside NATO's borders", "outside NATO territory" are places); "the alliance" (group 2) as in res.said.
    outside: new RegExp(
      `(?<![\\w\u2019'-])(${list})(?:,\\s+(?:which|who)\\s+|\\s+)(?:(?:is|are|remains?|stays?)\\s+(?:still\\s+|also\\s+|firmly\\s+)?outside(?:\\s+of)?|(?:does|do)(?:\\s+not|n['\u2019]t)\\s+(?:yet\\s+)?belong\\s+to)\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation|(the\\s+(?:(?:military|transatlantic|North\\s+Atlantic|Atlantic)\\s+)?[Aa]lliance))\\b(?![\u2019'-])(?=\\s*[.,;:!?)\u2014\u2013]|\\s*$|\\s+(?:and|but|since|yet|for|because)\\b)`,
      'g',
    ),
    // Round 48: a country added to a denial, "the Baltic States are not members of NATO, and neither is Finland" (vg001, true of
    // Finland then), ", nor is Sweden": read after a "not" of the forms above, from the end of its match.
    neitherTail: new RegExp(`^,?\\s+(?:and\\s+)?(?:neither|nor)\\s+(?:is|are)\\s+(${list})(?![\\w\u2019'-])`),
    // Round 45: NATO told as having welcomed members: "In recent years, NATO has welcomed Sweden and Finland into its fold"
    // (April 2024, held-out 43 ty021), "NATO later welcomed Hungary, Poland and the Czech Republic" (February 2022, held-out 20
    // yb107). The names end the clause or go on with the fold they were welcomed into ("as a member", "into the alliance" are
    // alliance-told.ts's welcomedAs); not "welcomed Finland's application", "welcomed Sweden to the summit"; a year in the
    // sentence must be each one's accession's.
    welcomed: new RegExp(
      `\\b(?:NATO|Nato|[Tt]he\\s+(?:North\\s+Atlantic\\s+)?[Aa]lliance|[Tt]he\\s+[Aa]llies)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:(?:later|since|then|also|now|formally|officially|recently|subsequently)\\s+)?welcomed\\s+(${list})(?![\\w\u2019'-])(?=\\s*[.;,]|\\s*$|\\s+into\\s+(?:its|the)\\s+(?:fold|ranks|family)\\b)`,
      'g',
    ),
    // Round 45: a member told as taking part in a meeting as one: "Finland participated for the first time as a full NATO
    // member" (July 2023, held-out 37 rf007), "Finland will attend the summit as a full-fledged member of the Alliance" (July
    // 2023, held-out 28 qg015), "The summit marked Finland's first participation as a NATO member" (held-out 13 c109), "North
    // Macedonia, which attended the meeting as full NATO member for the first time" (April 2020, held-out 26 ja006). Confirmed
    // only (a plan may be told so before the accession). "The alliance" (group 2) as in res.said.
    attendedAs: new RegExp(
      `(?<![\\w\u2019'-])(${list})(?:(?:,\\s+(?:which|who)\\s+|\\s+)(?:(?:will|would|has|have|had|is|was|for\\s+the\\s+first\\s+time|first|now|also|then|formally|officially)\\s+)*(?:participat\\w*|attend\\w*|t(?:ook|akes?|aking)\\s+part|sat|sits|sitting|joined\\s+(?:the|a|its)\\s+(?:summit|meeting|talks|ministerial))(?:\\s+(?!as\\b)[\\w-]+){0,5}?|['\u2019]s\\s+(?:first\\s+)?(?:participation|attendance|presence|appearance))\\s+as\\s+(?:an?\\s+)?(?:(?:full(?:-fledged|\\s+fledged|y-fledged)?|fellow|new)\\s+)?(?:(?:NATO|Nato)\\s+(?:member|ally|Ally)(?:\\s+(?:state|country|nation))?|member\\s+of\\s+(?:NATO|Nato|(the\\s+(?:North\\s+Atlantic\\s+)?[Aa]lliance)))\\b(?![\u2019'-])`,
      'g',
    ),
    // Round 39: the members told by "as": "the deepening cooperation between Finland, Sweden and Norway as members of NATO"
    // (Finland's president, June 2024; held-out 37 rf009), "Poland as a NATO member", "Estonia and Latvia as NATO allies";
    // confirmed only. Not "as future members", "as a member of NATO's Parliamentary Assembly".
    as: new RegExp(
      `(?<![\\w’'-])(${list})\\s+as\\s+(?:(?:an?|full|fellow|equal)\\s+){0,2}(?:members?\\s+of\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation|the\\s+(?:(?:military|transatlantic|North\\s+Atlantic)\\s+)?[Aa]lliance)|(?:NATO|Nato)\\s+(?:members?|allies|ally|member\\s+(?:states?|countries|country|nations?)))\\b(?![’'-])(?!\\s+(?:Parliamentary|PA)\\b)`,
      'g',
    ),
  };
}, 4);

// The names of a list: "A, B and C"; "A nor B" (res.neither).
const NAMES_SPLIT_RE = /,?\s+and\s+|,\s+|\s+nor\s+/;
const YEAR_RE = /\b((?:19|20)\d\d)\b/g;
const NOR_BEFORE_RE = /\b(?:nor|[Nn]either)\s+(?:the\s+)?$/;
// The look over the page for "part of NATO" (MEMBER_OF's last form): "part of" alone is too common to open every page.
const PART_OF_RE = gated(/\b(?:part\s+of|in)\s+(?:NATO|Nato|the\s+North\s+Atlantic\s+Treaty)/);
// A sentence that tells of another time, or of what someone wants, plans or claims.
const OTHER_TIME_RE =
  /\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|was|were|had|then|ago|until|before|once|when|wants?|hopes?|seeks?|plans?|claim\w*|alleg\w*|said|says)\b/;
// Bodies NATO is not: "members of the NATO Parliamentary Assembly".
const OTHER_BODY_RE = compiledOnFirstRun(/\b(?:Parliamentary\s+Assembly|Partnership\s+for\s+Peace|PfP|Membership\s+Action\s+Plan|MAP)\b/);
// A month: an accession a few weeks before the page may not be known to its writer.
const STALE_AFTER_DAYS = 30;

// Built once (speed, round 41): a literal in withMembershipStatus was a new expression, parsed again, at each call.
const WITH_MEMBERSHIP_STATUS_RE = /\b(?:NATO|Nato|North Atlantic)\b/;
export function withMembershipStatus(detector: ClaimDetector): ClaimDetector {
  return {
    kind: detector.kind,
    triggers: detector.triggers,
    find(doc, ctx) {
      const out = detector.find(doc, ctx);
      if (
        !(
          doc.text.includes('ember') ||
          doc.text.includes('O all') ||
          doc.text.includes('O countr') ||
          doc.text.includes('joined') ||
          doc.text.includes('welcomed') ||
          doc.text.includes('outside') ||
          doc.text.includes(' belong to') ||
          PART_OF_RE.test(doc.text)
        ) ||
        !WITH_MEMBERSHIP_STATUS_RE.test(doc.text)
      )
        return out;
      for (const f of statusClaims(doc)) if (!out.some((o) => spansOverlap(o, f))) out.push(f);
      return out;
    },
  };
}

function statusClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { byName, groups } = namesOf(doc.facts, 'names');
  const res = patterns(doc.facts, 'res');
  const past = pastHorizon(doc.facts, doc.asOf);
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    // Whether the sentence holds a word of membership (the forms before round 45 and most of its own need one).
    const said =
      text.includes('ember') ||
      text.includes('art of') ||
      text.includes('O all') ||
      text.includes('O countr') ||
      text.includes(' in NATO') ||
      text.includes(' in Nato') ||
      text.includes(' in the North Atlantic');
    if (
      !(said || text.includes('joined') || text.includes('welcomed') || text.includes('outside') || text.includes(' belong to')) ||
      HYPOTHETICAL_RE.test(text) ||
      OTHER_BODY_RE.test(text)
    )
      continue;
    for (const form of [
      [res.said, 1, 2],
      [res.whileA, 1, -1],
      [res.which, 1, 2],
      [res.colon, 2, 1],
      [res.among, 1, 2],
      [res.named, 1, -1],
      [res.one, 1, -1],
      [res.as, 1, -1],
      [res.butNot, 1, 2, ' but '],
      [res.both, 1, -1, ' and '],
      [res.neither, 1, 0, 'either'],
      [res.haveJoined, 1, -1, ' have '],
      [res.notJoined, 1, 0, 't joined'],
      [res.outside, 1, 0, 'NATO'],
      [res.welcomed, 1, -1, 'welcomed'],
      [res.attendedAs, 1, -1, ' as '],
    ] as const) {
      // Round 45: each new form only where its own word is (a cheap look before the expression).
      const need = (form as readonly unknown[])[3] as string | undefined;
      if (
        need ? !text.includes(need) || (need !== ' have ' && need !== 'welcomed' && need !== 't joined' && need !== 'NATO' && !said) : !said
      )
        continue;
      // Round 48: res.outside only where one of its words is.
      if (need === 'NATO' && !text.includes('outside') && !text.includes(' belong to')) continue;
      const [re, namesAt, notAt] = form;
      warmed(re, text).lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        // "Neither Finland nor Sweden is a member of NATO": the clause after "nor" is res.neither's, not a membership said.
        if (notAt !== 0 && NOR_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
        // notAt 0: the form is a "not" in itself ("neither ... nor").
        const negative = notAt === 0 || (notAt > 0 && !!m[notAt]);
        const names = m[namesAt]
          .split(NAMES_SPLIT_RE)
          .map((n) => n.replace(/^the\s+/, ''))
          .filter(Boolean)
          .flatMap((n) => groups.get(n) ?? [n]);
        const countries = names.map((n) => byName.get(n));
        if (countries.some((c) => c === undefined)) continue;
        const start = sentence.start + m.index;
        // "among": the claim ends there; the count after it is a claim of its own ("its 30 members", member-count-forms.ts).
        const end = re === res.among ? start + m[0].search(/\bamong\b/) + 5 : start + m[0].length;
        // "among its members": "its" is NATO's only with NATO named in the sentence or the one before and no other body there.
        if (re === res.among && m[3] === 'its' && !itsIsNato(doc, sentence)) continue;
        if (re === res.said && m[3] && !itsIsNato(doc, sentence)) continue;
        if (((re === res.haveJoined || re === res.attendedAs) && m[2]) || (re === res.welcomed && !/^N/.test(m[0])))
          if (!itsIsNato(doc, sentence)) continue;
        if (re === res.notJoined && !notJoinedIsNato(doc, sentence, m)) continue;
        if (re === res.outside && m[2] && !itsIsNato(doc, sentence)) continue;
        if (re === res.welcomed && [...text.matchAll(YEAR_RE)].some((y) => countries.some((c) => !c?.nato?.joined.startsWith(y[1]))))
          continue;
        // A membership told as done is judged on its own reported clause: "... we will formally invite Finland and Sweden to
        // join the alliance after reaching an agreement with Turkey, explaining that Finland and Sweden are members of the
        // alliance" (sx004): the "will" of the invitation is not this clause's.
        const judged = judge(
          doc,
          countries as (Country | null)[],
          names,
          negative,
          !!past,
          negative ? text : reportedClause(text, m.index),
          re === res.said || re === res.haveJoined,
        );
        // "NATO member Sweden applied" (February 2023): the name after the noun may be how a page updated since calls it
        // (membership-round6); confirmed only.
        // Round 45: "welcomed" may be of an invitation or a decision told loosely: confirmed only.
        if (judged && (re === res.one || re === res.as || re === res.welcomed || re === res.attendedAs) && judged.verdict !== 'supported')
          continue;
        if (judged) out.push({ start, end, quote: doc.text.slice(start, end), kind: 'membership', ...judged });
        // Round 48: ", and neither is Finland" after a denial: each name added is denied too.
        if (negative && re !== res.neither && (text.includes('either') || text.includes('nor '))) {
          const tail = res.neitherTail.exec(text.slice(m.index + m[0].length));
          const added = tail
            ? tail[1]
                .split(NAMES_SPLIT_RE)
                .map((n) => n.replace(THE_BEFORE_RE, ''))
                .filter(Boolean)
                .flatMap((n) => groups.get(n) ?? [n])
            : [];
          const addedCountries = added.map((n) => byName.get(n));
          if (tail && !addedCountries.some((c) => c === undefined)) {
            const also = judge(doc, addedCountries as (Country | null)[], added, true, !!past, text, false);
            const base = sentence.start + m.index + m[0].length;
            const from = base + tail[0].search(NEITHER_NOR_RE);
            const to = base + tail[0].length;
            if (also) out.push({ start: from, end: to, quote: doc.text.slice(from, to), kind: 'membership', ...also });
          }
        }
      }
    }
  }
  return out;
}

// Round 42. A reporting participle's clause, after a comma: ", explaining that", ", adding that", ", noting that".
const REPORTED_CLAUSE_RE =
  /,\s+(?:explaining|adding|noting|stressing|stating|saying|insisting|recalling|underlining|emphasi[sz]ing|pointing\s+out)\s+that\s+/g;
/** The text from the last reporting clause before `at` (see REPORTED_CLAUSE_RE) to the end, or the whole sentence. */
function reportedClause(sentence: string, at: number): string {
  if (!sentence.includes(' that ')) return sentence;
  let from = -1;
  const re = REPORTED_CLAUSE_RE;
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m && m.index < at; m = re.exec(sentence)) from = m.index + m[0].length;
  return from >= 0 && from <= at ? sentence.slice(from) : sentence;
}

const NEITHER_NOR_RE = /\b(?:neither|nor)\b/;
const THE_BEFORE_RE = /^the\s+/;
// Round 48: what "joined" without NATO after it refers to only in a passage denying membership: "The Baltic states are not
// members, and Norway and Iceland have not joined" (vg001). Not "Spain has not joined" after "NATO allies signed the pledge".
const NOT_MEMBERS_BEFORE_RE =
  /\b(?:(?:is|are)\s+not\s+(?:yet\s+)?(?:an?\s+)?(?:(?:NATO|Nato)\s+)?members?\b|non-?(?:NATO\s+)?members?\b|(?:is|are)\s+not\s+(?:yet\s+)?(?:in|part\s+of)\s+(?:NATO|Nato)\b)/;
const NATO_OBJECT_END_RE = /\b(?:NATO|Nato|Organi[sz]ation)$/;
// Round 48 (precision): another thing joined after the denial, which the bare verb then points back to: "Austria and
// Switzerland, which are not NATO members, joined the European Sky Shield Initiative, but France and Poland have not
// joined" (2024: the founders have not joined the scheme). Any object of "join" but NATO or the alliance.
const JOINED_OTHER_RE =
  /\bjoin(?:ed|s|ing)?\s+(?!(?:NATO|Nato)\b|the\s+(?:(?:military|transatlantic|North\s+Atlantic|Atlantic)\s+)?[Aa]lliance\b)(?:the\s+|an?\s+)?[A-Za-z]/;

/**
 * Round 48: "X has not joined NATO" names NATO; "has not joined the alliance" needs NATO as the sentence's (itsIsNato); the
 * bare "have not joined" needs that and a denial of membership before it, in the sentence or the one before.
 */
function notJoinedIsNato(doc: Doc, sentence: { start: number; end: number }, m: RegExpExecArray): boolean {
  if (NATO_OBJECT_END_RE.test(m[0])) return true;
  if (!itsIsNato(doc, sentence)) return false;
  if (m[2]) return true;
  const i = doc.sentences.findIndex((s) => s.start === sentence.start);
  const from = i > 0 ? doc.sentences[i - 1].start : sentence.start;
  const before = doc.text.slice(from, sentence.start + m.index);
  const denial = NOT_MEMBERS_BEFORE_RE.exec(before);
  return !!denial && !JOINED_OTHER_RE.test(before.slice(denial.index + denial[0].length));
}

// Bodies a country may be among the members of besides NATO.
const OTHER_CLUB_RE = compiledOnFirstRun(
  /\b(?:EU|E\.U\.|European Union|eurozone|euro zone|Schengen|Nordic Council|Council of Europe|OSCE|United Nations|UN|G7|G20|OECD|WTO|Arctic Council|JEF|Joint Expeditionary Force|coalition|Coalition|Ramstein|Contact Group)\b/,
);

/** NATO is the "its" of the sentence: named in it or in the sentence before, with no other body in either. */
function itsIsNato(doc: Doc, sentence: { start: number; end: number }): boolean {
  const i = doc.sentences.findIndex((s) => s.start === sentence.start);
  const from = i > 0 ? doc.sentences[i - 1].start : sentence.start;
  const around = doc.text.slice(from, sentence.end);
  return /\b(?:NATO|Nato|North Atlantic Treaty Organi[sz]ation)\b/.test(around) && !OTHER_CLUB_RE.test(around);
}

function judge(
  doc: Doc,
  countries: (Country | null)[],
  names: string[],
  negative: boolean,
  past: boolean,
  sentence: string,
  /** The countries are the subject of "is"/"are" (the `said` form): several not yet members may be judged. */
  subject = false,
): Pick<Annotation, 'verdict' | 'message' | 'fact' | 'factIds' | 'sources'> | null {
  const joined = countries.map((c) => (c ? factRange(c.nato!.joined).last : null));
  const isMember = joined.map((d) => d !== null && d <= doc.asOf);
  const members = countries.filter((c): c is Country => !!c);
  const sources = members.length ? sourcesOf(members[0].nato) : [];
  const factIds = members.length ? members.map((c) => c.id) : ['nato-members-now'];
  const facts = countries.map((c, i) =>
    !c
      ? `${names[i]} has never been a member of NATO.`
      : joined[i]! <= doc.asOf
        ? `${c.name} joined NATO on ${formatDay(joined[i]!)}.`
        : `${c.name} was not a member of NATO on ${formatDay(doc.asOf)}; it joined on ${formatDay(joined[i]!)}.`,
  );
  const fact = facts.join(' ');
  if (!negative) {
    // Members said to be members; a non-member said to be one is left to membership-nonmembers.ts; a country said to be one
    // days before its accession ("Finland is now officially a NATO member", 2 April 2023) is contradicted.
    if (!isMember.every(Boolean)) {
      // One of several named told as a member before it joined: "Sweden, Norway and Denmark, which are already members".
      // Round 42: or, as the subject of "are", several not yet members ("Finland and Sweden are members of the alliance", 29
      // June 2022): the claim is wrong for each; judged on the first within prematureAccession's reach (Finland there, 279
      // days ahead; Sweden's protocol was not yet signed). Not the names after a noun ("New NATO members Sweden and
      // Finland" is newMembersClaims', accession-premature.ts).
      const later = countries.filter((c, i) => c && !isMember[i]);
      let early: ReturnType<typeof prematureAccession> = null;
      if (countries.every(Boolean) && !past && (later.length === 1 || subject))
        for (const c of later) if ((early = prematureAccession(doc, c!, sentence))) break;
      return early && { ...early, fact, factIds, sources };
    }
    return { verdict: 'supported', message: fact, fact, factIds, sources };
  }
  if (past) return null;
  if (isMember.every((m) => !m)) return { verdict: 'supported', message: fact, fact, factIds, sources };
  // A member said not to be one: stale when it joined more than a month before, every member named sure, and the
  // sentence tells of no other time.
  const stale = countries.findIndex((c, i) => c && isMember[i] && joined[i]! <= addDays(doc.asOf, -STALE_AFTER_DAYS));
  if (stale < 0 || OTHER_TIME_RE.test(sentence) || !members.every((c) => c.nato!.confidence === 'verified') || !doc.dateCertain)
    return null;
  const c = countries[stale]!;
  // Round 48: a founder said not to be a member ("Norway and Iceland have not joined", January 2022, held-out 46 vg001) was
  // never outside NATO on any day NATO existed: not a stale fact but a wrong one.
  const founder = countries.find((f, i) => f && isMember[i] && joined[i]!.startsWith('1949'));
  if (founder)
    return {
      verdict: 'contradicted',
      message: `Not so: ${founder.name} is one of NATO's founding members; it signed the North Atlantic Treaty on April 4, 1949.`,
      fact,
      factIds,
      sources,
    };
  return {
    verdict: 'outdated',
    message: `Not so any more: ${c.name} joined NATO on ${formatDay(joined[stale]!)}.`,
    fact,
    factIds,
    sources,
  };
}
