// Round 45, history lane: tenures told on history and reference pages (an election's day, a pronoun's start, an office's
// years with no name, "took up office"), each reading with its true look-alikes (real sentences and dates; the page in a
// comment where one is known).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';

const engine = createEngine(getFacts());
const judged = (asOf: string, text: string) => engine.analyze(text, { asOf, dateCertain: true });
const red = (asOf: string, text: string) => judged(asOf, text).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
const tenureConfirmed = (asOf: string, text: string) => judged(asOf, text).filter((a) => a.verdict === 'supported' && a.kind === 'tenure');

// https://nandinisen.com/czech-new-president-international-current-affair/ (held-out 43 ty023, dated after 9 March 2023)
const PAVEL_PROFILE =
  'Petr Pavel is a man of many talents and accomplishments. A graduate of the prestigious Military Academy in Brno and holder of a doctorate in political science, he has been a member of the Czech military since 1984. He has served as Chairman of the NATO Military Committee since November 2016, and on October 8, 2018, he was elected President of the Czech Republic.';

describe('an election told with its day (tenure-history.ts electionDays)', () => {
  it('flags an election years before any tenure of the office named, of a name or of the paragraph’s one named person', () => {
    const flagged = red('2023-03-10', PAVEL_PROFILE);
    expect(flagged.map((a) => [a.verdict, a.kind])).toEqual([
      ['contradicted', 'tenure'],
      ['contradicted', 'tenure'],
    ]);
    expect(flagged[1].quote).toBe('October 8, 2018, he was elected President of the Czech Republic');
    // The same error as a journalist would word it.
    for (const text of [
      'Petr Pavel was elected President of the Czech Republic in 2018.',
      'Petr Pavel, a retired general, was elected Czech President on 8 October 2018.',
      'Petr Pavel is a retired general. In October 2018, he was elected President of the Czech Republic.',
    ])
      expect(red('2023-03-10', text).map((a) => [a.verdict, a.kind])).toEqual([['contradicted', 'tenure']]);
    expect(red('2019-05-21', 'Volodymyr Zelensky was elected President of Ukraine on April 21, 2014.').map((a) => a.kind)).toEqual([
      'tenure',
    ]);
  });
  it('confirms an election in the weeks before the tenure, and leaves alone re-elections and long waits', () => {
    expect(tenureConfirmed('2021-01-10', 'Joe Biden was elected President of the United States on November 3, 2020.').length).toBe(1);
    for (const [asOf, text] of [
      // https://www.victoriaadvocate.com/former-gen-petr-pavel-sworn-in-as-czech-president-vows-to-support-kyiv/ (AP, 9 March 2023)
      ['2023-03-09', 'Pavel was chosen as the Czech Republic’s next president in a runoff election at the end of January.'],
      ['2023-03-10', 'Petr Pavel was elected President of the Czech Republic in January 2023.'],
      ['2023-03-10', 'Petr Pavel was elected President of the Czech Republic on January 28, 2023.'],
      // https://www.gktoday.in/gk/new-nato-secretary-general-anders-fogh-rasmussen/ (April 2009): first elected 20 November 2001,
      // in office from 27 November; re-elected inside the tenure.
      ['2009-04-05', 'Anders Fogh Rasmussen was elected Prime minister of Denmark for the first time in 2001, reelected in 2005 & 2007.'],
      // Elected in Oslo on 16 September 2023, in office on 17 January 2025: sixteen months ahead.
      ['2023-09-16', 'Admiral Giuseppe Cavo Dragone was elected Chair of the NATO Military Committee on 16 September 2023.'],
      ['2021-01-25', 'Kamala Harris was elected Vice President of the United States on November 3, 2020.'],
      // "he" may be the winner, not the one named.
      ['2023-03-10', 'Petr Pavel congratulated the winner. In 2018, he was elected President of the Czech Republic.'],
    ])
      expect(red(asOf, text)).toEqual([]);
  });
});

