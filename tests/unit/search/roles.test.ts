// Role questions in the popup's lookup, over the real, bundled fact base: a reader types an
// office ("dutch pm", "who leads germany", "german chancellor 2019") and gets its holder on the
// day asked about first, then the earlier holders newest first; a name still beats everything.
import { describe, expect, it } from 'vitest';
import { getFacts } from '../../../src/facts/index';
import { horizonFor } from '../../../src/facts/horizon';
import { createSearchIndex, type PersonHit, type SearchHit } from '../../../src/search/index';
import { overlaps } from '../../../src/search/query';
import { roleLine } from '../../../src/ui/popup/HitCard';
import { formatDate } from '../../../src/ui/popup/format';

const facts = getFacts();
const index = createSearchIndex(facts);
const horizon = horizonFor(facts);
// A reader's today within the checked period, so that "today" answers are "in office today".
const TODAY = horizon;
const search = (query: string, today = TODAY): SearchHit[] => index.search(query, { today });
const first = (query: string, today = TODAY) => search(query, today)[0];

/** Who held an office on a day, read straight from the data. */
function holderOn(officeId: string, day: string): string {
  const office = facts.offices.get(officeId);
  if (!office) throw new Error(`no office ${officeId}`);
  const holders = office.holders.filter((h) => overlaps(h.start, h.end, day, day));
  expect(holders, `${officeId} on ${day}`).toHaveLength(1);
  return holders[0]!.person;
}

/** The office's holders as a role question should list them when undated: the one on `day`, then the others newest first, each once. */
function expectedOrder(officeId: string, day: string): string[] {
  const office = facts.offices.get(officeId)!;
  const current = holderOn(officeId, day);
  const others = [...office.holders].sort((a, b) => (a.start < b.start ? 1 : -1)).map((h) => h.person);
  return [...new Set([current, ...others])];
}

const answers = (hits: SearchHit[]) => hits.filter((hit): hit is PersonHit => hit.kind === 'person' && hit.answer != null);

describe('role questions: the holder today first, then the earlier ones newest first', () => {
  const cases: Array<[query: string, officeId: string]> = [
    ['nato secretary general', 'nato-secretary-general'],
    ['NATO Secretary-General', 'nato-secretary-general'],
    ['nato chief', 'nato-secretary-general'],
    ['prime minister of portugal', 'prt-prime-minister'],
    ['portuguese pm', 'prt-prime-minister'],
    ['dutch pm', 'nld-prime-minister'],
    ['who is the current dutch pm', 'nld-prime-minister'],
    ['french president', 'fra-president'],
    ['kremlin spokesman', 'kremlin-spokesman'],
    ['uk foreign secretary', 'gbr-foreign-secretary'],
    ['us secretary of state', 'us-secretary-of-state'],
    ['dutch fm', 'nld-foreign-minister'],
    ['german chancelor', 'deu-chancellor'],
  ];
  for (const [query, officeId] of cases) {
    it(`"${query}" is ${officeId}`, () => {
      const hits = answers(search(query));
      // An office checked less recently than the base (its own checkedThrough) is answered as of that day.
      const checked = horizonFor(facts, { office: officeId });
      const answer = TODAY > checked ? { kind: 'as-of', day: checked } : { kind: 'current', day: TODAY };
      expect(hits.map((hit) => hit.id)).toEqual(expectedOrder(officeId, answer.day));
      expect(hits[0]).toMatchObject({ answer, matchedRole: { officeId } });
      for (const hit of hits.slice(1)) expect(hit.answer?.kind).toBe('other');
      // The holders come before anything else the words matched.
      expect(search(query).slice(0, hits.length)).toEqual(hits);
    });
  }

  it('no longer lists the first Secretary General (1952) first', () => {
    expect(first('nato secretary general')).toMatchObject({ id: 'mark-rutte' });
    expect(first('prime minister of portugal')?.id).not.toBe('antonio-costa');
  });

  it('answers for the reader’s date: in 2019 the NATO Secretary General was Stoltenberg', () => {
    expect(first('nato secretary general', '2019-06-01')).toMatchObject({ id: 'jens-stoltenberg', answer: { kind: 'current' } });
  });
});

describe('role questions: head of government, head of state', () => {
  it('"who leads germany" is the chancellor, not a Berlin meeting', () => {
    expect(first('who leads germany')).toMatchObject({
      id: holderOn('deu-chancellor', TODAY),
      matchedRole: { officeId: 'deu-chancellor' },
    });
  });

  it('"head of government of X" is X’s head of government', () => {
    expect(first('head of government of portugal')).toMatchObject({ matchedRole: { officeId: 'prt-prime-minister' } });
    expect(first('head of government of germany')).toMatchObject({ matchedRole: { officeId: 'deu-chancellor' } });
  });

  it('"head of state of X" is X’s head of state', () => {
    expect(first('head of state of germany')).toMatchObject({
      id: holderOn('deu-president', TODAY),
      matchedRole: { officeId: 'deu-president' },
    });
    expect(first('head of state of the netherlands')).toMatchObject({ matchedRole: { officeId: 'nld-monarch' } });
  });

  it('a qualifier typed whole is not the start of another ("uk" is not "ukraine")', () => {
    const hits = answers(search('head of state of the uk'));
    expect(hits.map((hit) => hit.matchedRole?.officeId)).toEqual(hits.map(() => 'gbr-monarch'));
    expect(answers(search('who leads the uk')).every((hit) => hit.matchedRole?.officeId === 'gbr-prime-minister')).toBe(true);
  });

  it('an office that heads both state and government answers either', () => {
    expect(first('who leads the us')).toMatchObject({ matchedRole: { officeId: 'us-president' } });
    expect(first('head of state of the us')).toMatchObject({ matchedRole: { officeId: 'us-president' } });
  });

  it('takes the data’s word for a leader it names by a fixed title ("Russian leader": the president)', () => {
    expect(facts.offices.get('russia-president')?.fixedTitles).toContain('russian leader');
    expect(first('who leads russia')).toMatchObject({ id: 'vladimir-putin', matchedRole: { officeId: 'russia-president' } });
  });
});

