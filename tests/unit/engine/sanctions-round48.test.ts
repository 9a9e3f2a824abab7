// Round 48, sanctions: held-out 46's misses on EU packages told adopted on the day the Commission only proposed them, and
// a US designation told with a wrong day by the White House; each built for its class with the true look-alikes that must
// stay unflagged (the proposal told as such, the envoys' agreement, the Council's adoption on its day, the Commission's
// adoption of its proposal, a visit to the White House).
import { describe, expect, it } from 'vitest';
import { analyze, expectContradictedAs, expectNoRed, expectSupportedAs } from './helpers';
import { MODAL_MAY } from '../../../src/engine/dates';

type Cases = ReadonlyArray<readonly [string, string, string]>;
/** The quote is flagged contradicted as a sanction claim. */
const flagged = (cases: Cases) => expectContradictedAs('sanction', cases);
const unflagged = expectNoRed;
/** Nothing is flagged, and the quote is confirmed as a sanction claim. */
const supported = (cases: Cases) => expectSupportedAs('sanction', cases);

describe('an EU package told adopted on the day the Commission only proposed it (sanction-proposal-adopted.ts)', () => {
  it('flags "has adopted" on a page of the proposal day, and a day told that is the proposal day', () => {
    flagged([
      // held-out 46 vh005, https://www.romaniajournal.ro/politics/eu-announces-new-more-sanctions-against-russia-russian-coal-embargo-ban-on-ships-in-eu-ports-sanctions-on-banks/
      [
        'The European Union has adopted a fifth package of sanctions against Russia, European Commission President Ursula von der Leyen announced on Tuesday.',
        '2022-04-05',
        'fifth package of sanctions',
      ],
      // https://www.b2eu-consulting.eu/news-detail/6th-package-of-sanctions (5 May 2022; proposed on 4 May, adopted on 3 June)
      [
        'Yesterday, the European Commission presented the sixth package of sanctions against Russia. This sixth package of sanctions, which envisages further restrictions on the operations of Russian banks and a total ban on EU imports of Russian oil, was adopted yesterday, 4 May.',
        '2022-05-05',
        'sixth package of sanctions, which envisages further restrictions on the operations of Russian banks and a total ban on EU imports of Russian oil, was adopted yesterday, 4 May',
      ],
      // The other ways the same error is written: the proposal's day written out, a weekday on the proposal's page, another verb.
      [
        'On July 15, 2022, the EU adopted its seventh package of sanctions against Russia.',
        '2022-08-01',
        'July 15, 2022, the EU adopted its seventh package of sanctions',
      ],
      ['The EU on Wednesday imposed a tenth package of sanctions on Russia.', '2023-02-15', 'tenth package of sanctions'],
      [
        'The European Union has approved its eighth package of sanctions against Russia over the sham referendums.',
        '2022-09-28',
        'eighth package of sanctions',
      ],
      [
        "The EU's 10th sanctions package was adopted on February 15, 2023.",
        '2023-03-10',
        '10th sanctions package was adopted on February 15, 2023',
      ],
      // The 19th's record holds a dispute over its adoption's day (22 or 23 October 2025), both weeks after its proposal.
      [
        'The European Union has adopted its 19th package of sanctions against Russia, von der Leyen said on Friday.',
        '2025-09-19',
        '19th package of sanctions',
      ],
    ]);
  });

  it('leaves the proposal, the plan, the envoys, the Commission and the adoption on its day unflagged', () => {
    unflagged([
      // https://www.politico.eu/article/brussels-announces-new-sanctions-package/ (5 April 2022)
      ['The European Commission Tuesday proposed a new package of sanctions against Russia over its war with Ukraine.', '2022-04-05'],
      ['The European Commission has proposed a fifth package of sanctions against Russia.', '2022-04-05'],
      ['The European Commission has adopted a proposal for a fifth package of sanctions against Russia.', '2022-04-05'],
      ['EU countries are expected to adopt the fifth package of sanctions later this week.', '2022-04-05'],
      // https://www.euronews.com/my-europe/2022/04/07/eu-countries-agree-on-new-russia-sanctions-including-coal-embargo
      [
        'European Union countries agreed on Thursday on a Russian coal embargo as part of a fifth round of sanctions against Russia over the war in Ukraine.',
        '2022-04-07',
      ],
      ['EU ambassadors agreed the fifth package of sanctions on Thursday.', '2022-04-07'],
      // https://www.romaniajournal.ro/politics/eu-adopts-new-sanctions-against-russia-coal-import-banned-as-of-august/
      [
        'The European Union on Friday formally adopted its fifth package of sanctions against Russia, including bans on the import of coal, wood, chemicals and other products.',
        '2022-04-08',
      ],
      // https://law360.com/articles/1511953 (15 July 2022): the Commission adopts its proposal, which is no adoption of the package.
      ['On July 15, the European Commission adopted the 7th package of sanctions against Russia.', '2022-07-15'],
      ['The package was adopted by the European Commission on Friday and now goes to the member states.', '2022-07-15'],
      ['The seventh package, proposed on July 15, was adopted on July 21.', '2022-07-30'],
      ['The EU adopted the twelfth package, proposed in November, on Monday.', '2023-12-20'],
      ['The EU has already adopted four packages of sanctions; the fifth package was presented on Tuesday.', '2022-04-05'],
      ['The European Commission on Friday presented its 19th package of sanctions against Russia.', '2025-09-19'],
      ['The EU adopted its 19th sanctions package on October 23, 2025.', '2025-10-24'],
      // The UK's own packages are not the EU's.
      ['The UK has adopted its fifth package of sanctions against Russia.', '2022-04-05'],
    ]);
  });

  it("confirms the Commission's proposal on its day and the adoption on its day", () => {
    supported([
      ['On April 5, 2022, the European Commission proposed the fifth package of sanctions.', '2022-04-07', 'April 5, 2022'],
      // https://kyivindependent.com/eu-officially-adopts-new-package-of-sanctions-against-russia/ (6 October 2022)
      ['On Sept. 28, von der Leyen proposed the eighth package of sanctions.', '2022-10-06', 'Sept. 28'],
      ['On February 15, 2023, the European Commission proposed the 10th sanctions package.', '2023-02-20', 'February 15, 2023'],
      ['The European Union has adopted a fifth package of sanctions against Russia.', '2022-04-08', 'fifth package of sanctions'],
      [
        'On April 8, 2022, the EU adopted the fifth package of sanctions.',
        '2022-04-10',
        'April 8, 2022, the EU adopted the fifth package of sanctions',
      ],
    ]);
  });

  it('"May" after the day of the month is the month, not the modal', () => {
    const modal = new RegExp(String.raw`\b${MODAL_MAY}\b`, 'i');
    expect(modal.test('was adopted yesterday, 4 May.')).toBe(false);
    expect(modal.test('on the 4th May')).toBe(false);
    expect(modal.test('the package may be adopted on Friday')).toBe(true);
  });
});

