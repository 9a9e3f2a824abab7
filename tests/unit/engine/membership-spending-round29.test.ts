// Round 29, membership and spending told as history (development misses read as families, sentences of our own):
// (1) NATO growing, with the date before the list ("NATO expanded in 1950 to include ...") or after it ("expanded to
// include Poland in 1999"), and a round told after another's verb ("..., then in 1999 the Czech Republic, Hungary and
// Poland"); (2) how many countries one round took in ("in 2004 seven more countries joined NATO"); (3) a list that joined
// "N years ago"; (4) the latest round named as a list ("NATO's newest members are ..."); (5) the founders counted at the
// founding told as a time ("At the time of its founding in 1949, the alliance consisted of twelve members") and the
// treaty's signatories; (6) the Wales deadline told as agreed in another year ("decided in 2011 ... 2% by 2024"); (7) the
// allies at 2% of a past year told as a growth ("up from just three nations in 2014", "an improvement from the 13
// compliant nations in 2014"); (8) a commitment to spend 2% with its year after the figure's phrase.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const said = (text: string, asOf: string, kind?: string) =>
  analyze(text, asOf)
    .filter((a) => !kind || a.kind === kind)
    .map((a) => `${a.verdict}: ${a.quote}`);
const red = (text: string, asOf: string) => said(text, asOf).filter((s) => /^(?:contradicted|outdated)/.test(s));

describe('NATO growing, with the date before or after the list', () => {
  it('flags a year no country of the list joined in, however the growth is worded', () => {
    expect(red('The alliance grew in 1950 to take in Greece, Turkey and West Germany.', '2008-05-01')).toEqual([
      'contradicted: in 1950 to take in Greece, Turkey and West Germany',
    ]);
    expect(red('After the Cold War, NATO enlarged again in 1997 to include Poland, Hungary and the Czech Republic.', '2010-01-10')).toEqual(
      ['contradicted: in 1997 to include Poland, Hungary and the Czech Republic'],
    );
    expect(
      red(
        'Portugal was a founder; Spain came in 1982, and then in 2001 Bulgaria, Romania and Slovakia, who had all joined NATO.',
        '2010-01-10',
      ),
    ).toEqual([]);
    expect(
      red(
        'Spain joined the alliance in 1982, then in 1997 Poland, Hungary and the Czech Republic, and later the Baltic states.',
        '2010-01-10',
      ),
    ).toEqual(['contradicted: in 1997 Poland, Hungary and the Czech Republic']);
  });
  it('confirms the right year in the same words', () => {
    expect(said('NATO expanded in 1952 to include Greece and Turkey.', '2008-05-01', 'membership')).toContain(
      'supported: in 1952 to include Greece and Turkey',
    );
    expect(said('NATO expanded to include Albania and Croatia in 2009.', '2012-05-01', 'membership').join()).toMatch(/^supported/);
    expect(
      said('Spain joined the alliance in 1982, then in 1999 Poland, Hungary and the Czech Republic.', '2010-01-10', 'membership'),
    ).toContain('supported: in 1999 Poland, Hungary and the Czech Republic');
  });
  it('leaves other clubs, East Germany, a mixed list, a clause of another verb and what is to come', () => {
    expect(red('The European Union expanded in 2004 to include Poland, Estonia and Latvia.', '2010-01-10')).toEqual([]);
    expect(red('NATO expanded in 1990 to include East Germany, through reunification.', '2010-01-10')).toEqual([]);
    expect(red('NATO expanded in 1999 to include Poland, Estonia and Latvia.', '2010-01-10')).toEqual([]);
    expect(red('Spain joined the alliance in 1982, then in 1997 Poland hosted the first talks.', '2010-01-10')).toEqual([]);
    expect(
      red('Spain joined the alliance in 1982, then in 1997 Poland, Hungary and the Czech Republic were invited.', '2010-01-10'),
    ).toEqual([]);
    expect(red('NATO will have expanded in 2030 to include Ukraine and Georgia, its planners hope.', '2024-01-10')).toEqual([]);
  });
});

