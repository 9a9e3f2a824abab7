// Round 26, member counts, places in line and the newest member (development misses read as families): (1) a count as a
// part of the whole ("three of 28 member countries", "27 out of 30 alliance countries", "23 countries reaching it, out of
// 32"), judged on the page's day or the time told ("At the time" after a sentence of 2014); (2) "one of the 30 countries
// in the bloc"; (3) a count in the past tense judged at the time its sentence tells ("Two years ago, the North Atlantic
// Alliance had 30 members", "In 2019, NATO had 30 members" no longer confirmed by a count reached later; "the alliance
// numbered 31 members"); (4) a place in line told with the newest ("NATO's 32nd and newest member"); (5) the newest told
// as "the most recent" accession ("with the most recent being the accession of North Macedonia in 2020" in 2025); (6) a
// member told as "the country" or "it" ("The country has been a NATO member since 2017", "until last year, when it became
// a full member"). Each with true look-alikes and other bodies left alone.
import { describe, expect, it } from 'vitest';
import { analyze, redFlags, supportedQuotes } from './helpers';

const verdictOn = (text: string, quote: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.quote.includes(quote) || quote.includes(a.quote))
    .map((a) => a.verdict);

describe('a count as a part of the whole', () => {
  it('the whole of the day, or of the time told, is confirmed', () => {
    const s = 'NATO agreed the 2% goal in 2014. At the time, only three of 28 member countries met that target.';
    expect(supportedQuotes(s, '2025-02-20').join(' ')).toContain('28 member countries');
    const t = 'By 2023, spending rose across NATO; estimates show 11 countries meeting the goal, out of 31.';
    expect(supportedQuotes(t, '2023-07-07').join(' ')).toContain('out of 31');
    const u = 'The accession protocols of Finland and Sweden to NATO were ratified by 28 out of 30 alliance countries.';
    expect(supportedQuotes(u, '2022-10-20').join(' ')).toContain('28 out of 30 alliance countries');
    expect(supportedQuotes('So far, 19 of 32 NATO member countries met the goal.', '2024-06-01').join(' ')).toContain(
      'of 32 NATO member countries',
    );
  });
  it('a whole that is not the day’s is never flagged, another body’s never read', () => {
    const s = 'NATO agreed the 2% goal in 2014. At the time, only three of 30 member countries met that target.';
    expect(redFlags(s, '2025-02-20')).toEqual([]);
    expect(supportedQuotes(s, '2025-02-20').join(' ')).not.toContain('of 30');
    expect(redFlags('The EU has 27 members. Only five of 27 member countries met the goal; NATO said so.', '2023-05-01')).toEqual([]);
    expect(supportedQuotes('The EU has 27 members. Only five of 27 member countries met the goal; NATO said so.', '2023-05-01')).toEqual(
      [],
    );
  });
});

describe('one of the countries in the bloc', () => {
  it('the count of the day is confirmed with NATO named before', () => {
    const s =
      'NATO leaders invited Finland and Sweden to join the alliance. Turkey was the only one of the 30 countries in the bloc that objected.';
    expect(supportedQuotes(s, '2022-09-26').join(' ')).toContain('one of the 30 countries in the bloc');
  });
  it('the EU’s bloc is left alone', () => {
    const s = 'EU ministers met in Brussels. Hungary was the only one of the 27 countries in the bloc to oppose the sanctions.';
    expect(analyze(s, '2022-09-26').filter((a) => a.quote.includes('27 countries'))).toEqual([]);
  });
});

describe('a count in the past tense, judged at the time told', () => {
  it('the count of that time is confirmed', () => {
    expect(supportedQuotes('Two years ago, the North Atlantic Alliance had 30 members.', '2024-02-27').join(' ')).toContain(
      'the North Atlantic Alliance had 30 members',
    );
    expect(supportedQuotes('In 2018, NATO had 29 members.', '2024-02-27').join(' ')).toContain('NATO had 29 members');
    expect(
      supportedQuotes('NATO grew again. With Finland’s entry on Tuesday, the alliance numbered 31 members.', '2023-04-04').join(' '),
    ).toContain('the alliance numbered 31 members');
  });
  it('a count reached only after that time is no longer confirmed, nor flagged', () => {
    expect(verdictOn('In 2019, NATO had 30 members.', 'NATO had 30 members', '2024-02-27')).not.toContain('supported');
    expect(redFlags('In 2019, NATO had 30 members.', '2024-02-27')).toEqual([]);
    expect(verdictOn('Two years ago, the alliance had 28 members.', 'had 28 members', '2020-06-01')).not.toContain('supported');
    expect(redFlags('Two years ago, the alliance had 28 members.', '2020-06-01')).toEqual([]);
  });
});

describe('a place in line told with the newest', () => {
  it('the right place is confirmed, before and after the accession', () => {
    const s = 'Sweden’s last step to officially becoming NATO’s 32nd and newest member will be a formal invitation to join.';
    expect(supportedQuotes(s, '2024-02-26').join(' ')).toContain('32nd and newest member');
    expect(supportedQuotes('Sweden, NATO’s 32nd and newest member, sent troops to Latvia.', '2024-06-26').join(' ')).toContain(
      '32nd and newest member',
    );
    expect(redFlags('In 2020 North Macedonia became NATO’s 30th and newest member.', '2025-06-26')).toEqual([]);
  });
  it('a wrong place is contradicted, a newest overtaken outdated', () => {
    expect(redFlags('Sweden, NATO’s 31st and newest member, sent troops.', '2024-06-26').map((a) => a.verdict)).toEqual(['contradicted']);
    expect(redFlags('North Macedonia, NATO’s 30th and newest member, sent troops.', '2025-06-26').map((a) => a.verdict)).toEqual([
      'outdated',
    ]);
  });
});