describe('the price cap on Russian oil told with its time and no verb (price-cap.ts capWithItsTime)', () => {
  it('confirms the time the $60 cap was set, and says nothing of another time, a plan or a discussion', () => {
    supported([
      // held-out 46 vk004, https://gaya.one/zh-cn/world-events/breaking-news/1efd2bae-75c6-65a0-85b4-099ace9ebdce (the quote alone)
      ['a price cap on Russian oil at the end of 2022', '2025-01-14', 'price cap on Russian oil at the end of 2022'],
      ['The West imposed a price cap on Russian crude in December 2022.', '2025-01-14', 'price cap on Russian crude in December 2022'],
    ]);
    for (const [text, asOf] of [
      ['The G7 discussed a price cap on Russian oil in June 2022.', '2022-06-28'],
      ['a price cap on Russian oil at the end of 2022 is planned', '2022-11-20'],
      ['a price cap on Russian oil in December 2023', '2025-01-14'],
    ] as const) {
      expect(
        analyze(text, asOf).filter((a) => a.kind === 'sanction' && a.verdict !== 'context'),
        text,
      ).toEqual([]);
    }
  });
});

describe('the White House as the one announcing US sanctions (sanction.ts)', () => {
  it('flags a wrong day of the designation it announced', () => {
    flagged([
      // held-out 46 vk004, https://gaya.one/zh-cn/world-events/breaking-news/1efd2bae-75c6-65a0-85b4-099ace9ebdce
      [
        'On January 14, 2025, the White House announced severe sanctions targeting the Russian oil sector, blacklisting nearly 200 vessels from its so-called shadow fleet and focusing on major Russian oil producers Gazprom Neft and Surgutneftegas.',
        '2025-01-14',
        'January 14, 2025',
      ],
      ['On January 12, 2025, the White House imposed sanctions on Gazprom Neft and Surgutneftegas.', '2025-01-15', 'January 12, 2025'],
    ]);
  });

  it('confirms the day it announced, and leaves a visit to the White House alone', () => {
    supported([
      ['On January 10, 2025, the White House announced sanctions on Gazprom Neft and Surgutneftegas.', '2025-01-12', 'Gazprom Neft'],
      ['The White House on Friday announced sweeping sanctions on Gazprom Neft and Surgutneftegas.', '2025-01-12', 'Gazprom Neft'],
    ]);
    unflagged([
      ['On January 14, Zelensky spoke at the White House about sanctions on Gazprom Neft and Surgutneftegas.', '2025-01-16'],
      [
        'On January 14, 2025, the Polish president visited the White House to discuss sanctions on Gazprom Neft and Surgutneftegas.',
        '2025-01-16',
      ],
    ]);
    expect(
      analyze('On January 14, Zelensky spoke at the White House about sanctions on Gazprom Neft.', '2025-01-16').some(
        (a) => a.verdict === 'contradicted',
      ),
    ).toBe(false);
  });
});
