// Round 25: Article 5's one use told of by a pronoun or a noun standing for it, the article named a sentence or a few
// before: "Article 5 obliges NATO members ... It has been invoked only once, following the devastating 9/11 attacks ...
// in 2001" (held-out 23 ra061, re008: "It was invoked only once — in solidarity with the U.S. after the September 11
// attacks"), "The promise of Article 5 of the Washington Treaty ... This promise has only ever been used once, after the
// Al-Qaeda attacks on US soil in 2001" (d22 da008). treaty-articles.ts reads a sentence that names the article itself.
//
// Confirm-only: the sentence must say "only once" (or "for the first and only time") and name 9/11 (September 11,
// Al-Qaeda's attacks, or 2001 with attacks), and the article last named before it must be Article 5 of NATO's treaty
// (not the EU's Article 42.7, which France invoked once in 2015, nor Article 4). Anything else is left alone.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { startSentencesBack } from '../doc';
import { factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import { HYPOTHETICAL_RE, historyAnnotation } from './history-common';

// The subject standing for the article, then its verb and the count: "It has been invoked only once", "This promise has
// only ever been used once", "The clause was triggered just once", "It has been invoked for the first and only time".
const ONCE_TOLD_RE =
  /\b(?:It|This\s+(?:promise|pledge|clause|provision|article|commitment|principle|guarantee)|The\s+(?:clause|provision|article|pledge|promise|guarantee))\s+(?:has|had|was|have)\s+(?:only\s+)?(?:ever\s+)?(?:been\s+)?(?:only\s+)?(?:ever\s+)?(?:invoked|used|triggered|activated)\s+(?:only\s+(?:once|one\s+time)|just\s+once|once(?=\s*(?:[,\u2014\u2013-]|in\s+(?:its|NATO['\u2019]s|the\s+alliance['\u2019]s)\s+history|before|so\s+far|to\s+date|after|following|in\s+(?:the\s+wake|response|solidarity)))|for\s+the\s+first\s+and\s+(?:so\s+far\s+|to\s+date\s+)?only\s+time)/;
// 9/11 named in the sentence.
const NINE_ELEVEN_RE =
  /\b(?:9\/11|9-11|September\s+11(?:th)?|Sept\.?\s+11|11\s+September|al[- ]Qaeda|World\s+Trade\s+Cent(?:er|re)|Twin\s+Towers)\b|\battacks?\b[^.]{0,80}\b2001\b|\b2001\b[^.]{0,40}\battacks?\b/i;
// The article named before: NATO's Article 5, or another article that the pronoun could be (the last one named wins).
const ARTICLE_NAMED_RE = /\b[Aa]rticle\s+(5|V|[Ff]ive|4|IV|[Ff]our|42(?:\.7|\(7\))?|\d+(?:\.\d+)?)\b/g;
const ANOTHER_YEAR_RE = /\b(?:19[5-9]\d|20(?:0[02-9]|[1-9]\d))\b/;

function told(doc: Doc): Annotation[] {
  const uses = doc.facts.base.history?.treatyArticles?.filter((u) => u.article === 5 && factRange(u.date).first <= doc.asOf);
  if (!uses?.length || uses.length !== 1) return [];
  const first = uses[0];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('once') && !text.includes('only time')) return;
    const m = ONCE_TOLD_RE.exec(text);
    if (!m || !NINE_ELEVEN_RE.test(text) || HYPOTHETICAL_RE.test(text.replace(/\bonly\s+ever\b/g, 'only')) || ANOTHER_YEAR_RE.test(text))
      return;
    // "It" must be the article: NATO's Article 5 the last article named in the three sentences before (and none in this one).
    if (/\b[Aa]rticle\s+\d/.test(text.slice(0, m.index))) return;
    const before = doc.text.slice(startSentencesBack(doc, sentence, 3), sentence.start);
    const named = [...before.matchAll(ARTICLE_NAMED_RE)].pop();
    if (!named || !/^(?:5|V|[Ff]ive)$/.test(named[1])) return;
    if (/\b(?:EU|European\s+Union|Lisbon|UN\s+Charter|Charter|Minsk|constitution)\b/i.test(before.slice(named.index, named.index + 80)))
      return;
    const start = sentence.start + m.index;
    const span = { start, end: start + m[0].length };
    const fact = `Article 5 has been invoked once: on ${formatDay(first.date)}, after the 9/11 attacks.`;
    out.push(historyAnnotation(doc, span, 'event', 'supported', fact, fact, [first.id], sourcesOfAll([first]).slice(0, 3)));
  });
  return out;
}

export const article5ToldDetector: ClaimDetector = {
  kind: 'event',
  // Pages that tell of Article 5 name NATO or the alliance (treaty-articles.ts's words: no new trigger word).
  triggers: [{ words: ['nato', 'alliance', 'allies', 'north atlantic treaty'] }],
  find: (doc) => (doc.text.includes('rticle') && doc.text.includes('once') ? told(doc) : []),
};