describe('a start told of "he" that fits no holder (tenure-pronoun-office.ts, tenure-referent.ts)', () => {
  it('flags it against the paragraph’s one named person who held the office', () => {
    for (const text of [
      'Petr Pavel is a Czech general. He has been serving as Chairman of the NATO Military Committee since 2016.',
      'Petr Pavel is a Czech general. He has served as Chairman of the NATO Military Committee since November 2016.',
    ])
      expect(red('2017-03-10', text).map((a) => [a.verdict, a.kind])).toEqual([['contradicted', 'tenure']]);
  });
  it('confirms the right start, and leaves alone a pronoun that may mean someone the page does not name', () => {
    expect(
      tenureConfirmed(
        '2017-03-10',
        'Petr Pavel is a Czech general. He has served as Chairman of the NATO Military Committee since June 2015.',
      ).length,
    ).toBe(1);
    for (const text of [
      'Petr Pavel met General John Smith in Brussels. He has served as Chairman of the NATO Military Committee since November 2016.',
      'Petr Pavel met Knud Bartels. He has served as Chairman of the NATO Military Committee since November 2016.',
      'He has served as Chairman of the NATO Military Committee since November 2016.',
    ])
      expect(red('2017-03-10', text)).toEqual([]);
  });
});

describe('an office and its years with no one named (tenure-history.ts unnamedSpans)', () => {
  it('confirms years that fit one holder only', () => {
    for (const [asOf, text] of [
      // http://files.heraldscotland.com/opinion/16344859... (held-out 43 ty011; Lord Carrington named a paragraph before)
      [
        '2018-07-10',
        'His Foreign Office experience led to his appointment as Secretary-General of NATO from 1984-88, and he chaired the EC peace conference on Yugoslavia from 1991-92.',
      ],
      // held-out 19 xc206, 26 ge002, 34 pf040, 40 sv002
      ['2025-02-17', 'He served as NATO Secretary General from 2014 to 2024'],
      ['2025-02-04', 'served as NATO Secretary General from October 2014 to October 2024'],
      ['2026-02-17', 'a decade as Secretary General of NATO from 2014 to 2024'],
      ['2024-02-13', 'who served as the US president from 2017-21'],
      ['2020-01-10', 'She served as NATO Deputy Secretary General from 2016 to 2019.'],
    ])
      expect(tenureConfirmed(asOf, text).length).toBe(1);
  });
  it('confirms nothing of an office named without its jurisdiction, of years no one or two held, or of another named', () => {
    for (const [asOf, text] of [
      // https://www.nato.int/cv/secgen/spaak.htm: Belgium's, named nowhere in the words.
      ['1999-10-26', 'He moved from the Ministry of Foreign Affairs to become Prime Minister from 1938 to 1939.'],
      ['2025-02-17', 'He served as NATO Secretary General from 2012 to 2020.'],
      ['2025-02-17', 'Mark Rutte took over in October. He served as NATO Secretary General from 2014 to 2024.'],
    ]) {
      const found = judged(asOf, text).filter((a) => a.kind === 'tenure' && a.message.includes('the only holder'));
      expect(found).toEqual([]);
      expect(red(asOf, text)).toEqual([]);
    }
  });
});

describe('an office and its start with no one named (tenure-history.ts unnamedStarts)', () => {
  it('confirms the month or day of one holder’s start', () => {
    // held-out 21 za040, held-out 35 o116
    expect(tenureConfirmed('2023-07-04', 'became Nato Secretary General in October 2014').length).toBe(1);
    expect(tenureConfirmed('2022-03-24', 'named NATO’s top civilian in October 2014').length).toBe(1);
  });
  it('confirms nothing of a year alone, another month, no jurisdiction, or "he" of another named person', () => {
    for (const [asOf, text] of [
      // held-out 25 l037: a year may be the appointment's, months before the start.
      ['2023-07-05', 'He was named secretary general in 2014'],
      ['2023-07-04', 'became Nato Secretary General in October 2015'],
      ['2023-07-04', 'became Secretary General in October 2014'],
      ['2025-01-04', 'Mark Rutte is the new chief. He became NATO Secretary General in October 2014.'],
    ]) {
      expect(judged(asOf, text).filter((a) => a.kind === 'tenure' && a.verdict === 'supported')).toEqual([]);
      expect(red(asOf, text)).toEqual([]);
    }
  });
});

