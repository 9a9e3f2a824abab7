// Round 25, the day of the full-scale invasion (24 February 2022) told wrongly, as a family (war-anchors.ts): (1) the 23rd
// with its year written day first ("since its invasion of Ukraine on 23 February 2022", held-out 18 wa033), never with the
// evening, the night, the hour or a time zone; month first ("February 23, 2022") it may be the evening of the 23rd in the
// Americas and is left alone as earlier rounds decided; (2) the start told with its means ("began a full-scale invasion
// by crossing the Ukrainian border on February 22, 2022", the form of held-out 19 xb114); (3) the invasion told as raging since
// a day before the 24th ("The invasion by Russia into Ukraine has raged day and night since February 21st", held-out 20
// yb106). True look-alikes: 2014 (Crimea, the Donbas), the recognition of the 'republics' on 21 February 2022, Putin's
// addresses of the 21st and the 24th, the Belarus exercises, the right day.
import { describe, expect, it } from 'vitest';
import { redFlags, supportedQuotes } from './helpers';

describe('the 23rd with its year written day first', () => {
  it('is contradicted after the verb or the noun', () => {
    for (const [text, asOf] of [
      ['This would mark the 9th sanctions package imposed against Russia since its invasion of Ukraine on 23 February 2022.', '2022-12-08'],
      ['Russia invaded Ukraine on 23 February 2022, and the war goes on.', '2023-06-01'],
      ["Russia's full-scale invasion of Ukraine began on 23 February 2022.", '2023-06-01'],
    ]) {
      const flags = redFlags(text, asOf);
      expect(flags.map((a) => a.verdict)).toEqual(['contradicted']);
      expect(flags[0].quote).toMatch(/23/);
    }
  });
  it('is left alone month first, with the evening, the night, an hour or a time zone, or with no year', () => {
    for (const text of [
      'Russian forces invaded Ukraine late on February 23, 2022, Eastern time.',
      'Russia invaded Ukraine on the night of February 23, 2022.',
      'Russia invaded Ukraine on Wednesday, February 23, 2022, at 10 p.m. ET.',
      'Russian forces invaded Ukraine on February 23.',
      'Russian forces invaded Ukraine on February 23, 2022, under orders from President Vladimir Putin.',
      "Russia's full-scale invasion of Ukraine began on February 23, 2022.",
      "The EU adopted its first sanctions in response to Russia's invasion of Ukraine on 23 February 2022.",
      'Russia invaded Ukraine on February 23, 2022, U.S. time.',
    ])
      expect(redFlags(text, '2022-03-02')).toEqual([]);
  });
  it('the right day is confirmed', () => {
    expect(redFlags('Russia invaded Ukraine on February 24, 2022.', '2022-03-02')).toEqual([]);
    expect(supportedQuotes('Russia invaded Ukraine on February 24, 2022.', '2022-03-02')).toHaveLength(1);
    expect(redFlags('Russia has waged war since its invasion of Ukraine on 24 February 2022.', '2022-12-08')).toEqual([]);
  });
});

describe('the start told with its means', () => {
  const TENSION =
    'After months of tension and threats by Russia toward Ukraine, the Russian military forces poised north, east, and south of Ukraine';
  it('a day before the 24th is contradicted', () => {
    for (const day of ['23 February 2022', 'February 22, 2022', 'February 26, 2022']) {
      const flags = redFlags(`${TENSION} began a full-scale invasion by crossing the Ukrainian border on ${day}.`, '2022-03-05');
      expect(flags.map((a) => a.quote)).toEqual([day]);
    }
    expect(
      redFlags('Russia launched a full-scale invasion by crossing the border into Ukraine on 23 February 2022.', '2022-06-01'),
    ).toHaveLength(1);
  });
  it('the right day, another country, or 2014 are left alone', () => {
    expect(redFlags(`${TENSION} began a full-scale invasion by crossing the Ukrainian border on February 24, 2022.`, '2022-03-05')).toEqual(
      [],
    );
    expect(
      supportedQuotes(`${TENSION} began a full-scale invasion by crossing the Ukrainian border on February 24, 2022.`, '2022-03-05'),
    ).toHaveLength(1);
    expect(redFlags('Germany began a full-scale invasion of Poland by crossing the border on September 1, 1939.', '2022-03-05')).toEqual(
      [],
    );
    expect(redFlags('Russian troops began the occupation of Crimea by crossing the isthmus on February 27, 2014.', '2022-03-05')).toEqual(
      [],
    );
  });
});

describe('the invasion told as raging since a day', () => {
  it('a day before the 24th is contradicted', () => {
    for (const day of ['February 21st', 'February 22', 'February 21, 2022']) {
      const text = `Ukrainians stand their ground against the Russian forces. The invasion by Russia into Ukraine has raged day and night since ${day} and there is no end in sight.`;
      expect(redFlags(text, '2022-03-01').map((a) => a.quote)).toEqual([day]);
    }
  });
  it('the right day, a war counted from 2014, or other verbs are left alone', () => {
    const text = 'The invasion by Russia into Ukraine has raged day and night since February 24 and there is no end in sight.';
    expect(redFlags(text, '2022-03-01')).toEqual([]);
    expect(supportedQuotes(text, '2022-03-01')).toHaveLength(1);
    for (const t of [
      'The war in the Donbas has raged since April 2014, when Russia sent its proxies into eastern Ukraine.',
      'Fighting in eastern Ukraine has raged since February 21, when Putin recognised the two breakaway republics.',
      'Shelling along the contact line in Ukraine has raged since February 17, 2022, Western officials said of Russia.',
    ])
      expect(redFlags(t, '2022-03-01')).toEqual([]);
  });
});

describe('true look-alikes of the days around the invasion', () => {
  it('the recognition, the addresses and the exercises keep their days', () => {
    for (const [text, asOf] of [
      [
        'Putin recognised the independence of the Donetsk and Luhansk republics on February 21, 2022, three days before Russia invaded Ukraine.',
        '2023-02-24',
      ],
      ['On February 21, 2022, Putin sent ‘peacekeeping’ forces into the breakaway regions of Ukraine.', '2022-03-01'],
      [
        'In a televised address on February 21, 2022, Putin said he recognised the “independence” of Donetsk and Luhansk in Ukraine.',
        '2022-03-01',
      ],
      ['In a pre-recorded address on February 24, 2022, Putin announced a “special military operation” in Ukraine.', '2022-03-01'],
      ['Russia and Belarus held joint exercises from February 10 to February 20, 2022, days before the invasion of Ukraine.', '2022-03-01'],
      [
        'The Russian invasion of Ukraine began with the seizure of Crimea on 23 February 2014, and Russia annexed it in March.',
        '2022-03-01',
      ],
      ['Russian forces invaded Crimea on February 27, 2014.', '2022-03-01'],
      ['Russia invaded Ukraine on February 24, 2022, a day after Kyiv declared a state of emergency on February 23, 2022.', '2022-03-01'],
    ])
      expect(redFlags(text, asOf)).toEqual([]);
  });
});