describe('the newest told as the most recent accession', () => {
  const page = (country: string, year: string) =>
    `NATO’s headquarters are located in Brussels, Belgium.\nThe organization has undergone several expansions since its inception, with the most recent being the accession of ${country} in ${year}.`;
  it('a member overtaken long before the page is outdated', () => {
    expect(redFlags(page('North Macedonia', '2020'), '2025-02-04').map((a) => a.verdict)).toEqual(['outdated']);
    expect(redFlags('NATO has enlarged ten times, most recently with Finland in 2023.', '2024-06-01').map((a) => a.verdict)).toEqual([
      'outdated',
    ]);
    expect(
      redFlags('NATO has grown over the years. The latest addition was Montenegro in 2017.', '2024-02-04').map((a) => a.verdict),
    ).toEqual(['outdated']);
  });
  it('the newest of the day is confirmed', () => {
    expect(supportedQuotes(page('North Macedonia', '2020'), '2021-02-04').join(' ')).toContain('North Macedonia');
    expect(supportedQuotes('NATO has enlarged ten times, most recently with Sweden in 2024.', '2024-06-01').join(' ')).toContain(
      'most recently with Sweden',
    );
  });
  it('another time, another body, two countries are left alone', () => {
    for (const [text, day] of [
      ['Between 1999 and 2017, NATO expanded five times, the most recent being the accession of Montenegro.', '2021-06-01'],
      ['NATO has grown over the years. Until 2023, the most recent accession was that of North Macedonia.', '2025-06-01'],
      ['The EU has grown several times, the most recent being Croatia in 2013; NATO grew too.', '2025-06-01'],
      ['NATO expanded several times in the 2000s, the latest addition being Albania and Croatia in 2009.', '2025-06-01'],
      ['NATO has grown over the years. At the time, the latest addition was Montenegro in 2017.', '2024-02-04'],
    ])
      expect(redFlags(text, day)).toEqual([]);
  });
});

describe('a member told as "the country" or "it"', () => {
  it('the accession told right is confirmed', () => {
    const s =
      'Krivokapic has promised progress in Montenegro’s talks to join the European Union.\n\nThe country has been a NATO member since 2017.';
    expect(supportedQuotes(s, '2020-12-04').join(' ')).toContain('The country has been a NATO member since 2017');
    const t =
      'Post-war Finland kept a strict neutrality. The country joined the European Union in 1995, but stayed away from NATO until last year, when it became a full member.';
    expect(supportedQuotes(t, '2024-02-27').join(' ')).toContain('it became a full member');
    expect(
      supportedQuotes('Albania sent troops. The country has been a member of the alliance since 2009.', '2024-02-27').join(' '),
    ).toContain('member of the alliance since 2009');
    expect(
      supportedQuotes('Estonia hosts NATO troops. The country joined the alliance on 29 March 2004.', '2024-06-01').join(' '),
    ).toContain('The country joined the alliance on 29 March 2004');
  });
  it('two countries before, a partner, another body: nothing', () => {
    for (const [text, day] of [
      ['Finland and Sweden were neutral. The country has been a NATO member since 2023.', '2025-06-01'],
      ['Ukraine wants to join NATO. It has been a NATO partner since 1994.', '2025-06-01'],
      ['Sweden joined the EU in 1995. It became a full member last year.', '2024-02-27'],
      ['Albania sent troops. The country has been a NATO member since 2012.', '2024-02-27'],
      ['Estonia hosts NATO troops. The country joined the alliance on 29 March 2005.', '2024-06-01'],
    ]) {
      // Round 40: "joined the alliance on 29 March 2005", when no country joined, is flagged whoever "the country" is
      // (accession-no-joiner.ts); the reader of "the country" says nothing.
      expect(redFlags(text, day).filter((a) => !a.message.startsWith('Not so: No country joined NATO'))).toEqual([]);
      expect(supportedQuotes(text, day).join(' ')).not.toMatch(/country has been|country joined|became a full member|NATO partner/);
    }
  });
});

describe('loose wholes: words between, "of its", allied, brings together', () => {
  it('the count of the day is confirmed', () => {
    for (const [text, quote] of [
      ['NATO’s 32 European and North American allies met in Brussels.', 'NATO’s 32 European and North American allies'],
      ['NATO said that of its 32 members, only 23 met the target.', 'of its 32 members'],
      ['The leaders of the 32 allied nations met, NATO said.', 'the 32 allied nations'],
      ['All 32 allied countries signed the NATO declaration.', 'All 32 allied countries'],
      ['NATO brings together 32 countries.', 'NATO brings together 32 countries'],
    ])
      expect(supportedQuotes(text, '2024-06-01').join(' ')).toContain(quote);
  });
  it('both sides of the Atlantic named are the whole: an old count is outdated; a part or another body is not read', () => {
    expect(redFlags('NATO’s 31 European and North American allies met in Brussels.', '2024-06-01').map((a) => a.verdict)).toEqual([
      'outdated',
    ]);
    for (const text of [
      'NATO’s 30 European members spend more than before.',
      'NATO brings together 20 countries for Steadfast Defender.',
      'NATO said that of its 31 members, only 23 met the target.',
      'The EU said that of its 27 members, only 5 agreed, while NATO watched.',
      'All 30 allied countries signed the NATO declaration.',
    ])
      expect(redFlags(text, '2024-06-01')).toEqual([]);
  });
});
