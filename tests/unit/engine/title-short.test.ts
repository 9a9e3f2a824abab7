// Titles given with less than the full name (claims/title-short.ts, and title.ts's guard for a lone
// surname): a bare "Minister"/"Secretary", initials, a surname with its title in apposition. Real
// sentences from the press, judged as of their date; confirmed when the surname's holder of that
// office held it, red only when the text names the person in full before and the surname is theirs
// alone among the office's holders.
import { describe, expect, it } from 'vitest';
import { analyze, isRed } from './helpers';

const titleOn = (text: string, quote: string, asOf: string) => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return analyze(text, asOf).filter((a) => a.kind === 'title' && a.start < start + quote.length && a.end > start);
};
const verdicts = (text: string, quote: string, asOf: string) => titleOn(text, quote, asOf).map((a) => a.verdict);

describe('a bare "Minister" or "Secretary" before a surname', () => {
  // https://www.mo.gov.cz/en/ministry-of-defence/newsroom/news/jana-cernochova-took-the-office-of-the-minister-of-defence-232513 (18 December 2021)
  const mod = 'Minister Černochová said her high priority was an accelerated modernisation of the Czech Armed Forces.';
  // https://stl.news/us-state-department-secretary-blinkens-travel-to-brussels/ (19 March 2021)
  const state =
    'On March 23-24, Secretary Blinken will participate in the NATO Foreign Ministerial where he will meet with NATO Allies and Secretary General Stoltenberg to underscore the Biden Administration’s determination to strengthen the Transatlantic alliance.';
  // https://www.globalsecurity.org/military/library/news/2024/12/mil-241203-state01.htm (3 December 2024)
  const readout =
    "Secretary Blinken and Secretary General Rutte discussed key Alliance priorities such as concrete steps to help Ukraine defend itself against Russia's aggression.";

  it('confirms the one bearer of the surname who held a minister’s or cabinet secretary’s office that day', () => {
    const [claim] = titleOn(mod, 'Minister Černochová', '2021-12-18');
    expect([claim.quote, claim.verdict]).toEqual(['Minister Černochová', 'supported']);
    expect(claim.factIds).toEqual(['cze-defence-minister', 'jana-cernochova']);
    expect(verdicts(state, 'Secretary Blinken', '2021-03-19')).toEqual(['supported']);
    expect(titleOn(readout, 'Secretary Blinken', '2024-12-03').map((a) => [a.quote, a.verdict, a.factIds[0]])).toEqual([
      ['Secretary Blinken', 'supported', 'us-secretary-of-state'],
    ]);
  });

  it('says nothing once they have left office: "Minister" does not say which ministry', () => {
    expect(verdicts(mod, 'Minister Černochová', '2026-04-04')).toEqual([]);
    expect(verdicts(`Jana Černochová spoke first. ${mod}`, 'Minister Černochová', '2026-04-04')).toEqual([]);
    expect(verdicts(readout, 'Secretary Blinken', '2025-06-01')).toEqual([]);
  });

  it('leaves a longer title it does not know, or a modifier, alone', () => {
    for (const word of ['Deputy', 'Interior', 'Former'])
      expect(verdicts(mod.replace('Minister', `${word} Minister`), 'Černochová', '2023-04-04')).toEqual([]);
  });
});

describe('initials before the surname', () => {
  // https://ltlife.lt/lt-life-english/outgoing-minister-of-national-defence-r-karoblis-presents-the-ministry-of-national-defence-flag-to-a-anusauskas/ (11 December 2020)
  const headline = 'Outgoing Minister of National Defence R. Karoblis presents the Ministry of National Defence flag to A. Anušauskas';
  const body =
    'Raimundas Karoblis relinquished his duties of the Minister of National Defence after four years in charge and turned over the Ministry of National Defence flag and the scepter, regalis of power, to Arvydas Anušauskas.';
  const quote =
    '“Lithuania has demonstrated an intense concentration and achieved a substantial break-through over the recent years,” outgoing Minister of National Defence R. Karoblis summarized his accomplishments in the position.';

  it('matches the initial and surname against the office’s holders', () => {
    const [claim] = titleOn(headline, 'R. Karoblis', '2020-12-11');
    expect([claim.quote, claim.verdict]).toEqual(['Outgoing Minister of National Defence R. Karoblis', 'supported']);
    expect(claim.factIds).toEqual(['ltu-defence-minister', 'raimundas-karoblis']);
    expect(verdicts(quote, 'R. Karoblis', '2020-12-11')).toEqual(['supported']);
    // No title before "A. Anušauskas": no title claim.
    expect(verdicts(headline, 'A. Anušauskas', '2020-12-11')).toEqual([]);
  });

  it('says nothing when the initial is not the holder’s', () => {
    expect(verdicts(headline.replace('R. Karoblis', 'V. Karoblis'), 'V. Karoblis', '2020-12-11')).toEqual([]);
  });

  it('flags a stale title only when the text names the person in full before it', () => {
    // Judged as of mid-2022, "outgoing" is long stale.
    expect(verdicts(`${body}\n${quote}`, 'R. Karoblis', '2022-06-01')).toEqual(['outdated']);
    const alone = verdicts(quote, 'R. Karoblis', '2022-06-01');
    expect(alone).toEqual(['context']);
    expect(isRed(alone)).toBe(false);
  });
});

