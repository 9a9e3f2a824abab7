// Round 43, members lane: membership errors by class, from held-out 41's misses. A non-member named among NATO's members or
// allies (in apposition to the noun, or as part of a list said to be members), the first to join after the founders, a
// series of accessions with one year off, and a member count the day after an accession that no day near it had; with the
// true look-alikes (partners, "allies and partners", non-NATO, aspiring members, other series and counts) that must stay
// unflagged.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const red = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated')
    .map((a) => `${a.verdict} ${a.kind}: ${a.quote}`);

const flagged = (cases: ReadonlyArray<readonly [string, string, string, ('contradicted' | 'outdated')?]>) => {
  for (const [text, asOf, quote, verdict = 'contradicted'] of cases) {
    expect(red(text, asOf), `${asOf} ${text}`).toContain(`${verdict} membership: ${quote}`);
  }
};
const quiet = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(red(text, asOf), `${asOf} ${text}`).toEqual([]);
};
const supported = (text: string, asOf: string, quote: string) =>
  analyze(text, asOf).some((a) => a.verdict === 'supported' && a.kind === 'membership' && a.quote === quote);

describe('a non-member named in apposition to NATO members or allies (membership-nonmembers.ts)', () => {
  it('flags the non-member in the list', () => {
    flagged([
      // http://www.wenweipo.com (held-out 41 to010, 17 March 2024): South Korea is one of NATO's Indo-Pacific partners. The
      // span is the whole list, as the label quotes it.
      [
        'It is interesting to note that the United States recently began withdrawing embassy personnel from Russia, followed by NATO member countries such as Germany, the United Kingdom, South Korea, and Canada announcing their evacuation plans one after another.',
        '2024-03-17',
        'NATO member countries such as Germany, the United Kingdom, South Korea, and Canada',
      ],
      // the class, other wordings
      [
        'NATO allies including the US, Britain and Japan condemned the missile launch.',
        '2024-03-17',
        'NATO allies including the US, Britain and Japan',
      ],
      ['Fellow NATO members Poland and Ukraine have sent tanks to the front.', '2023-02-10', 'Fellow NATO members Poland and Ukraine'],
      [
        'Members of NATO such as France, Italy and Austria met in Brussels.',
        '2023-02-10',
        'Members of NATO such as France, Italy and Austria',
      ],
      [
        'Several NATO members, including Norway, Australia and Canada, sent ships.',
        '2023-02-10',
        'NATO members, including Norway, Australia and Canada',
      ],
      [
        'NATO’s members, such as Germany, Japan and France, met in Brussels.',
        '2024-03-20',
        'NATO’s members, such as Germany, Japan and France',
      ],
      ['NATO nations such as Poland and Ukraine have sent tanks.', '2024-03-20', 'NATO nations such as Poland and Ukraine'],
      ['NATO member Japan sent ships to the Baltic.', '2024-03-20', 'NATO member Japan'],
      ['Australia is a NATO ally.', '2024-03-20', 'Australia is a NATO ally'],
      [
        'NATO member states: Albania, Austria, Belgium, Bulgaria and Canada.',
        '2024-05-08',
        'NATO member states: Albania, Austria, Belgium, Bulgaria and Canada',
      ],
    ]);
  });
  it('leaves partners, non-NATO countries, aspirants and lists outside the member phrase alone', () => {
    quiet([
      // White House fact sheet, July 2024 (via miragenews.com): the partners named as partners
      [
        "The United States warmly welcomes attendance by NATO's Indo-Pacific Partners (IPP) Australia, Japan, New Zealand, and the Republic of Korea (ROK) at the NATO Summit in Washington, DC.",
        '2024-07-10',
      ],
      ['NATO allies and partners such as Japan, South Korea and Australia condemned the launch.', '2024-03-17'],
      ['NATO members such as Germany and France, and partners such as Japan and Australia, condemned the launch.', '2024-03-17'],
      ['Non-NATO countries such as Austria, Ireland and Switzerland stayed neutral.', '2024-03-17'],
      ['NATO allies Britain and France, and Ukraine, signed the joint statement.', '2024-03-17'],
      ['NATO members such as Poland and Ukraine, which hopes to join, condemned it.', '2024-03-17'],
      ['Japan and South Korea joined NATO members such as Germany and France in condemning the launch.', '2024-03-17'],
      ['Leaders of NATO members such as Germany met counterparts from Japan and Australia.', '2024-03-17'],
      ['EU members such as Austria and Ireland are not in NATO.', '2024-03-17'],
      ['G7 members such as Japan, Germany and Canada backed the plan, as did NATO.', '2024-03-17'],
      ['Aspiring NATO members such as Georgia and Ukraine were not invited.', '2024-03-17'],
      // http://osw.waw.pl/en/publikacje/osw-commentary/2015-04-29/natos-presence-baltic-states-reassurance-allies-or-deterrence
      [
        'Non-aligned Sweden and Finland, key for the performance of NATO operations in the Baltic states, have been emphasising their military and political readiness to co-operate with NATO in the event of potential crises or conflicts.',
        '2015-04-29',
      ],
      [
        'Responding to growing concern in the countries of NATO’s eastern flank (Estonia, Latvia, Lithuania, Poland, Romania and Bulgaria) about Russia’s intervention in Ukraine, the allies sent planes.',
        '2015-04-29',
      ],
      // https://trendsresearch.org/insight/vilnius-summit-2023-nato-stands-united-against-an-unpredictable-global-security-environment
      [
        'From July 11-12, 2023, leaders from NATO countries met in Vilnius, Lithuania for the annual NATO Summit, focusing squarely on the defence of the Allied territories.',
        '2023-07-14',
      ],
      // https://www.japantimes.co.jp/opinion/2023/07/14/editorials/asia-nato-relationship/
      [
        'In a move that will allow for deeper cooperation with the alliance, the summit saw four Indo-Pacific nations — Japan, South Korea, Australia and New Zealand — take steps toward transitioning from “global partner countries” to NATO’s new Individually Tailored Partnership Program.',
        '2023-07-14',
      ],
      ['Japan, a NATO partner, sent ships.', '2024-03-20'],
      ['Australia is a major non-NATO ally of the United States.', '2024-03-20'],
      ['Japan joined NATO in condemning the launch.', '2024-03-20'],
      ['NATO members: Turkey blocks Sweden again.', '2023-05-08'],
      ['NATO allies: Ukraine must get more air defence, Germany says.', '2024-05-08'],
    ]);
  });
});

