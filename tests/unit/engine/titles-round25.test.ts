// Titles and tenures, twenty-fifth round (held-out 23 misses, now development data): the body before "head"/"chief"
// ("Presidential Office head Andriy Yermak"), the leader's office ("head of Zelenskyy's Presidential Office"). The
// held-out texts are not in the repository; short quotes carry their ids. Each red-flag form has true look-alikes.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

describe('"BODY head NAME" reads as "head of the BODY NAME" (held-out 23 rc010, rc003)', () => {
  it('a head of an office who had left it is outdated', () => {
    expect(
      red(
        'Zelensky is sending chief negotiator Rustem Umerov, Presidential Office head Andriy Yermak, diplomatic adviser Serhiy Kyslytsya, and others.',
        '2026-01-23',
      ),
    ).toEqual(['Presidential Office head Andriy Yermak']);
  });
  it('the holder of the day is supported, the former one in office that day too', () => {
    expect(ok('Presidential Office head Kyrylo Budanov joined the talks.', '2026-01-24')).toEqual([
      'Presidential Office head Kyrylo Budanov',
    ]);
    expect(red('Presidential Office head Andriy Yermak met the envoys in Miami.', '2025-11-20')).toEqual([]);
    expect(ok("Ukraine's National Security and Defence Council head, Rustem Umerov, has expressed hopes.", '2025-11-26')).toEqual([
      "Ukraine's National Security and Defence Council head, Rustem Umerov",
    ]);
    expect(ok('Pentagon chief Pete Hegseth and CIA head John Ratcliffe spoke.', '2025-06-01')).toEqual([
      'Pentagon chief Pete Hegseth',
      'CIA head John Ratcliffe',
    ]);
  });
  it("a former head, a time told and another country's office are not flagged", () => {
    expect(red('Former Presidential Office head Andriy Yermak was questioned.', '2026-01-23')).toEqual([]);
    expect(red('In 2023, Presidential Office head Andriy Yermak visited Washington.', '2026-01-23')).toEqual([]);
    expect(red('Russian presidential administration head Sergei Ivanov said on Monday.', '2015-06-01')).toEqual([]);
    expect(red('Taiwan Presidential Office head Pan Men-an spoke.', '2025-06-01')).toEqual([]);
  });
});

describe('"head of Zelenskyy\'s Presidential Office NAME" (held-out 23 rc009)', () => {
  it('is read as the head of the Office of the President', () => {
    expect(
      ok(
        'The delegation was led by Prime Minister Yuliia Svyrydenko, head of Zelenskyy’s Presidential Office Andriy Yermak, and others.',
        '2025-10-14',
      ),
    ).toContain('head of Zelenskyy’s Presidential Office Andriy Yermak');
    expect(red("The talks included head of Zelensky's Presidential Office Andriy Yermak.", '2026-01-23')).toEqual([
      "head of Zelensky's Presidential Office Andriy Yermak",
    ]);
  });
});

describe('"NAME (Leader’s TITLE)" with the leader named by the surname alone (d22 db014)', () => {
  it('confirms an aide of the one leader of that surname', () => {
    expect(ok('US mediators Steve Witkoff (Trump’s special envoy) and Jared Kushner attended.', '2026-02-18')).toEqual([
      'Steve Witkoff (Trump’s special envoy',
    ]);
    expect(ok('Mike Waltz, Trump’s national security adviser, attended.', '2026-02-18')).toEqual([
      'Mike Waltz, Trump’s national security adviser',
    ]);
  });
  it('never flags: another leader’s aide, a first name before the surname', () => {
    expect(red('Steve Witkoff, Biden’s special envoy, attended.', '2026-02-18')).toEqual([]);
    expect(ok('Steve Witkoff, Biden’s special envoy, attended.', '2026-02-18')).toEqual([]);
    expect(ok('Steve Witkoff, Eric Trump’s special envoy, attended.', '2026-02-18')).toEqual([]);
    expect(red('Steve Witkoff, Eric Trump’s special envoy, attended.', '2026-02-18')).toEqual([]);
  });
});

describe('"then-President NAME" of a holder back in office after an earlier term (held-out 23 rc011, held-out 21 zc011)', () => {
  it('is neither confirmed nor flagged when no time is told', () => {
    const s =
      'However, sources revealed that Hegseth did not inform the White House before making this decision, leaving then-President Donald Trump caught off guard.';
    expect(ok(s, '2025-07-10')).toEqual([]);
    expect(red(s, '2025-07-10')).toEqual([]);
    expect(ok('Zelenskyy clashed with then-President Donald Trump at the White House.', '2025-03-03')).toEqual([]);
  });
  it('a year told, or a leader with one term, is still confirmed', () => {
    expect(ok('The deal was signed in 2018 by then-President Donald Trump.', '2025-07-10')).toEqual(['then-President Donald Trump']);
    expect(ok('The deal was signed by then-President Joe Biden.', '2025-07-10')).toEqual(['then-President Joe Biden']);
  });
});