describe('a surname with its title in apposition', () => {
  // https://pledgetimes.com/ukraine-russia-war-latest-news-live-ukraine-reports-at-least-16-dead-and-34-injured-in-a-russian-attack-on-a-market-in-the-east-of-the-country/ (6 September 2023)
  const age =
    'Umerov, 41, originally from the Ukrainian Crimean peninsula, occupied by Russia since 2014, has vowed to do “everything possible and impossible” to “liberate every inch” of Ukrainian territory.';

  it('reads no title where the apposition gives none', () => {
    expect(verdicts(age, 'Umerov, 41', '2023-09-06')).toEqual([]);
  });

  it('reads an age before the title, and resolves the surname to the holder of the stated office', () => {
    // The phrasing of the sentence above with the apposition a title.
    const titled = age.replace('originally from the Ukrainian Crimean peninsula', "Ukraine's defence minister");
    const [claim] = titleOn(titled, 'Umerov, 41', '2023-09-07');
    expect([claim.quote, claim.verdict]).toEqual(["Umerov, 41, Ukraine's defence minister", 'supported']);
    expect(claim.factIds).toEqual(['ukr-defence-minister', 'rustem-umerov']);
    // Before he took office: not his title then, but named by surname only, so not flagged.
    expect(isRed(verdicts(titled, 'Umerov, 41', '2023-06-01'))).toBe(false);
  });

  it('takes "the alliance" in lower case for NATO only to confirm', () => {
    const text = 'Rutte, the alliance’s secretary general, said the allies agreed.';
    expect(verdicts(text, 'Rutte, the alliance', '2025-02-11')).toEqual(['supported']);
    // Rutte was the Dutch prime minister in 2023: never red.
    expect(verdicts(`Mark Rutte spoke first. ${text}`, 'Rutte, the alliance', '2023-04-09')).toEqual(['context']);
  });
});

describe('a lone surname after a title the lexicon reads (title.ts)', () => {
  it('is not red unless the text names the person in full before it', () => {
    // "Prime Minister Kallas" in 2025 may be Siim Kallas, Estonia's prime minister in 2002–2003.
    expect(verdicts('Prime Minister Kallas spoke in Tallinn.', 'Kallas', '2025-04-09')).toEqual(['context']);
    expect(verdicts('Kaja Kallas spoke. Prime Minister Kallas spoke in Tallinn.', 'Prime Minister Kallas', '2025-04-09')).toEqual([
      'outdated',
    ]);
    expect(verdicts('Secretary General Rutte spoke.', 'Rutte', '2023-04-09')).toEqual(['context']);
  });

  it('flags "former" said of the sitting holder by surname alone, when no one else on record fits the surname', () => {
    // The guide's own example, as machine-written pages write it, never giving "Donald".
    const text = 'In a speech, former President Trump threatened Russia with 100% tariffs.';
    expect(verdicts(text, 'former President Trump', '2025-07-15')).toEqual(['contradicted']);
    expect(verdicts(text, 'former President Trump', '2022-05-01')).toEqual(['supported']);
    // Two Presidents Bush, two Estonian prime ministers Kallas: not sure who, so not flagged.
    expect(isRed(verdicts('Former President Bush praised the alliance.', 'Bush', '2025-07-15'))).toBe(false);
    expect(isRed(verdicts('Former Prime Minister Kallas spoke in Tallinn.', 'Kallas', '2023-04-09'))).toBe(false);
  });

  it('still confirms one in office, whatever else the text says', () => {
    // https://civil.ge/archives/416515 (28 April 2021)
    const text =
      'Foreign Minister Landsbergis will later meet with President Salome Zurabishvili and Georgian MPs, and will also visit village Odzisi.';
    expect(verdicts(text, 'Foreign Minister Landsbergis', '2021-04-28')).toEqual(['supported']);
  });
});