describe('a list of countries said together to be NATO allies or members (membership-nonmembers.ts)', () => {
  it('flags the non-member of the list', () => {
    flagged([
      // held-out 41 tm003, a student column of 8 March 2022: Ukraine is no NATO member or ally
      [
        'Now where does The United States of America fit in all of this? Ukraine and America have been NATO allies for a very long time; it also has been a very long time since NATO has been sent out.',
        '2022-03-08',
        'Ukraine and America have been NATO allies',
      ],
      ['Poland and Ukraine are NATO members.', '2022-03-08', 'Poland and Ukraine are NATO members'],
      ['Japan, Britain and France are members of NATO.', '2022-03-08', 'Japan, Britain and France are members of NATO'],
      ['Ukraine and Georgia have been NATO allies for years.', '2022-03-08', 'Ukraine and Georgia have been NATO allies'],
    ]);
  });
  it('leaves lists of members, loose allies, partners and clauses that are not a list alone', () => {
    quiet([
      ['Poland and Romania have been NATO allies for a long time.', '2022-03-08'],
      ['Ukraine and America have been allies for a very long time.', '2022-03-08'],
      ['Ukraine and its NATO allies have been close.', '2022-03-08'],
      ['Both Ukraine and the US are NATO partners.', '2022-03-08'],
      ['Unlike Ukraine, Poland and Romania are NATO members.', '2022-03-08'],
      ['Aid for Ukraine, Poland and Romania are NATO allies.', '2022-03-08'],
      // Wikipedia, Foreign relations of NATO: members and non-members of the EU told apart
      ['23 out of the 27 EU member states are members of NATO.', '2024-06-01'],
    ]);
    expect(supported('Turkey and Greece are both NATO allies.', '2022-03-08', 'Turkey and Greece are both NATO allies')).toBe(true);
  });
});

describe('a country told as the first to join after the founders (accession-first-after.ts)', () => {
  it('flags a later member', () => {
    flagged([
      // held-out 41 ti002 (May 2025): Greece and Turkey (1952) and West Germany (1955) joined before Spain (1982)
      [
        'Fun fact: Spain was the first country to join NATO after the original wave of members in 1949, becoming the alliance’s 16th member.',
        '2025-05-30',
        'Spain was the first country to join NATO after the original wave of members in 1949',
      ],
      [
        'Spain became the first new member of NATO after the founding twelve.',
        '2025-05-30',
        'Spain became the first new member of NATO after the founding twelve',
      ],
      [
        'The first country to join NATO after the original members was Spain.',
        '2025-05-30',
        'The first country to join NATO after the original members was Spain',
      ],
    ]);
  });
  it('confirms Greece and Turkey, together or alone, and leaves other firsts alone', () => {
    expect(
      supported(
        'The first countries to join NATO after the founders were Greece and Turkey.',
        '2025-05-30',
        'The first countries to join NATO after the founders were Greece and Turkey',
      ),
    ).toBe(true);
    expect(
      supported(
        'Greece was the first country to join NATO after its founding.',
        '2025-05-30',
        'Greece was the first country to join NATO after its founding',
      ),
    ).toBe(true);
    quiet([
      // https://yoursagetip.com/?p=89776: one of the first new members, with Turkey
      [
        'On 18 February, Greece was formally welcomed as one of NATO’s first new members since the creation of the Alliance in 1949, along with Turkey.',
        '2022-05-01',
      ],
      ['Poland was the first former Warsaw Pact country to join NATO after the Cold War.', '2025-05-30'],
      ['Spain was the first country to join NATO after the death of Franco.', '2025-05-30'],
      ['Spain was the first country to join the EU after its founding.', '2025-05-30'],
      ['Spain was the first country to join NATO after the founders and the three entrants of the 1950s.', '2025-05-30'],
      ['West Germany was the first country to join NATO after Greece and Turkey.', '2025-05-30'],
      ['Greece and Turkey were the first countries to join NATO after the original 12 members.', '2025-05-30'],
    ]);
  });
});

