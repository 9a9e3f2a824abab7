// Round 23, member counts (held-out 21 and d22 misses): loose and whole forms of NATO's size (member-count-forms.ts), with
// true look-alikes: other bodies, subsets, the others a country joined, counts of the past, enlargements still ahead.
import { describe, expect, it } from 'vitest';
import { redQuotes, supportedQuotes } from './helpers';

describe('the count with all of the allies, loose', () => {
  const text = 'Unanimous consent of all 30 existing allied countries is required for a country to join NATO.';
  it('is confirmed on its day and never flagged', () => {
    expect(supportedQuotes(text, '2022-11-29')).toContain('all 30 existing allied countries');
    expect(redQuotes(text, '2024-11-29')).toEqual([]);
    expect(supportedQuotes('NATO decisions need the consent of all 32 allied governments.', '2025-01-10')).toContain(
      'all 32 allied governments',
    );
  });
  it('a part is not confirmed', () => {
    expect(supportedQuotes('NATO says 23 allied countries now meet the target.', '2024-06-20')).toEqual([]);
  });
});

describe('a described alliance with its count as subject', () => {
  const before = 'The North Atlantic Council met in Madrid and invited Finland and Sweden.\n';
  it('right count confirmed, a stale one outdated', () => {
    expect(supportedQuotes(`${before}The defense alliance currently has 30 members.`, '2022-06-29')).toContain(
      'The defense alliance currently has 30 members',
    );
    expect(redQuotes(`${before}The defense alliance currently has 30 members.`, '2023-06-29')).toEqual([
      'The defense alliance currently has 30 members',
    ]);
  });
  it('true look-alikes are not flagged', () => {
    // Another alliance, a founding told, a past era.
    expect(redQuotes('The CSTO is led by Russia. The military alliance has 6 members, unlike NATO.', '2024-06-20')).toEqual([]);
    expect(redQuotes('NATO was founded in 1949. The military alliance had 12 members when it was founded.', '2024-06-20')).toEqual([]);
    expect(redQuotes('The EU is not NATO. The security alliance has 27 members in the bloc.', '2024-06-20')).toEqual([]);
  });
});

describe('NATO with an alliance in apposition', () => {
  it('a count reached only after the page, its protocols signed, is contradicted; the day’s count confirmed', () => {
    const text = 'In March 1999, Poland officially joined the NATO Alliance – the military alliance numbering 30 countries.';
    expect(redQuotes(text, '2019-03-01')).toEqual(['the military alliance numbering 30 countries']);
    expect(supportedQuotes(text, '2021-03-01')).toContain('the military alliance numbering 30 countries');
  });
  it('true look-alikes are not flagged', () => {
    // The others a country joined; a count of then; the right count of the day.
    expect(redQuotes('Sweden has joined NATO, a military alliance of 31 nations.', '2024-05-20')).toEqual([]);
    expect(redQuotes('In 1999 Poland joined NATO, then an alliance of 16 countries.', '2024-05-20')).toEqual([]);
    expect(redQuotes('NATO, the alliance of 12 countries founded in 1949, grew.', '2023-03-20')).toEqual([]);
    expect(redQuotes('In March 1999, Poland officially joined NATO, the military alliance numbering 30 countries.', '2023-03-20')).toEqual(
      [],
    );
    // Long before any protocol: the page may have been updated since.
    expect(redQuotes('NATO – the alliance numbering 30 countries – met in Brussels.', '2017-01-10')).toEqual([]);
  });
});

describe('a fact sheet line with a bare count', () => {
  const sheet = (n: number) =>
    `About NATO :\n  • NATO - North Atlantic Treaty Organization\n  • Also Known as : North Atlantic Alliance\n  • Headquarters : Brussels, Belgium\n  • Members : ${n}\n  • Secretary General : Jens Stoltenberg\n`;
  it('counting an invitee in is contradicted; the right count confirmed', () => {
    expect(redQuotes(sheet(30), '2019-02-07')).toEqual(['Members : 30']);
    expect(supportedQuotes(sheet(29), '2019-02-07')).toContain('Members : 29');
  });
  it('another body’s sheet is not read', () => {
    expect(redQuotes('About the EU :\n  • Headquarters : Brussels\n  • Members : 27\n', '2024-02-07')).toEqual([]);
  });
});

describe('a count with the members it leaves out', () => {
  it('the excluded are counted back in: confirmed, never flagged', () => {
    const text =
      'NATO defense ministers are convening in Brussels on Thursday.\nThe 31 NATO member states, excluding the United States, are eager to hear his views.';
    expect(supportedQuotes(text, '2025-02-13')).toContain('The 31 NATO member states');
    expect(redQuotes(text.replace('31', '30'), '2025-02-13')).toEqual([]);
    expect(supportedQuotes(text.replace('31', '30'), '2025-02-13')).not.toContain('The 30 NATO member states');
  });
});

