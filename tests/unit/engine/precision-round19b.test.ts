// Round 19, second precision pass: true look-alikes of the red-flag forms this round added or widened, each with the
// wrong version that must stay flagged. The sentences are made up in the forms news, encyclopedia and timeline pages use.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

const red = (text: string, quote: string, asOf: string) => isRed(verdictsOn(text, quote, asOf));

describe('an application named as the object or subject of another act (accession-steps.ts)', () => {
  it('reads no day of handing it in from signing, announcing, endorsing or blocking it', () => {
    const page = '2024-03-10';
    expect(red('May 17, 2022: Sweden signs its application to join NATO.', 'Sweden signs its application', page)).toBe(false);
    const linde = "Sweden's letter of application was signed by Foreign Minister Ann Linde on May 17, 2022.";
    expect(red(linde, 'letter of application', page)).toBe(false);
    const signed = "Sweden's application to join NATO, signed on May 17, 2022, was handed over the next day.";
    expect(red(signed, 'application to join', page)).toBe(false);
    const endorsed = "On May 17, 2022, Finland's parliament endorsed the application to join NATO by 188 votes to 8.";
    expect(red(endorsed, 'application to join', page)).toBe(false);
    const forward = "On July 10, 2023, Erdogan agreed to forward Sweden's application to join NATO to parliament.";
    expect(red(forward, 'application to join', page)).toBe(false);
    const petition =
      "On March 1, 2022, a petition calling for a referendum on Finland's application to join NATO reached 50,000 signatures.";
    expect(red(petition, 'application to join', page)).toBe(false);
  });

  it('still flags the application handed in on a wrong day', () => {
    const page = '2024-03-10';
    expect(verdictsOn('May 16, 2022: Sweden submits its application to join NATO.', 'application', page)).toContain('contradicted');
    expect(verdictsOn('Sweden sent its application to join NATO on May 16, 2022.', 'application', page)).toContain('contradicted');
    expect(verdictsOn("Sweden's application to join NATO on May 16, 2022 was a historic step.", 'application', page)).toContain(
      'contradicted',
    );
    expect(verdictsOn('May 18, 2022: Sweden submits its application to join NATO.', 'application', page)).toContain('supported');
  });
});

describe('"The N-year-old TITLE" after someone named in passing (title-epithet.ts)', () => {
  it('reads no stale title of a person named once in passing, nor of one told to have moved on', () => {
    const sunak =
      'The British Prime Minister spoke in the Commons on Wednesday. He attacked Rishi Sunak over his record on migration. The 62-year-old British Prime Minister promised to cut numbers.';
    expect(red(sunak, 'The 62-year-old British Prime Minister', '2024-10-09')).toBe(false);
    const biden =
      'Kyiv hit back on Wednesday, saying Joe Biden had been a better partner. The 78-year-old US President called Zelensky a dictator.';
    expect(red(biden, 'The 78-year-old US President', '2025-02-20')).toBe(false);
    const rutte =
      'The Netherlands has a new government. Mark Rutte, who led it for 14 years, now heads NATO. The 67-year-old Dutch Prime Minister welcomed the move.';
    expect(red(rutte, 'The 67-year-old Dutch Prime Minister', '2024-10-01')).toBe(false);
  });

  it('still flags the stale title of the one the page is about', () => {
    const page =
      "Mark Rutte Takes Office as NATO's New Secretary General\n\nNATO has officially welcomed its new Secretary General, Mark Rutte, during a ceremony in Brussels. The 57-year-old Dutch Prime Minister succeeded Jens Stoltenberg.";
    expect(verdictsOn(page, 'The 57-year-old Dutch Prime Minister', '2024-10-01')).toContain('outdated');
    const opens = 'Mark Rutte took over at NATO on Tuesday. The 57-year-old Dutch Prime Minister succeeded Jens Stoltenberg.';
    expect(verdictsOn(opens, 'The 57-year-old Dutch Prime Minister', '2024-10-01')).toContain('outdated');
  });
});

describe('"welcomed PERSON\'s words" is no meeting (event.ts)', () => {
  it("reads no visit from a person's speech welcomed at a place", () => {
    const speech = "On September 20, Biden welcomed Zelensky's speech at the UN Security Council.";
    expect(red(speech, 'On September 20', '2023-09-25')).toBe(false);
    const full = "On September 20, Joe Biden welcomed Volodymyr Zelensky's speech at the UN Security Council.";
    expect(red(full, 'On September 20', '2023-09-25')).toBe(false);
  });

  it('still flags the person welcomed on a wrong day', () => {
    const visit = 'On September 20, Biden welcomed Zelensky to the White House.';
    expect(verdictsOn(visit, 'On September 20', '2023-09-25')).toContain('contradicted');
    const title = 'On December 22, Biden welcomed the president of Ukraine to the White House.';
    expect(verdictsOn(title, 'On December 22', '2023-01-05')).toContain('contradicted');
  });
});

describe('a day told as the eve of or the day before a meeting (event.ts)', () => {
  it('reads no day of the meeting from the eve, or from an announcement of it for the next day', () => {
    const eve = 'On September 5, the eve of the 24th meeting of the Ukraine Defense Contact Group, Austin arrived in Germany.';
    expect(red(eve, 'On September 5', '2024-09-12')).toBe(false);
    const next = 'On September 5, Austin announced that the 24th meeting of the UDCG would be held in Ramstein the next day.';
    expect(red(next, 'On September 5', '2024-09-12')).toBe(false);
  });

  it('still flags the meeting told on the wrong day', () => {
    const wrong = 'On September 5, Austin chaired the 24th meeting of the UDCG in Ramstein.';
    expect(verdictsOn(wrong, 'On September 5', '2024-09-12')).toContain('contradicted');
  });
});

describe('"X was one of the N members to meet the target" (allies-at-target.ts)', () => {
  it('reads one of a group, not a count of one', () => {
    const estonia = 'In 2016, Estonia was one of the 28 member states of NATO to meet the 2% target.';
    expect(red(estonia, 'one of the 28 member states', '2024-06-01')).toBe(false);
    const apposition = 'Estonia, one of the 28 member states of NATO to meet the 2% target in 2016, spent 2.2%.';
    expect(red(apposition, 'one of the 28 member states', '2024-06-01')).toBe(false);
  });

  it('still flags a count of one', () => {
    const only = 'In 2016, only one of the 28 member states of NATO met the 2% target.';
    expect(verdictsOn(only, 'one of the 28 member states', '2024-06-01')).toContain('contradicted');
  });
});
