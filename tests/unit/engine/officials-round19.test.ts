// Officials, nineteenth round: held-out 17's missed title errors (development data now; cited by id and URL), each
// tested on the page's sentence, on false versions of it, and on true look-alikes that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);

describe('"Chancellor NAME" with no country, of someone heading a country with no chancellor (title-absent-head.ts)', () => {
  // vc201 (2023-02-17), https://netherlandsnewslive.com/rutte-makes-surprise-visit-to-kiev-ahead-of-invasion-day/381965/
  const vc201 =
    'Dutch military aid to Ukraine has exceeded 1 billion euros, and last month Chancellor Mark Rutte said the Netherlands was ready to buy tanks currently leased from Germany.';

  it("the page's sentence is contradicted; so is the title at the head of a sentence", () => {
    expect(titleVerdicts(vc201, 'Chancellor Mark Rutte', '2023-02-17')).toEqual(['contradicted']);
    const head = 'Chancellor Mark Rutte said on Friday that the Netherlands would send more air defence.';
    expect(titleVerdicts(head, 'Chancellor Mark Rutte', '2023-02-17')).toEqual(['contradicted']);
  });

  it('true look-alikes stay unflagged: a chancellor, a vice chancellor, a quotation, another time told, two people', () => {
    const scholz = 'Last month Chancellor Olaf Scholz said Germany was ready to send tanks.';
    expect(titleVerdicts(scholz, 'Chancellor Olaf Scholz', '2023-02-17')).toEqual(['supported']);
    // The UK's Chancellor of the Exchequer: title.ts's office, never this reader's.
    const sunak = 'Chancellor Rishi Sunak said the furlough scheme would be extended.';
    expect(titleVerdicts(sunak, 'Chancellor Rishi Sunak', '2021-03-01')).toEqual(['supported']);
    for (const [text, quote] of [
      ['Vice Chancellor Mark Rutte spoke at the graduation.', 'Mark Rutte'],
      ['Lord Chancellor Mark Rutte spoke.', 'Mark Rutte'],
      ['"Chancellor Mark Rutte is wrong," the opposition leader said.', 'Chancellor Mark Rutte'],
      ['In 2021 Chancellor Mark Rutte said the Netherlands was ready.', 'Chancellor Mark Rutte'],
      ['He met Chancellor Karl Nehammer and Prime Minister Mark Rutte.', 'Prime Minister Mark Rutte'],
      ['Former Chancellor Mark Rutte said.', 'Chancellor Mark Rutte'],
    ])
      expect(isRed(titleVerdicts(text, quote, '2023-02-17')), text).toBe(false);
  });
});

describe('a head of state acting on the day of a handover (Hungary, February 2024)', () => {
  // vb102 (2024-02-26), https://app.justthenews.com/government/diplomacy/hungary-approves-sweden-bid-join-nato-making-country-32nd-join-alliance
  const vb102 =
    'Hungary’s approval was 18 months coming, and is seen as a blow to Russian President Vladimir Putin because Hungarian President Viktor Orban is one of Putin’s closest allies.';

  it('the prime minister called president is contradicted: the acting president of the day is on record', () => {
    expect(titleVerdicts(vb102, 'Hungarian President Viktor Orban', '2024-02-26')).toEqual(['contradicted']);
  });

  it('the acting president and the prime minister are confirmed', () => {
    const kover = 'Hungarian President Laszlo Kover signed the ratification law on Saturday.';
    expect(titleVerdicts(kover, 'Hungarian President Laszlo Kover', '2024-03-02')).toEqual(['supported']);
    const orban = 'Hungarian Prime Minister Viktor Orban is one of Putin’s closest allies.';
    expect(titleVerdicts(orban, 'Hungarian Prime Minister Viktor Orban', '2024-02-26')).toEqual(['supported']);
  });
});

describe("Canada's deputy prime minister, and a first title joined to an unknown portfolio before the name", () => {
  // vd312 (2025-09-13, estimate), Yalta European Strategy meeting in Kyiv
  const vd312 =
    'Ukrainian Defense Minister Denys Shmyhal took part in the annual Yalta European Strategy (YES) meeting, where he joined Canadian Deputy Prime Minister and Minister of Transport and Internal Trade Chrystia Freeland and other participants to discuss ways to end the war.';

  it("the page's stale title is outdated; so is the title alone", () => {
    expect(titleVerdicts(vd312, 'Canadian Deputy Prime Minister', '2025-09-13')).toEqual(['outdated']);
    const alone = 'He met Canadian Deputy Prime Minister Chrystia Freeland in Kyiv.';
    expect(titleVerdicts(alone, 'Canadian Deputy Prime Minister Chrystia Freeland', '2025-09-13')).toEqual(['outdated']);
  });

  it('true look-alikes: while she held it, "former", an article before two titles (perhaps two people)', () => {
    const held = vd312.replace('Transport and Internal Trade', 'Finance and Economic Development');
    expect(titleVerdicts(held, 'Canadian Deputy Prime Minister', '2023-09-13')).toEqual(['supported']);
    const former = 'He met former Canadian Deputy Prime Minister and Minister of Transport and Internal Trade Chrystia Freeland.';
    expect(isRed(kindOn('title', former, 'Chrystia Freeland', '2025-09-13').map((a) => a.verdict))).toBe(false);
    const article = 'He met the Canadian Deputy Prime Minister and Minister of Transport and Internal Trade Chrystia Freeland.';
    expect(isRed(kindOn('title', article, 'Chrystia Freeland', '2025-09-13').map((a) => a.verdict))).toBe(false);
    // A portfolio title before someone who never held the first office: not read as theirs.
    const other = 'He met Canadian Deputy Prime Minister and Minister of Foreign Affairs Melanie Joly.';
    expect(isRed(kindOn('title', other, 'Melanie Joly', '2023-09-13').map((a) => a.verdict))).toBe(false);
  });
});
