// Round 34, classes mined from the quote-level misses of held-out 13–32 (sentences of our own unless an id is given).
// 1. NATO's member count told of the alliance by what it is, with NATO not named before it: "a military alliance comprising
//    30 member countries", "all 31 members of the military alliance", "there are 30 member states in the alliance" (a quote
//    read alone, or a page that names no other body).
// 2. A weekday written against a date that falls on another weekday, in a text that names no one and no meeting (the
//    weekday check, weekday-days.ts, only ran where the event reader's words were).
// 3. A member told as NATO's latest ("most recently", "the most recent being", "its last/newest member –") when a later
//    one had joined, with NATO not named but the accession told by its own year or day (membership-told.ts).
import { describe, expect, it } from 'vitest';
import { expectNoRed, saidConfirmed, saidRed } from './helpers';

describe('a member count told of a military alliance not named', () => {
  it('is outdated when the count is an old one of NATO, in several wordings', () => {
    // fe002 (held-out 25), ga046 (held-out 26), ud308 (held-out 16), ub112 (held-out 16): real quotes.
    expect(saidRed('a military alliance comprising 30 member countries', '2023-12-01')).toEqual([
      'outdated: a military alliance comprising 30 member countries',
    ]);
    expect(saidRed('all 31 members of the military alliance', '2025-06-20')).toEqual(['outdated: all 31 members of the military alliance']);
    expect(saidRed('an intergovernmental military alliance between 30 North American and European countries', '2024-07-10')).toEqual([
      'outdated: an intergovernmental military alliance between 30 North American and European countries',
    ]);
    expect(saidRed('a political and military Alliance of 28 member countries', '2022-02-24')).toEqual([
      'outdated: a political and military Alliance of 28 member countries',
    ]);
    // Other wordings, other counts and days.
    expect(saidRed('Leaders of the transatlantic alliance of 29 nations gathered on Tuesday.', '2021-06-14')).toEqual([
      'outdated: the transatlantic alliance of 29 nations',
    ]);
    expect(saidRed('The summit brought together a security alliance that now has 28 members.', '2019-12-03')).toEqual([
      'outdated: a security alliance that now has 28 members',
    ]);
    expect(saidRed('Ministers of the 30 member states of the defence alliance met in Brussels.', '2024-02-15')).toEqual([
      'outdated: the 30 member states of the defence alliance',
    ]);
  });
  it('counts a member count reached only later as not yet, once the protocol is signed', () => {
    // gf001 (held-out 26): March 2019, North Macedonia's protocol signed, the 30th only in March 2020.
    expect(saidRed('the military alliance numbering 30 countries', '2019-03-01')).toEqual([
      'contradicted: the military alliance numbering 30 countries',
    ]);
  });
  it('confirms the count of the day and says nothing of other alliances, the past or a page naming another body', () => {
    expect(saidConfirmed('a military alliance comprising 32 member countries', '2025-06-20').join()).toMatch(/32 member countries/);
    expect(saidConfirmed('all 31 members of the military alliance', '2023-12-01').join()).toMatch(/all 31 members/);
    expectNoRed([
      ['The coalition of the willing, a military alliance of 31 countries, met in Paris.', '2025-06-20'],
      ['The Warsaw Pact was a military alliance of eight countries.', '2025-06-20'],
      ['The Rio Pact, a defense alliance of 19 countries, was signed in 1947.', '2025-06-20'],
      ['The Quad is a security alliance of four countries.', '2025-06-20'],
      ['AUKUS was founded in 2021. It is a security alliance of 3 nations.', '2025-06-20'],
      ['When Spain joined, it was a military alliance of 16 countries.', '2025-06-20'],
      ['It was once a military alliance of 16 members.', '2025-06-20'],
      ['Founded in 1949 as a military alliance of 12 countries, it now has 32.', '2025-06-20'],
      ['In 2004 the military alliance of 26 members expanded again.', '2025-06-20'],
      ['The EU summit spoke of building a defence alliance of 27 member states.', '2025-06-20'],
      ['The Joint Expeditionary Force met. The security alliance of 10 nations trains together.', '2025-06-20'],
      ['a military alliance comprising 30 member countries', '2022-06-20'],
    ]);
  });
});