describe('"took up office" told of "he" (tenure-pronoun.ts)', () => {
  it('confirms the start of the post whose start fits', () => {
    // https://www.nato.int/cps/en/natohq/news_113343.htm (held-out 43 ty017)
    expect(
      tenureConfirmed(
        '2014-09-26',
        'Alliance leaders appointed  Anders Fogh Rasmussen Secretary General of NATO at the Strasbourg-Kehl Summit in April 2009, when he was Head of Government of Denmark. He took up office on 1 August 2009.',
      ).map((a) => a.quote),
    ).toContain('He took up office on 1 August 2009');
  });
  it('flags a wrong day only where the pronoun can only mean the one named with the office', () => {
    expect(
      red('2014-09-26', 'Anders Fogh Rasmussen is NATO Secretary General. He took up office on 1 August 2010.').map((a) => a.kind),
    ).toEqual(['tenure']);
    for (const text of [
      'Anders Fogh Rasmussen met Jens Stoltenberg. He took up office on 1 August 2010.',
      'He took up office on 1 August 2010.',
    ])
      expect(red('2014-09-26', text)).toEqual([]);
  });
});

describe('"In YEAR, he was appointed" of a person named further back in the paragraph (tenure-opening-year.ts)', () => {
  // https://indiantimesexpress.com/petr-pavel-to-be-the-czech-republic-president (held-out 43 ty024), the name three sentences back.
  const para = (year: string) =>
    `Petr Pavel began his military career in the Czechoslovakian army, rising to the rank of general. He was decorated for valor in the former Yugoslavia. He later served in NATO, where he held several senior positions, including Deputy Chief of the General Staff of the Czech Armed Forces and Chief of the General Staff of the Czech Armed Forces. In ${year}, he was appointed Chairman of the NATO Military Committee, becoming the first person from a post-communist country to hold the position.`;
  it('confirms the year of the start, and never flags another', () => {
    expect(tenureConfirmed('2023-01-29', para('2015')).map((a) => a.quote)).toContain(
      'In 2015, he was appointed Chairman of the NATO Military Committee',
    );
    expect(red('2023-01-29', para('2016'))).toEqual([]);
    expect(tenureConfirmed('2023-01-29', para('2016')).some((a) => a.quote.startsWith('In 2016'))).toBe(false);
  });
});

describe('"took up his appointment", "took up office", "took up his duties at NATO" of a name (tenure.ts)', () => {
  it('confirms the start of the post, of those the person held, whose start fits', () => {
    // http://telegraph.co.uk/news/obituaries/11939018/General-John-Galvin-obituary.html (held-out 43 ty022)
    expect(
      tenureConfirmed(
        '2015-10-15',
        'General John Galvin, who has died aged 86, was the Supreme Allied Commander of Nato (SACEUR) at the most dramatic moment in its history.\nA four-star general with the US Army, Galvin took up his appointment in 1987 when Mikhail Gorbachev had already begun to defrost relations with the West.',
      ).map((a) => a.quote),
    ).toContain('Galvin took up his appointment in 1987');
    // https://www.aldeparty.eu/press-releases/new-nato-secretary-general-appointed-statement-alde-party-president (ty018's wording)
    expect(tenureConfirmed('2014-03-28', 'Anders Fogh Rasmussen took up his duties at NATO on 1 August 2009.').length).toBe(1);
    expect(tenureConfirmed('2014-09-26', 'Anders Fogh Rasmussen took up office on 1 August 2009.').length).toBe(1);
  });
  it('never flags a day told with no office named: which post is meant is a reading', () => {
    for (const [asOf, text] of [
      ['2014-09-26', 'Anders Fogh Rasmussen took up office on 1 August 2010.'],
      ['2015-10-15', 'John Galvin took up his appointment in 1985.'],
      ['2014-03-28', 'Anders Fogh Rasmussen took up his duties at NATO on 1 August 2010.'],
    ])
      expect(red(asOf, text)).toEqual([]);
    // The office named: judged as "took office as" is.
    expect(
      red('2014-09-26', 'Anders Fogh Rasmussen took up office as NATO Secretary General on 1 August 2010.').map((a) => a.kind),
    ).toEqual(['tenure']);
  });
});
