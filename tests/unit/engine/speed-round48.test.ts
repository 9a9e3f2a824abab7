// Speed, round 48. Two changes that must not change what the engine says:
// - summit-by-place.ts reads the summits on record with a place (placedSummits) instead of every event, and works out the
//   window's two days once per question; summit-forms.ts withParticipants reads the held, verified summits with a place
//   (heldPlacedSummits): the same summit is found, or none, as before (events-round47.test.ts and summit-forms.test.ts
//   hold the readings; here a few of them again, with a summit of another club at the same place and a busy capital).
// - the fact base's events, offices, holders and people are each rebuilt with every field of their schema, in the schema's
//   order (load.ts uniformBase), so that V8 gives each kind one hidden class: the values read are the checked data's.
import { describe, expect, it } from 'vitest';
import { eventsOn, saidConfirmed } from './helpers';
import { getFacts } from '../../../src/facts';
import { rawFactBase } from '../../../src/facts/data';
import { parseFactBase } from '../../../src/facts/load';

describe('a NATO summit named by its place alone, read from the summits on record', () => {
  const confirmed = (text: string, asOf: string) => saidConfirmed(text, asOf).filter((s) => /summit/i.test(s));
  it('is confirmed where one NATO summit on record fits', () => {
    for (const [text, asOf] of [
      // held-out 45 uy011, ur016 (events-round47.test.ts)
      [
        'During the summit in The Hague, NATO Secretary General Mark Rutte warned that Russia could strike a NATO member within three years.',
        '2025-06-26',
      ],
      [
        'bolstering the eastern flank of the NATO alliance at the summit in Vilnius, Lithuania, in the summer, according to officials.',
        '2023-02-01',
      ],
      ['the July summit in Washington', '2024-10-01'],
    ] as const)
      expect(confirmed(text, asOf), text).not.toEqual([]);
  });
  it('is not, with another summit on record there then, out of the window, or a busy capital with no time', () => {
    for (const [text, asOf] of [
      // The Eastern Partnership summit of 28-29 November 2013 in Vilnius: not NATO's, so none is read.
      ['the summit in Vilnius', '2013-11-28'],
      // A year and more after the Vilnius summit of July 2023.
      ['the summit in Vilnius in early July', '2024-10-01'],
      ['the summit in Brussels', '2022-12-15'],
    ] as const)
      expect(confirmed(text, asOf), text).toEqual([]);
  });
});

describe('a summit told by two of its participants and its place, read from the held summits with a place', () => {
  // summit-forms.ts withParticipants (summit-forms.test.ts): UNIAN, 9 December 2019,
  // https://www.unian.info/politics/10786946-normandy-summit-begins-in-paris-photos.html
  const text =
    'A Normandy summit of four leaders \u2013 Volodymyr Zelensky of Ukraine, Vladimir Putin of Russia, Angela Merkel of Germany, and Emmanuel Macron of France \u2013 has begun in Paris.';
  it('is identified on its day', () => {
    expect(eventsOn(text, 'has begun in Paris', '2019-12-09').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'normandy-summit-2019-12-09'],
    ]);
  });
  it('is not, a month later with no date told', () => {
    expect(eventsOn(text, 'has begun in Paris', '2020-01-15').filter((a) => a.factIds[0] === 'normandy-summit-2019-12-09')).toEqual([]);
  });
});

describe('the fact base records of one kind share one shape and hold the checked values', () => {
  const checked = parseFactBase(rawFactBase);
  const { base } = getFacts();
  const lists = [
    ['events', base.events, checked.events],
    ['offices', base.offices, checked.offices],
    ['holders', base.offices.flatMap((o) => o.holders), checked.offices.flatMap((o) => o.holders)],
    ['people', base.people, checked.people],
  ] as const;
  it.each(lists)('%s: the same fields in the same order in every record', (_, records) => {
    const shapes = new Set(records.map((r) => Object.keys(r).join(',')));
    expect(shapes.size).toBe(1);
  });
  it.each(lists)('%s: the same values as the checked data, record by record', (_, records, original) => {
    expect(records.length).toBe(original.length);
    records.forEach((r, i) => expect(JSON.stringify(r)).toBe(JSON.stringify(original[i])));
  });
  it('the index holds the rebuilt records', () => {
    const facts = getFacts();
    expect(facts.events.get(base.events[0].id)).toBe(base.events[0]);
    expect(facts.offices.get(base.offices[0].id)).toBe(base.offices[0]);
    expect(facts.people.get(base.people[0].id)).toBe(base.people[0]);
    const holder = base.offices[0].holders[0];
    expect(facts.officesByPerson.get(holder.person)).toContain(base.offices[0]);
  });
});