describe('how many countries one round took in', () => {
  it('flags a count no round of that year had', () => {
    expect(red('In 2004, ten more countries joined NATO, the largest round ever.', '2008-01-10')).toEqual([
      'contradicted: ten more countries joined NATO',
    ]);
    expect(red('In 1999, NATO admitted four new members.', '2008-01-10')).toEqual(['contradicted: four new members']);
    expect(red('Five new states joined the alliance in 2004.', '2008-01-10')).toEqual([
      'contradicted: Five new states joined the alliance in 2004',
    ]);
  });
  it('confirms the round’s own count', () => {
    expect(said('And then in 2004 seven more European countries joined NATO.', '2008-01-10')).toContain(
      'supported: seven more European countries joined NATO',
    );
    expect(said('Two countries joined NATO in 2009.', '2012-01-10')).toContain('supported: Two countries joined NATO in 2009');
  });
  it('leaves a part of a round, another club, a year with no accession, a step before joining', () => {
    expect(red('In 2004, three Baltic countries joined NATO.', '2008-01-10')).toEqual([]);
    expect(red('In 2004, ten countries joined the EU, and seven joined NATO.', '2008-01-10')).toEqual([]);
    expect(red('Two countries joined NATO in 2008, an official wrongly said.', '2010-01-10')).toEqual([]);
    expect(
      red('In 2002 seven countries were invited, and in 2004 five countries joined NATO only after ratification.', '2008-01-10'),
    ).toEqual([]);
  });
});

describe('a list that joined N years ago', () => {
  it('flags a count of years off by two or more', () => {
    expect(red('Estonia became a member of NATO 10 years ago.', '2019-03-18')).toEqual([
      'contradicted: Estonia became a member of NATO 10 years ago',
    ]);
    expect(red('The Czech Republic, Hungary and Poland joined NATO 25 years ago.', '2019-03-18')).toEqual([
      'contradicted: Czech Republic, Hungary and Poland joined NATO 25 years ago',
    ]);
    expect(red('NATO marks the day. Albania and Croatia joined five years ago.', '2019-04-01')).toEqual([
      'contradicted: Albania and Croatia joined five years ago',
    ]);
  });
  it('confirms the right count, rounded', () => {
    expect(
      said(
        'NATO marks 70 years. Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia became members 15 years ago.',
        '2019-03-18',
      ).join(),
    ).toMatch(/supported: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia became members 15 years ago/);
  });
  it('leaves a hedge, a denial and another club', () => {
    expect(red('Estonia became a member of NATO more than 10 years ago.', '2019-03-18')).toEqual([]);
    expect(red('Estonia did not join NATO 10 years ago.', '2019-03-18')).toEqual([]);
    expect(red('Poland joined the EU 15 years ago, and NATO 20 years ago.', '2019-03-18')).toEqual([]);
  });
});

describe('the latest round named as a list', () => {
  it('flags an earlier round told as the latest now', () => {
    expect(red("NATO's newest members are Albania and Croatia.", '2018-09-01')).toEqual(['outdated: Albania and Croatia']);
    expect(
      red(
        'The countries that have most recently joined NATO were Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia.',
        '2012-09-01',
      ),
    ).toEqual(['outdated: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia']);
    expect(red('The latest members of the alliance are Albania and Croatia, which joined in 2009.', '2021-09-01')).toEqual([
      'outdated: Albania and Croatia',
    ]);
  });
  it('confirms the last round, or the last two together', () => {
    expect(
      said(
        'The states that have most recently joined NATO were Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia.',
        '2006-09-01',
      ),
    ).toEqual(['supported: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia']);
    expect(said("NATO's newest members are Finland and Sweden.", '2024-09-01')).toEqual(['supported: Finland and Sweden']);
    expect(said("NATO's newest member states are Montenegro and North Macedonia.", '2021-05-01').join()).toMatch(/^supported/);
  });
  it('leaves the past told of its time, another club, a mixed list', () => {
    expect(red('The newest members of NATO were Albania and Croatia when Obama took office.', '2019-09-01')).toEqual([]);
    expect(red('The newest members are Bulgaria and Romania, which joined the EU in 2007.', '2012-09-01')).toEqual([]);
    expect(red('The newest members of NATO are Poland and Albania.', '2012-09-01')).toEqual([]);
  });
});

