// Round 31 precision: the mechanism behind the red flag on a true sentence of this round's blind set (held-out 30,
// scored at the round's start), mended in general form and probed with sentences of our own:
// nd005, "British Prime Minister Boris Johnson" in a retrospective of January 2024 on the Istanbul talks of March 2022.
// The page tells of one past time, then goes on in the past tense with no other time; only a page with two or more past
// times counted as one about the past, so the title was judged as of the page's day (narrated-time.ts, toldInThePast).
// A news sentence in the past tense after a paragraph about a past time is not flagged either (pastToldInParagraphsBefore).
import { describe, expect, it } from 'vitest';
import { analyze, saidRed } from './helpers';

// A retrospective with a single past time and a dozen sentences in the past tense.
const retrospective = (title: string) =>
  [
    'In March 2022, delegations from Russia and Ukraine sat down at a palace on the Bosphorus.',
    'The mood in the hall was tense.',
    'Negotiators traded drafts late into the night.',
    'One delegate joked about the coffee.',
    'Both sides drew up a list of guarantors.',
    'The talks ended without a signed text.',
    `Weeks later, ${title} travelled to Kyiv and, by most accounts, has urged Zelensky to keep fighting.`,
  ].join('\n\n');

describe('a stale title on a page told in the past tense around one past time', () => {
  it('is not flagged when it held at that time', () => {
    for (const title of [
      'British Prime Minister Boris Johnson',
      'Ukrainian Defence Minister Oleksii Reznikov',
      'Italian Prime Minister Mario Draghi',
    ])
      expect(saidRed(retrospective(title), '2024-01-15'), title).toEqual([]);
  });
  it('is not confirmed when it did not hold at that time either', () => {
    const found = analyze(retrospective('British Prime Minister Theresa May'), '2024-01-15').filter((a) => a.quote.includes('Theresa May'));
    expect(found.map((a) => a.verdict)).not.toContain('supported');
  });
  it('is still flagged on a page that tells of its own present', () => {
    const text = retrospective('British Prime Minister Boris Johnson').replace(
      'The mood in the hall was tense.',
      'Today the talks are frozen and the front is quiet.',
    );
    expect(saidRed(text, '2024-01-15')).toHaveLength(1);
  });
  it('is still flagged on a page told in the present tense', () => {
    const text = [
      'In March 2022, delegations from Russia and Ukraine sat down in Istanbul.',
      'Ukraine says it wants guarantees.',
      'Russia says it wants neutrality.',
      'Analysts say the gap is wide.',
      'Europe is watching closely.',
      'British Prime Minister Boris Johnson says Kyiv must win.',
    ].join('\n\n');
    expect(saidRed(text, '2024-01-15')).toHaveLength(1);
  });
});

describe('a stale title in a past-tense sentence after paragraphs about a past time', () => {
  it('is not flagged when it held at that time', () => {
    for (const text of [
      'In March 2022, delegations met in Istanbul.\n\nAfter the talks, British Prime Minister Boris Johnson came to Kyiv.',
      'The alliance met in Madrid in June 2022.\n\nThere, Swedish Prime Minister Magdalena Andersson signed a memorandum with Turkey.',
      'Finland applied in May 2022.\n\nFinnish Prime Minister Sanna Marin called it a historic step.',
    ])
      expect(saidRed(text, '2024-01-15'), text).toEqual([]);
  });
  it('is still flagged when a present comes in between, or the sentence is told in the present', () => {
    for (const text of [
      'In March 2022, delegations met in Istanbul. Today the talks are frozen.\n\nBritish Prime Minister Boris Johnson said Kyiv must win.',
      'In March 2022, delegations met in Istanbul.\n\nBritish Prime Minister Boris Johnson says Kyiv must win.',
      'In March 2022, delegations met in Istanbul.\n\nOn Monday, British Prime Minister Boris Johnson said Kyiv must win.',
    ])
      expect(saidRed(text, '2024-01-15'), text).toHaveLength(1);
  });
});

// Round 31 look-alike probe: "back then", "at the time", "in those days" point to a time the page told of before.
describe('a stale title after an adverb pointing back to a time told before', () => {
  it('is not flagged', () => {
    for (const text of [
      'Back then, Dutch Prime Minister Mark Rutte pushed for sanctions.',
      'Back then, Mark Rutte, the prime minister of the Netherlands, pushed for sanctions.',
      'At the time, NATO Secretary General Jens Stoltenberg called it a turning point.',
      'In those days, German Chancellor Angela Merkel still hoped for a deal.',
    ])
      expect(saidRed(text, '2025-06-01'), text).toEqual([]);
  });
  it('is still flagged after a turn to the present', () => {
    for (const text of [
      'Back then the talks failed, but today Dutch Prime Minister Mark Rutte says sanctions work.',
      'At the time, nobody listened; now NATO Secretary General Jens Stoltenberg warns of a long war.',
      'Dutch Prime Minister Mark Rutte said on Monday that back then nobody listened.',
    ])
      expect(saidRed(text, '2025-06-01'), text).toHaveLength(1);
  });
});