describe('a series of accessions with one year off (accession-series.ts)', () => {
  it('flags the one item whose year is not its accession', () => {
    flagged([
      // held-out 41 tk001 (eboots.co.uk, 8 March 2024): Sweden joined on 7 March 2024
      [
        'Czech soldiers currently participate in two NATO operations. At present, the NATO consists of 29 independent countries.\nThe alliance has continued to expand, with North Macedonia joining in 2020, Finland in 2023, and Sweden in 2025, bringing the total number of NATO member states to 32.',
        '2024-03-08',
        'Sweden in 2025',
      ],
      ['NATO expanded again: Poland joined in 1999, Estonia in 2004, and Croatia in 2013.', '2024-05-08', 'Croatia in 2013'],
      ['NATO has grown: Greece and Turkey joined in 1952, West Germany in 1954, and Spain in 1982.', '2024-05-08', 'West Germany in 1954'],
      // examguru.co.in's history (2023), the 1982 accession misdated
      [
        'NATO: Greece and Turkey joined in 1952, followed by West Germany in 1955, Spain in 1986, and the Czech Republic, Hungary, and Poland in 1999.',
        '2023-10-01',
        'Spain in 1986',
      ],
      [
        'The alliance has continued to expand, with Montenegro joining in 2017, North Macedonia in 2020, and Finland in 2022.',
        '2023-05-08',
        'Finland in 2022',
      ],
    ]);
  });
  it('leaves true series, other acts and two misfits alone', () => {
    quiet([
      // https://financemarketnews.com/?p=44337 (April 2025)
      [
        'Celebrating the 76th anniversary of NATO. While Germany joined NATO in 1955, Spain did so in 1982, and the 1999 enlargement saw the inclusion of the Czech Republic, Hungary, and Poland. The 2004 enlargement included Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, and Slovenia, while Albania and Croatia joined in 2009, Montenegro in 2017, and North Macedonia in 2020.',
        '2025-04-04',
      ],
      // examguru.co.in (2023): the same history, "followed by"
      [
        'NATO: Greece and Turkey joined in 1952, followed by West Germany in 1955 (later referred to as Germany from 1990), Spain in 1982, and the Czech Republic, Hungary, and Poland in 1999.',
        '2023-10-01',
      ],
      ['NATO expanded: Poland applied in 1994, Estonia in 2004, and Croatia in 2013.', '2024-05-08'],
      // an item that opens a clause of its own (the precision engineer's look-alikes, round 43)
      [
        'Albania joined NATO in 2009, North Macedonia in 2020, and Montenegro in 2006 declared independence from Serbia before joining in 2017.',
        '2024-04-04',
      ],
      [
        "Poland joined NATO in 1999, Romania in 2004, and Sweden in 2022, after Russia's invasion, decided to seek membership.",
        '2024-04-04',
      ],
      ['Poland joined the EU in 2004, Croatia in 2013 and Bulgaria in 2007, NATO notes.', '2024-05-08'],
    ]);
    // Two items off: no series of NATO's to judge (the first one's own year is another reader's red flag).
    expect(red('NATO has grown: Greece and Turkey joined in 1951, West Germany in 1954, and Spain in 1982.', '2024-05-08')).not.toContain(
      'contradicted membership: West Germany in 1954',
    );
  });
});

describe('a member count near an accession that no day near it had (membership.ts)', () => {
  it('flags a count neither before nor after the accession', () => {
    flagged([
      // held-out 41 tk001, the day after Sweden's accession (31 before it, 32 after)
      ['At present, the NATO consists of 29 independent countries.', '2024-03-08', 'NATO consists of 29 independent countries', 'outdated'],
      ['NATO has 29 members.', '2023-04-05', 'NATO has 29 members', 'outdated'],
      [
        'NATO, which consists of 30 independent states, met in Brussels.',
        '2024-06-08',
        'NATO, which consists of 30 independent states',
        'outdated',
      ],
    ]);
  });
  it('still withholds the count of the day before the accession', () => {
    quiet([
      ['At present, NATO consists of 31 countries.', '2024-03-08'],
      ['NATO has 30 members.', '2023-04-05'],
      ['NATO, which has 30 members in Europe, met in Brussels.', '2024-06-08'],
    ]);
    expect(supported('NATO consists of 32 sovereign countries.', '2024-03-08', 'NATO consists of 32 sovereign countries')).toBe(true);
  });
});