describe('the founders counted at the founding told as a time, and the signatories', () => {
  it('flags a wrong count of the founders', () => {
    expect(red('NATO turns 74. When it was created in 1949, the alliance had only 11 members.', '2023-04-04')).toEqual([
      'contradicted: in 1949, the alliance had only 11 members',
    ]);
    expect(red('NATO began with 14 countries in 1949.', '2024-04-04')).toEqual(['contradicted: NATO began with 14 countries']);
    expect(
      red(
        'There were 10 signatory states to the treaty: Canada, the USA, Iceland, France, Italy, Belgium, Denmark, Luxembourg, Norway, the Netherlands, Portugal and the UK.',
        '2019-04-04',
      ),
    ).toEqual(['contradicted: There were 10 signatory states to the treaty']);
  });
  it('confirms twelve', () => {
    expect(
      said('NATO marks its birthday. At the time of its founding in 1949, the alliance still consisted of twelve members.', '2023-04-04'),
    ).toContain('supported: At the time of its founding in 1949, the alliance still consisted of twelve members');
    expect(said('When NATO was founded in 1949, it had 12 members.', '2024-04-04')).toContain(
      'supported: When NATO was founded in 1949, it had 12 members',
    );
    expect(
      said(
        'There were 12 signatory states to the military treaty: Canada, USA, Iceland, France, Italy, Belgium, Denmark, Luxembourg, Norway, The Netherlands, Portugal, and The United Kingdom.',
        '2019-04-04',
      ),
    ).toContain('supported: There were 12 signatory states to the military treaty');
  });
  it('leaves another body, a part, and signatories with no founding in sight', () => {
    expect(red('When the Council of Europe was founded in 1949, it had 10 members.', '2019-04-04')).toEqual([]);
    expect(red('When it was founded in 1949, it had 10 members. NATO came later to the city.', '2019-04-04')).toEqual([]);
    expect(red('NATO began with ten countries in Western Europe in 1949.', '2019-04-04')).toEqual([]);
    expect(
      red(
        'There were 10 signatory states to the treaty: Belgium, France, Luxembourg, the Netherlands, the United Kingdom, Denmark, Ireland, Italy, Norway and Sweden.',
        '2019-04-04',
      ),
    ).toEqual([]);
  });
});

describe('the Wales deadline told as agreed in another year', () => {
  it('flags a year before the pledge was made', () => {
    expect(
      red('NATO leaders decided in 2011 that each country would boost defense spending to 2% of the national GDP by 2024.', '2017-05-25'),
    ).toEqual(['contradicted: 2% of the national GDP by 2024']);
    expect(red('In 2012, NATO allies agreed that all members would spend 2% of GDP on defence by 2024.', '2017-05-25')).toEqual([
      'contradicted: 2% of GDP on defence by 2024',
    ]);
    expect(red('NATO members pledged in 2010 to move towards 2% of GDP by 2024.', '2017-05-25')).toEqual([
      'contradicted: 2% of GDP by 2024',
    ]);
  });
  it('leaves the right year, a later reaffirmation, a denial, a national decision and another agreement in the sentence', () => {
    expect(red('NATO leaders decided in 2014 that each country would boost defense spending to 2% of GDP by 2024.', '2017-05-25')).toEqual(
      [],
    );
    expect(red('NATO leaders agreed in 2016 that allies should spend 2% of GDP by 2024.', '2017-05-25')).toEqual([]);
    expect(red('It is not true that NATO leaders decided in 2011 to spend 2% of GDP by 2024.', '2017-05-25')).toEqual([]);
    expect(red('Germany decided in 2011 to spend 2% of GDP on defence by 2024.', '2017-05-25')).toEqual([]);
    expect(
      red('In 2011, Germany decided to raise its spending; NATO allies agreed in 2014 to spend 2% of GDP by 2024.', '2017-05-25'),
    ).toEqual([]);
  });
});

describe('the allies at 2% of a past year told as a growth', () => {
  it('flags a count far from NATO’s for that year', () => {
    expect(
      red('In 2024, 23 allies met the 2% benchmark, a marked improvement from the 13 compliant nations in 2014.', '2025-05-02'),
    ).toEqual(['contradicted: improvement from the 13 compliant nations in 2014']);
    expect(red('Today 23 NATO allies spend 2% of GDP on defence, a big increase from only 9 allies in 2014.', '2025-05-10')).toEqual([
      'contradicted: increase from only 9 allies in 2014',
    ]);
    expect(red('Today 23 NATO allies spend 2% of GDP on defence, up from just three nations in 2019.', '2025-05-10')).toEqual([
      'contradicted: up from just three nations in 2019',
    ]);
  });
  it('confirms the right count, and leaves the present count to its own year', () => {
    expect(said('Today 23 NATO allies spend 2% of GDP on defence, up from just three nations in 2014.', '2025-05-10')).toContain(
      'supported: up from just three nations in 2014',
    );
    expect(said('In 2024, 23 allies met the 2% benchmark, a rise from the three compliant members in 2014.', '2025-05-02')).toContain(
      'supported: rise from the three compliant members in 2014',
    );
  });
  it('leaves a count with no target in sight and a projection', () => {
    expect(red('NATO allies held 23 exercises, up from just nine exercises in 2014.', '2025-05-10')).toEqual([]);
    expect(red('NATO expects 25 allies to meet 2% next year, a rise from 23 in 2024.', '2025-05-10')).toEqual([]);
    expect(red('The number of allies at 2% of GDP will rise to 25, up from 23 in 2024, NATO projects.', '2025-05-10')).toEqual([]);
  });
});

