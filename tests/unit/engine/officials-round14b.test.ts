// Officials, second pass of the fourteenth round: the development pages dev14 (i/j, not in the repository; cited
// by id) and the heads of state and government of India, Israel, China and Brazil. Each form is tested on a
// sentence of the page's form, with the fact changed, and on true sentences that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);
const tenureVerdicts = (text: string, quote: string, asOf: string) => kindOn('tenure', text, quote, asOf).map((a) => a.verdict);

describe('the bare "Chancellor" of a Briton is the Chancellor of the Exchequer', () => {
  // dev14 j402 (12 January 2024): Sunak had been Prime Minister since October 2022.
  const j402 =
    "In a significant show of solidarity, Chancellor Rishi Sunak has reaffirmed the UK's commitment to supporting Ukraine. Chancellor Sunak, speaking from Kyiv, emphasised the UK's pivotal role.";

  it('a former chancellor is outdated, in full and by surname', () => {
    expect(titleVerdicts(j402, 'Chancellor Rishi Sunak', '2024-01-12')).toEqual(['outdated']);
    expect(titleVerdicts(j402, 'Chancellor Sunak', '2024-01-12')).toEqual(['outdated']);
  });

  it('true while he held it; the holder of the day and the German chancellor are confirmed', () => {
    expect(titleVerdicts(j402, 'Chancellor Rishi Sunak', '2021-06-01')).toEqual(['supported']);
    expect(titleVerdicts('Chancellor Jeremy Hunt said.', 'Chancellor Jeremy Hunt', '2024-01-12')).toEqual(['supported']);
    expect(titleVerdicts('Chancellor Olaf Scholz said.', 'Chancellor Olaf Scholz', '2024-01-12')).toEqual(['supported']);
  });

  it('with the fact changed: a successor before his time, a Briton who never held it, a Briton who is "German"', () => {
    expect(titleVerdicts('Chancellor Rachel Reeves said.', 'Chancellor Rachel Reeves', '2024-01-12')).toEqual(['contradicted']);
    expect(titleVerdicts('Chancellor Keir Starmer said.', 'Chancellor Keir Starmer', '2025-09-01')).toEqual(['contradicted']);
    expect(titleVerdicts('German Chancellor Rishi Sunak said.', 'German Chancellor Rishi Sunak', '2021-06-01')).toEqual(['contradicted']);
  });

  it('not flagged: the Lord Chancellor called "Chancellor"', () => {
    expect(isRed(verdictsOn('Chancellor David Lammy said.', 'David Lammy', '2025-10-01'))).toBe(false);
    expect(titleVerdicts('Lord Chancellor David Lammy said.', 'Lord Chancellor David Lammy', '2025-10-01')).not.toContain('contradicted');
  });
});

describe('a title put around the name, with its body after it', () => {
  // dev14 j401 (19 August 2025)
  const j401 =
    'Those accompanying Zelenskyy included President Emmanuel Macron of France, Prime Minister Giorgia Meloni of Italy, President Ursula von der Leyen of the European Commission, Prime Minister Keir Starmer of the UK, and NATO Secretary General Mark Rutte.';

  it("is read as the body's office", () => {
    expect(titleVerdicts(j401, 'President Ursula von der Leyen of the European Commission', '2025-08-19')).toEqual(['supported']);
    expect(
      titleVerdicts(
        'President Antonio Costa of the European Council spoke.',
        'President Antonio Costa of the European Council',
        '2025-08-19',
      ),
    ).toEqual(['supported']);
  });

  it('with the fact changed: another person of the body, a date before the holder', () => {
    const kallas = j401.replace('Ursula von der Leyen', 'Kaja Kallas');
    expect(titleVerdicts(kallas, 'President Kaja Kallas of the European Commission', '2025-08-19')).toEqual(['contradicted']);
    expect(titleVerdicts(j401, 'President Ursula von der Leyen of the European Commission', '2018-08-19')).toContain('contradicted');
  });
});