describe('"the President of the Republic NAME" of any republic (held-out 21 za001)', () => {
  it('is read as the country’s president, named by the person', () => {
    expect(ok('The ceremony was presided over by the president of the Republic Frank Walter Steinmeier.', '2019-07-17')).toEqual([
      'president of the Republic Frank Walter Steinmeier',
    ]);
    expect(ok('The President of the Republic of Poland Andrzej Duda spoke.', '2024-07-17')).toEqual([
      'President of the Republic of Poland Andrzej Duda',
    ]);
  });
  it('a president who had left is flagged as any "President NAME" is; a former one is not', () => {
    expect(red('On Monday, President of the Republic Andrzej Duda signed the bill.', '2026-03-02')).toEqual([
      'President of the Republic Andrzej Duda',
    ]);
    expect(red('Former President of the Republic Andrzej Duda signed the bill.', '2026-03-02')).toEqual([]);
  });
});

describe('"[TITLE] NAME": an editor’s bracket in a quotation (held-out 22 pd020)', () => {
  it('confirms the holder of the day', () => {
    expect(
      ok('“I heard a very important message from [NATO Secretary General] Jens Stoltenberg which was shared by everyone.”', '2023-02-14'),
    ).toEqual(['NATO Secretary General] Jens Stoltenberg']);
  });
  it('never flags: the bracket may give the title of the time quoted; a bracket closed with no opening is not read', () => {
    expect(red('“I heard a very important message from [NATO Secretary General] Jens Stoltenberg.”', '2025-02-14')).toEqual([]);
    expect(ok('He met the NATO Secretary General] Jens Stoltenberg.', '2023-02-14')).toEqual([]);
  });
});

describe('"SURNAME currently serves as TITLE" after the full name (held-out 19 xc206)', () => {
  it('confirms the holder named in full before', () => {
    expect(
      ok('Jens Stoltenberg chairs the conference. Stoltenberg currently serves as Norway’s Minister of Finance.', '2025-02-17'),
    ).toEqual(['Stoltenberg currently serves as Norway’s Minister of Finance']);
  });
  it('never flags on a lone surname', () => {
    expect(red('Jens Stoltenberg spoke. Stoltenberg currently serves as NATO Secretary General.', '2025-02-17')).toEqual([]);
    expect(red('Jens Stoltenberg spoke. Stoltenberg is now the NATO Secretary General.', '2025-02-17')).toEqual([]);
  });
});

describe('Bulgaria’s prime minister until the caretaker was sworn in on 19 February 2026 (d23 eb015; held-out 18 wa055)', () => {
  it('confirms him on his last weeks in office, and by the AFP spelling', () => {
    expect(
      ok('On December 12, 2025, the government of Bulgarian Prime Minister Rosen Zhelyazkov resigned due to mass protests.', '2026-01-19'),
    ).toEqual(['Bulgarian Prime Minister Rosen Zhelyazkov']);
    expect(ok('"We did it!" Bulgarian Prime Minister Rossen Jeliazkov said.', '2025-07-08')).toEqual([
      'Bulgarian Prime Minister Rossen Jeliazkov',
    ]);
  });
  it('"former" after his resignation of 11 December 2025 is not flagged', () => {
    expect(red('Former Bulgarian Prime Minister Rosen Zhelyazkov said on Sunday.', '2026-02-15')).toEqual([]);
  });
});

describe('the State Department spokesperson of 2025 (held-out 17 vd308, held-out 23 rb007)', () => {
  it('confirms Tammy Bruce in 2025, flags her before her tenure', () => {
    expect(ok('State Department spokesperson Tammy Bruce said on Monday.', '2025-05-16')).toEqual([
      'State Department spokesperson Tammy Bruce',
    ]);
    expect(red('State Department spokesperson Tammy Bruce said on Monday.', '2024-06-03')).toEqual([
      'State Department spokesperson Tammy Bruce',
    ]);
  });
  it('never flags her after the day the record was last checked', () => {
    expect(red('State Department spokesperson Tammy Bruce said on Monday.', '2025-12-01')).toEqual([]);
  });
});