describe('a commitment to spend 2% with its year after the figure', () => {
  it('confirms 2014', () => {
    expect(
      said('It committed to spending 2% of GDP on defence in 2014 along with other NATO member states.', '2025-02-03', 'figure'),
    ).toContain('supported: 2%');
    expect(
      said('Belgium agreed to spend 2% of GDP on defence in 2014 along with the other NATO allies.', '2025-02-03', 'figure'),
    ).toContain('supported: 2%');
    expect(
      said(
        'Like its allies, Italy pledged to spend at least 2% of GDP on defence in 2014, at the NATO summit.',
        '2025-02-03',
        'figure',
      ).join(),
    ).toMatch(/supported/);
  });
  it('flags nothing in a year NATO set no target', () => {
    expect(red('Belgium committed to spending 2% of GDP on defence in 2016 along with other NATO allies.', '2025-02-03')).toEqual([]);
    expect(red('Belgium committed to spending 2% of GDP on defence in 2030, NATO allies heard.', '2025-02-03')).toEqual([]);
    expect(red('Belgium has not committed to spending 2% of GDP on defence in 2014, NATO allies say.', '2025-02-03')).toEqual([]);
  });
});

describe('allies at 2% counted as "a total of"', () => {
  it('reads the count after "a total of" as the count, not a whole', () => {
    expect(said('NATO said a total of 23 allies will spend 2% of GDP this year.', '2024-06-17')).toContain(
      'supported: 23 allies will spend 2% of GDP this year',
    );
    expect(
      said('Stoltenberg said a total of 23 countries are expected to reach the NATO target of 2% in 2024.', '2024-06-17').join(),
    ).toMatch(/supported: 23 countries are expected to reach/);
    expect(red('NATO figures show a total of 9 allies spent 2% of GDP in 2014.', '2024-06-17')).toEqual([
      'contradicted: 9 allies spent 2% of GDP in 2014',
    ]);
  });
  it('still reads "N of M" as a part of a whole', () => {
    expect(red('NATO said 23 of 32 allies spend 2% of GDP this year.', '2024-06-17')).toEqual([]);
    expect(red('In 2014, three of the 28 allies spent 2% of GDP on defence.', '2024-06-17')).toEqual([]);
    expect(red('A total of 9 allies are expected to reach 2% in 2014, NATO projected in 2013.', '2024-06-17')).toEqual([]);
  });
});

describe('accessions told by the Secretary General they came under', () => {
  it('flags a list that joined before or after the named Secretary General’s term', () => {
    expect(red('Under Secretary General Anders Fogh Rasmussen, Albania and Croatia joined NATO.', '2015-09-30')).toEqual([
      'contradicted: Anders Fogh Rasmussen, Albania and Croatia joined NATO',
    ]);
    expect(red('Under NATO Secretary General Jens Stoltenberg, Albania and Croatia joined the alliance.', '2024-09-30')).toEqual([
      'contradicted: Jens Stoltenberg, Albania and Croatia joined the alliance',
    ]);
    expect(red('In NATO, Poland and Hungary became members under Secretary General Mark Rutte.', '2025-03-01')).toEqual([
      'contradicted: Poland and Hungary became members under Secretary General Mark Rutte',
    ]);
  });
  it('confirms a list that joined within the term, with or without the title', () => {
    expect(
      said(
        'Jens Stoltenberg leaves NATO. Montenegro, North Macedonia, Finland, and Sweden have become members under Stoltenberg.',
        '2024-09-30',
      ),
    ).toContain('supported: Montenegro, North Macedonia, Finland, and Sweden have become members under Stoltenberg');
    expect(said('Under Secretary General Jens Stoltenberg, Montenegro and North Macedonia joined NATO.', '2024-09-30').join()).toMatch(
      /supported: Jens Stoltenberg, Montenegro and North Macedonia joined NATO/,
    );
  });
  it('leaves the name without the office, a mixed list, another person named by this one, a president', () => {
    expect(red('Jens Stoltenberg leaves NATO. Albania and Croatia became members under Stoltenberg.', '2024-09-30')).toEqual([]);
    expect(red('Under Secretary General Jens Stoltenberg, Albania and Montenegro joined NATO.', '2024-09-30')).toEqual([]);
    expect(red('In NATO, Albania and Croatia joined under Secretary General Jens Stoltenberg’s predecessor.', '2024-09-30')).toEqual([]);
    expect(red('Under President Joe Biden, Albania and Croatia joined NATO, a reader wrote.', '2024-09-30')).toEqual([]);
  });
});