describe('a return told as a condition still to come, of someone back in office for months', () => {
  // dev14 i308 (26 June 2025)
  const i308 =
    "The move comes in response to pressure from U.S. President Donald Trump, who has demanded that each country allocate 5% of its GDP to defence. There's also the political pressure of not wanting to upset Trump, especially if he returns to power.";

  it('is outdated five months into the second term', () => {
    expect(tenureVerdicts(i308, 'if he returns to power', '2025-06-26')).toEqual(['outdated']);
    const named = 'President Donald Trump spoke. Should Trump return to power, aid would end.';
    expect(tenureVerdicts(named, 'Should Trump return to power', '2025-06-26')).toEqual(['outdated']);
  });

  it('not flagged: before the return, within weeks of it, a sentence of another year, two people before "he", a leader never back', () => {
    expect(isRed(verdictsOn(i308, 'if he returns to power', '2024-06-26'))).toBe(false);
    expect(isRed(verdictsOn(i308, 'if he returns to power', '2025-02-10'))).toBe(false);
    const campaign = 'In 2024, Europe feared upsetting Trump, especially if he returns to power.';
    expect(isRed(verdictsOn(campaign, 'if he returns to power', '2025-06-26'))).toBe(false);
    const two = 'Europe fears Putin and Trump, especially if he returns to power.';
    expect(isRed(verdictsOn(two, 'if he returns to power', '2025-06-26'))).toBe(false);
    // A sitting president returns to the White House from every trip.
    const trip = 'President Donald Trump is in Scotland. The bill will be signed if Trump returns to the White House by Friday.';
    expect(isRed(verdictsOn(trip, 'if Trump returns to the White House', '2025-07-27'))).toBe(false);
    const biden = 'President Donald Trump spoke. If Joe Biden returns to power, aid would flow.';
    expect(isRed(verdictsOn(biden, 'If Joe Biden returns to power', '2025-06-26'))).toBe(false);
  });
});

describe('heads of state and government added: India, Israel, China, Brazil', () => {
  it("the pages' sentences are confirmed", () => {
    // dev14 j406 (15 October 2025), j407 (18 August 2025)
    const j406 = 'Weeks before Prime Minister Narendra Modi attended the SCO Summit in Tianjin, the media reports said so.';
    expect(titleVerdicts(j406, 'Prime Minister Narendra Modi', '2025-10-15')).toEqual(['supported']);
    const j407 =
      'New Delhi: On Monday, Russia’s President Vladimir Putin spoke to Prime Minister Narendra Modi following the Alaska summit.';
    expect(titleVerdicts(j407, 'Prime Minister Narendra Modi', '2025-08-18')).toEqual(['supported']);
    expect(titleVerdicts('Israeli Prime Minister Benjamin Netanyahu said.', 'Benjamin Netanyahu', '2025-06-24')).toEqual(['supported']);
    expect(titleVerdicts('Israeli President Isaac Herzog said.', 'Isaac Herzog', '2025-06-24')).toEqual(['supported']);
    expect(titleVerdicts('Brazilian President Luiz Inácio Lula da Silva said.', 'Lula da Silva', '2025-06-24')).toEqual(['supported']);
    expect(titleVerdicts('President Droupadi Murmu hosted a banquet.', 'Droupadi Murmu', '2025-12-05')).toEqual(['supported']);
  });

  it('with the fact changed: the predecessor, the holder between two terms, a premier before his time', () => {
    expect(titleVerdicts('Israeli Prime Minister Naftali Bennett said.', 'Naftali Bennett', '2025-06-24')).toEqual(['outdated']);
    expect(titleVerdicts('Israeli Prime Minister Benjamin Netanyahu said.', 'Benjamin Netanyahu', '2022-03-01')).toEqual(['outdated']);
    expect(titleVerdicts('Brazilian President Jair Bolsonaro said.', 'Jair Bolsonaro', '2024-06-24')).toEqual(['outdated']);
    expect(titleVerdicts('Indian President Ram Nath Kovind said.', 'Ram Nath Kovind', '2024-06-24')).toEqual(['outdated']);
    expect(titleVerdicts('Chinese Premier Li Qiang said.', 'Li Qiang', '2020-06-24')).toEqual(['contradicted']);
    expect(titleVerdicts('Chinese Premier Li Keqiang said.', 'Li Keqiang', '2020-06-24')).toEqual(['supported']);
  });

  it("past an office's horizon a holder is confirmed as of it, never flagged", () => {
    // China's record is checked through March 2026 (the premier) and May 2026 (the president) since the fifteenth round.
    expect(titleVerdicts('Chinese President Xi Jinping said.', 'Xi Jinping', '2026-10-15')).toEqual(['supported']);
    expect(isRed(verdictsOn('Chinese Premier Li Keqiang said.', 'Li Keqiang', '2026-10-15'))).toBe(false);
  });
});