describe('a weekday against a date of another weekday, with no one named', () => {
  it('is contradicted, in several wordings', () => {
    // o108 (held-out 14), wd308 (18), pd002 (22), jg005 (27): real quotes.
    expect(saidRed('His inauguration ceremony is scheduled for the afternoon of Friday, December 1', '2024-11-22')).toEqual([
      'contradicted: Friday, December 1',
    ]);
    expect(saidRed('Tuesday evening on June 23, 2025', '2025-06-24')).toEqual(['contradicted: Tuesday evening on June 23, 2025']);
    expect(saidRed('turned into a heated confrontation on Friday, March 03, 2025', '2025-03-03')).toEqual([
      'contradicted: on Friday, March 03, 2025',
    ]);
    expect(saidRed('Announcing tough new sanctions on Wednesday, February 24th', '2022-03-09')).toEqual([
      'contradicted: on Wednesday, February 24th',
    ]);
    // Other days and orders.
    expect(saidRed('The vote is expected on Monday, 15 October 2024.', '2024-10-01')).toEqual(['contradicted: Monday, 15 October 2024']);
    expect(saidRed('Talks resumed Thursday (10 January 2025) in Geneva.', '2025-01-12')).toEqual([
      'contradicted: Thursday (10 January 2025)',
    ]);
    expect(saidRed('It will open on Sunday, March 3, after a week of delays.', '2025-02-20')).toEqual(['contradicted: on Sunday, March 3']);
  });
  it('says nothing of a right weekday, two days, a recurring day or a date far from the page without its year', () => {
    expectNoRed([
      ['The meeting took place on Friday, February 28, 2025.', '2025-03-03'],
      ['The talks ran on Thursday and Friday, April 3 and 4, 2025.', '2025-04-05'],
      ['Shops close every Friday, 5 pm.', '2025-03-03'],
      ['The fair opens on Friday, December 1.', '2024-03-03'],
      ['The vote is expected on Monday, 14 October 2024.', '2024-10-01'],
      ['It will open on Sunday, March 2, after a week of delays.', '2025-02-20'],
      ['On Monday, 24 February 2025, ministers met.', '2025-02-26'],
      ['Ukraine marked Independence Day on Sunday, August 24.', '2025-08-25'],
    ]);
  });
});

describe('a member told as the latest when a later one had joined, NATO known by the accession told', () => {
  it('is outdated, in several wordings', () => {
    // qf007, qf008, qf010 (held-out 31), se010 (24), c116 (13): real quotes.
    expect(saidRed('most recently, Finland became a member on April 4, 2023', '2024-04-04')).toEqual([
      'outdated: most recently, Finland became a member on April 4, 2023',
    ]);
    expect(saidRed('most recently, Finland became its member on April 4, 2023', '2024-04-05')).toEqual([
      'outdated: most recently, Finland became its member on April 4, 2023',
    ]);
    expect(saidRed('Most recently, Finland became the 31st member in April 2023', '2024-04-04')).toEqual([
      'outdated: Most recently, Finland became the 31st member in April 2023',
    ]);
    expect(saidRed('the most recent being the accession of North Macedonia in 2020', '2025-02-04')).toEqual([
      'outdated: the most recent being the accession of North Macedonia in 2020',
    ]);
    expect(saidRed('Since enrolling its last member – Montenegro in 2017', '2024-02-20')).toEqual([
      'outdated: its last member – Montenegro in 2017',
    ]);
    // Other members, days and wordings.
    expect(saidRed('Its newest member: Finland (2023).', '2025-06-04')).toEqual(['outdated: Its newest member: Finland']);
    expect(saidRed('Most recently, North Macedonia joined on 27 March 2020.', '2023-09-01')).toEqual([
      'outdated: Most recently, North Macedonia joined on 27 March 2020',
    ]);
    expect(saidRed('The latest was the accession of Montenegro in 2017.', '2021-01-10')).toEqual([
      'outdated: The latest was the accession of Montenegro in 2017',
    ]);
  });
  it('confirms the latest, and says nothing of another day, a year shared with the EU, another club or a past time', () => {
    expect(saidConfirmed('The most recent being the accession of Sweden in 2024.', '2024-06-04').join()).toMatch(/Sweden in 2024/);
    expect(saidConfirmed('the most recent being the accession of Montenegro in 2017', '2019-06-04').join()).toMatch(/Montenegro/);
    expectNoRed([
      ['most recently, Finland became a member on April 5, 2023', '2024-04-04'],
      ['most recently, Latvia became a member in 2004', '2024-06-04'],
      ['The EU grew. Most recently, Croatia became a member in 2013', '2024-06-04'],
      ['The last member state to ratify was Hungary in 2024.', '2024-06-04'],
      ['Its newest member, Finland, joined in 2023.', '2025-06-04'],
      ['The Nordic country is NATO’s newest member, Finland’s president said.', '2025-09-01'],
      ['The most recent addition was Finland in 2023, followed by Sweden in 2024.', '2025-06-04'],
      ['In 2021, its last member – North Macedonia in 2020 – had just joined.', '2025-06-04'],
      ['Most recently, Sweden became a member on March 7, 2024.', '2024-03-09'],
      ['Most recently, Finland became a member in 2023.', '2024-03-09'],
    ]);
  });
});