describe('role questions with a year or a date', () => {
  it.each([
    ['german chancellor 2019', 'angela-merkel', 'deu-chancellor'],
    ['who was us president in 2022', 'joe-biden', 'us-president'],
    ['us president 2018', 'donald-trump', 'us-president'],
    ['nato chief in 2015', 'jens-stoltenberg', 'nato-secretary-general'],
    ['german chancellor 2022-02-24', 'olaf-scholz', 'deu-chancellor'],
    ['who was dutch pm in 2023', 'mark-rutte', 'nld-prime-minister'],
  ])('"%s" is %s', (query, person, officeId) => {
    expect(first(query)).toMatchObject({ id: person, matchedRole: { officeId }, answer: { kind: 'on-date' } });
  });

  it('lists no other office’s holders, nor anyone when the data’s list does not reach the year', () => {
    expect(search('italian pm 2019').filter((hit) => hit.kind === 'person')).toEqual(answers(search('italian pm 2019')));
    const first = facts.offices.get('deu-chancellor')!.holders[0]!;
    // The data's list of chancellors starts with Kohl in 1982: Schmidt's 1975 is not in it.
    expect(first.start > '1975').toBe(true);
    expect(search('german chancellor in 1975').filter((hit) => hit.kind === 'person')).toEqual([]);
  });

  it('puts the holder for most of the year first, and lists only those in office that year', () => {
    const hits = answers(search('uk prime minister 2022'));
    expect(hits.map((hit) => hit.id)).toEqual(['boris-johnson', 'rishi-sunak', 'liz-truss']);
    for (const hit of hits) expect(overlaps(hit.matchedRole!.start, hit.matchedRole!.end, '2022-01-01', '2022-12-31')).toBe(true);
  });
});

describe('role questions past the knowledge horizon', () => {
  const later = '2099-01-01';

  it('names the holder as of the day the fact base was checked, not today', () => {
    const hit = first('dutch pm', later) as PersonHit;
    const checked = horizonFor(facts, { office: 'nld-prime-minister' });
    expect(hit).toMatchObject({ id: holderOn('nld-prime-minister', checked), answer: { kind: 'as-of', day: checked } });
    expect(roleLine(hit, hit.matchedRole!)).toContain(`in office as of ${formatDate(checked)}`);
    expect(roleLine(hit, hit.matchedRole!)).not.toContain('today');
  });

  it('a year past the horizon gets the same answer, said the same way', () => {
    expect(first('german chancellor 2098', later)).toMatchObject({
      answer: { kind: 'as-of' },
      matchedRole: { officeId: 'deu-chancellor' },
    });
  });

  it('within the horizon says "in office today"', () => {
    const hit = first('dutch pm') as PersonHit;
    expect(roleLine(hit, hit.matchedRole!)).toMatch(/· in office today$/);
    const dated = first('german chancellor 2019') as PersonHit;
    expect(roleLine(dated, dated.matchedRole!)).toContain('in office in 2019');
  });
});

describe('names and other lookups are not role questions', () => {
  it.each([
    ['stoltenbrg', 'jens-stoltenberg'],
    ['zelenskiy', 'volodymyr-zelenskyy'],
    ['putin', 'vladimir-putin'],
    ['rutte', 'mark-rutte'],
    ['luis montenegro', 'luis-montenegro'],
    ['king charles', 'king-charles-iii'],
    ['merkel 2019', 'angela-merkel'],
  ])('"%s" is still %s, found by name', (query, id) => {
    const hit = first(query);
    expect(hit).toMatchObject({ kind: 'person', id });
    expect((hit as PersonHit).answer).toBeUndefined();
  });

  it('a name that is also a country stays listed after the role answer ("montenegro pm")', () => {
    const hits = search('montenegro pm');
    expect(hits[0]).toMatchObject({ matchedRole: { officeId: 'mne-prime-minister' } });
    expect(hits.map((hit) => hit.id)).toContain('luis-montenegro');
  });

  it('"rosneft" still lists its designations first', () => {
    expect(first('rosneft')).toMatchObject({ kind: 'sanction' });
  });

  it('a country alone is the member state; a summit is an event', () => {
    expect(first('germany')).toMatchObject({ kind: 'member', id: 'deu' });
    expect(first('nato summit')).toMatchObject({ kind: 'event' });
  });

  it('a letter or two being typed is a name, not every office with a role that begins so', () => {
    expect(answers(search('p'))).toEqual([]);
    expect(answers(search('pre'))).toEqual([]);
  });
});
