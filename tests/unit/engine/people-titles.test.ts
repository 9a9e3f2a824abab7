// Historical officials and a surname after a short title, judged by the real engine on sentences
// from real pages (tests/fixtures/real/dev-people.jsonl), as of their dates.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('officials of the 1990s and 2000s on real pages', () => {
  it.each([
    // http://www.defense.gov/news/newsarticle.aspx?id=42006 (American Forces Press Service, 16 March 1999)
    [
      "Speaking in at the historic event in Independence, Secretary of State Madeleine Albright said Poland, Hungary and the Czech Republic are the first new members since the Cold War's end, but not the last.",
      'Secretary of State Madeleine Albright',
      '1999-03-16',
    ],
    // https://www.rferl.org/a/1090802.html (RFE/RL, 15 March 1999)
    [
      'The ceremony was attended by the foreign ministers of the three countries and U.S. Secretary of State Madeleine Albright.',
      'U.S. Secretary of State Madeleine Albright',
      '1999-03-15',
    ],
    // https://www.globalsecurity.org/military/library/news/2008/06/mil-080613-afps02.htm (AFPS, 13 June 2008)
    [
      'BRUSSELS, Belgium, June 13, 2008 – It was going to be a typical NATO defense ministers working dinner until Defense Secretary Robert M. Gates threw away his script.',
      'Defense Secretary Robert M. Gates',
      '2008-06-13',
    ],
    // https://babel.ua/en/news/78884-former-german-chancellor-gerhard-schroeder-esigned-from-rosneft-s-board-of-directors-the-european-parliament-threatened-him-with-sanctions (Babel, 20 May 2022)
    [
      'This came after the European Parliament passed a resolution yesterday calling on former German Chancellor Gerhard Schröder and former Austrian Foreign Minister Karin Kneissl to resign from Rosneftʼs board of directors.',
      'former German Chancellor Gerhard Schröder',
      '2022-05-20',
    ],
    // https://thediplomaticinsight.com/us-at-ukraine-defense-contact-group-meeting/ (12 October 2022)
    ['Chairman of Joint Chiefs of Staff, General Mark A. Milley, also joined Secretary Austin.', 'Secretary Austin', '2022-10-12'],
  ])('supports "%s"', (text, quote, asOf) => {
    const verdicts = verdictsOn(text, quote, asOf);
    expect(verdicts).toContain('supported');
    expect(isRed(verdicts)).toBe(false);
  });

  it('flags a title kept after the holder left, now that the holder list reaches back', () => {
    // The 1999 sentence moved to 2005: Albright had left the State Department on 2001-01-20.
    const text =
      "Speaking in at the historic event in Independence, Secretary of State Madeleine Albright said Poland, Hungary and the Czech Republic are the first new members since the Cold War's end, but not the last.";
    expect(verdictsOn(text, 'Secretary of State Madeleine Albright', '2005-03-16')).toContain('outdated');
  });
});

describe('Ukraine’s energy ministers, 2021-2026', () => {
  // https://unn.ua/en/news/submissions-for-the-dismissal-of-the-ministers-of-energy-and-justice-have-been-received-by-the-rada-stefanchuk (UNN, 12 November 2025)
  const submissions =
    'Submissions for the dismissal of Minister of Energy Svitlana Hrynchuk and Minister of Justice Herman Halushchenko have been received by the Verkhovna Rada.';
  // https://unn.ua/en/news/rada-to-consider-dismissal-of-justice-minister-and-energy-minister-on-november-18-mp (UNN, 12 November 2025)
  const formerMinister =
    'Earlier, an application for the dismissal of the current Minister of Justice and former Minister of Energy of Ukraine Herman Halushchenko was submitted to the Verkhovna Rada of Ukraine.';

  it('confirms Hrynchuk as energy minister a week before the Rada dismissed her', () => {
    const verdicts = verdictsOn(submissions, 'Minister of Energy Svitlana Hrynchuk', '2025-11-12');
    expect(verdicts).toContain('supported');
    expect(isRed(verdicts)).toBe(false);
  });

  it('confirms Halushchenko as a former energy minister, and flags him as the sitting one in 2025', () => {
    const verdicts = verdictsOn(formerMinister, 'former Minister of Energy of Ukraine Herman Halushchenko', '2025-11-12');
    expect(verdicts).toContain('supported');
    expect(isRed(verdicts)).toBe(false);
    // Without "former": he had moved to the Justice Ministry on 2025-07-17.
    const sitting = 'Minister of Energy of Ukraine Herman Halushchenko was submitted to the Verkhovna Rada of Ukraine.';
    expect(verdictsOn(sitting, 'Minister of Energy of Ukraine Herman Halushchenko', '2025-11-12')).toContain('outdated');
  });
});
