// Round 22's look-alike precision probe: true sentences shaped like the round's new red-flag forms (and older ones) that
// were flagged, each with the error its form was built for, which must stay flagged.
import { describe, expect, it } from 'vitest';
import { redQuotes as red } from './helpers';

describe('a date of the clause before "while NATO defence ministers meet" (ministerials.ts)', () => {
  it('the G7 summit’s days are not the ministers’', () => {
    expect(
      red('G7 leaders are convening in Apulia, Italy, on June 13-15, while NATO defence ministers meet in Brussels.', '2024-06-13'),
    ).toEqual([]);
  });
  it('a range told of the ministers themselves is still checked', () => {
    expect(red('NATO defence ministers meet in Brussels on June 13-15, while G7 leaders gather in Apulia.', '2024-06-13')).toEqual([
      'June 13-15',
    ]);
  });
});

describe('a country’s bare noun before a foreign title (title.ts)', () => {
  it('"Speaking in Ukraine Foreign Secretary David Lammy", "Trump’s Russia envoy Steve Witkoff": not read as that country’s', () => {
    expect(red('Speaking in Ukraine Foreign Secretary David Lammy said the UK would stand firm.', '2024-11-19')).toEqual([]);
    expect(red('For Ukraine Foreign Secretary David Lammy announced more aid.', '2024-11-19')).toEqual([]);
    expect(red("Trump's Russia envoy Steve Witkoff met Putin in Moscow.", '2025-03-15')).toEqual([]);
  });
  it('the possessive and the adjective are still read (held-out 20 yb103’s form)', () => {
    expect(red("During the commemoration, Ukraine's Foreign Secretary David Lammy spoke.", '2024-11-19')).toEqual([
      "Ukraine's Foreign Secretary David Lammy",
    ]);
    expect(red('At the meeting, Ukrainian Foreign Secretary David Lammy spoke first.', '2024-11-19')).toEqual([
      'Ukrainian Foreign Secretary David Lammy',
    ]);
    expect(red('Russian envoy Steve Witkoff met Putin.', '2025-03-15')).toEqual(['Russian envoy Steve Witkoff']);
  });
});

describe('"the former president" after returned holders (title-bare.ts)', () => {
  it('someone out of office named earlier in the paragraph, or a tenure told as ended after the words: not red', () => {
    expect(
      red(
        'Joe Biden spoke at a conference in Chicago on Monday. He criticised the peace plan. Trump, meanwhile, spoke with Putin. Putin praised the call. The former president said Ukraine must not be abandoned.',
        '2025-05-28',
      ),
    ).toEqual([]);
    expect(
      red(
        'Trump spoke with Putin for two hours. Putin thanked Trump. The former president, who left office in January, warned against concessions.',
        '2025-05-28',
      ),
    ).toEqual([]);
  });
  it('held-out 20 ye412’s form is still outdated', () => {
    expect(
      red(
        'Trump spoke with Putin for two hours. Putin thanked Trump. The former president had previously claimed he could end the war in 24 hours.',
        '2025-05-28',
      ),
    ).toEqual(['The former president']);
  });
});

describe('a headline’s title of a page looking back (title.ts)', () => {
  it('a retrospective headline, or the person’s tenure told as past below it: not red', () => {
    expect(red('The Legacy Of Chancellor Scholz\n\nOlaf Scholz left office in May.', '2025-06-03')).toEqual([]);
    expect(
      red("Secretary General Stoltenberg's Decade At NATO\n\nJens Stoltenberg led the alliance from 2014 to 2024.", '2025-06-03'),
    ).toEqual([]);
    expect(
      red(
        'Foreign Minister Baerbock Recalls Her Time In Office\n\nAnnalena Baerbock, who was German foreign minister from 2021 to 2025, spoke on Monday.',
        '2025-06-03',
      ),
    ).toEqual([]);
  });
  it('held-out 20 yc203’s form is still outdated', () => {
    expect(
      red(
        'German Foreign Minister Baerbock Elected President of UN General Assembly\n\nAnnalena Baerbock, former German Foreign Minister, was elected as president of the 80th session on Monday.',
        '2025-06-03',
      ),
    ).toEqual(['German Foreign Minister Baerbock']);
  });
});

describe('a package’s day (sanction-packages.ts)', () => {
  it('"since 2022" of another clause, and a package told as adopted a day earlier than "this date": not red', () => {
    expect(
      red(
        'February 24, 2025, marked three years of war. It is on this date that the EU adopted its 16th package, and the UK its largest sanctions since 2022.',
        '2025-02-26',
      ),
    ).toEqual([]);
    expect(
      red(
        'February 24, 2024, was the second anniversary. On this date, the EU marked the anniversary with its 13th sanctions package, adopted a day earlier.',
        '2024-02-26',
      ),
    ).toEqual([]);
  });
  it('held-out 20 yd303’s form is still contradicted', () => {
    expect(
      red(
        'February 24, 2024, marked the second anniversary of Russia’s invasion of Ukraine. It is on this symbolic date that the European Union adopted its 13th sanctions package.',
        '2024-02-26',
      ).length,
    ).toBe(1);
  });
});

describe('a figure left behind beside the split (figure-split.ts)', () => {
  it('"3.5% (up from 2%) for core defence and 1.5%": the 2% is no part', () => {
    expect(red('The target of 3.5% (up from 2%) for core defence and 1.5% for related spending adds up to 5%.', '2025-06-26')).toEqual([]);
  });
  it('a wrong core part is still contradicted', () => {
    expect(red('NATO allies agreed 3% for core defence and 1.5% for related infrastructure, a 5% target.', '2025-06-26')).toEqual(['3%']);
  });
});