describe('the count an enlargement still ahead would bring', () => {
  const text =
    'The start of the admission processes for Sweden and Finland, which would bring the size of the military alliance to 32, was hailed as historic by NATO.';
  it('confirmed before the accessions', () => {
    expect(supportedQuotes(text, '2022-07-05')).toContain('would bring the size of the military alliance to 32');
  });
  it('not confirmed when wrong, after the accessions, or for a country never admitted', () => {
    expect(supportedQuotes(text.replace('32', '31'), '2022-07-05')).toEqual([]);
    expect(supportedQuotes(text, '2024-07-05').some((q) => q.includes('would bring'))).toBe(false);
    expect(supportedQuotes('Ukraine, whose accession would bring NATO to 33 members, waits.', '2024-07-05')).toEqual([]);
    expect(redQuotes(text.replace('32', '33'), '2022-07-05')).toEqual([]);
  });
});

describe('members listed after the year at the head of a sentence (accession-head-year.ts)', () => {
  const before = "In 1999, NATO's 50th-anniversary Summit was held in Washington, DC, when the Baltic states were still striving to join.";
  it('"that year" is the one year of the sentence before: confirmed', () => {
    const text = `${before} In that year, Poland, the Czech Republic, and Hungary became NATO members, following a prior year 80-19 vote in the United States Senate on April 30, 1998.`;
    expect(supportedQuotes(text, '2024-01-24')).toContain('In that year, Poland, the Czech Republic, and Hungary became NATO members');
  });
  it('"that year" is never a red flag, and a wrong one confirms no member', () => {
    const text = 'The Prague summit was in 2002. In that year, Estonia, Latvia and Lithuania joined NATO.';
    expect(redQuotes(text, '2024-01-24')).toEqual([]);
    expect(supportedQuotes(text, '2024-01-24').some((q) => q.includes('joined NATO'))).toBe(false);
    // Two years before: no reading.
    expect(redQuotes('Talks ran from 2002 to 2003. In that year, Estonia, Latvia and Lithuania joined NATO.', '2024-01-24')).toEqual([]);
  });
  it('a year written out: right confirmed, wrong for every member contradicted, a mixed list says nothing', () => {
    expect(supportedQuotes('In 2004, Estonia, Latvia and Lithuania joined NATO.', '2024-01-24')).toContain(
      'In 2004, Estonia, Latvia and Lithuania joined NATO',
    );
    expect(redQuotes('In 2004, Poland, the Czech Republic and Hungary became NATO members.', '2024-01-24')).toEqual([
      'In 2004, Poland, the Czech Republic and Hungary became NATO members',
    ]);
    expect(redQuotes('In 2004, Poland and Estonia joined NATO.', '2024-01-24')).toEqual([]);
  });
});

describe('the Prespa agreement (accession-name-deal.ts)', () => {
  const lead = 'North Macedonia previously was known as Macedonia, a name it shared with a Greek province. ';
  it('a wrong year of the deal is contradicted', () => {
    expect(
      redQuotes(`${lead}Under a 2017 deal with Athens, the country changed its name and Greece agreed to drop objections.`, '2020-03-17'),
    ).toEqual(['a 2017 deal with Athens']);
    expect(redQuotes('The Prespa agreement of 2017 ended the row with Macedonia.', '2020-03-17')).toEqual(['Prespa agreement of 2017']);
    expect(redQuotes('Macedonia changed its name in 2021 under a deal with Greece.', '2020-03-17')).toEqual(['changed its name in 2021']);
  });
  it('the right years are confirmed; the other year of the deal says nothing', () => {
    expect(supportedQuotes('North Macedonia joined after the 2018 Prespa agreement with Greece.', '2020-03-17')).toContain(
      'the 2018 Prespa agreement with Greece',
    );
    expect(supportedQuotes('Macedonia changed its name in 2019 under a deal with Greece.', '2020-03-17')).toContain(
      'changed its name in 2019',
    );
    expect(redQuotes(`${lead}Under a 2019 deal with Athens, the country changed its name.`, '2020-03-17')).toEqual([]);
    expect(redQuotes('Macedonia changed its name in 2018 under the Prespa deal with Greece.', '2020-03-17')).toEqual([]);
  });
  it('true look-alikes are not flagged', () => {
    expect(redQuotes('Under a 1995 interim accord with Athens, Macedonia changed its flag and kept its name.', '2020-03-17')).toEqual([]);
    expect(redQuotes('Under a 1995 deal with Athens, Macedonia changed its flag.', '2020-03-17')).toEqual([]);
    expect(redQuotes('Macedonia signed a 2017 deal with Greece on energy trade.', '2020-03-17')).toEqual([]);
    expect(
      redQuotes('Bulgaria and North Macedonia signed a 2017 friendship treaty; Greece followed with the Prespa deal.', '2020-03-17'),
    ).toEqual([]);
  });
});
