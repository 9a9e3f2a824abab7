// More ways real articles give a title (title-paren.ts, title-portfolio.ts, title-stacked.ts, the
// predecessor form in tenure-succession.ts, "former" before a handover in title.ts), on real
// sentences (sources in comments): supported on the article's date; a red flag only where the
// title names its country or is fixed and the name is written in full; context otherwise.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/engine/types';
import { kindOn } from './helpers';

const on = (text: string, quote: string, asOf: string, kind: Annotation['kind'] = 'title') => kindOn(kind, text, quote, asOf);

describe('a title in brackets after the name (title-paren.ts)', () => {
  // aedportugal.pt, 30 March 2020: https://www.aedportugal.pt/en/news/north-macedonia-joins-nato/
  const flag =
    'The flag raising ceremony was held with only 3 people assisting, due to the safety and hygiene measures everyone must follow these days: Jens Stoltenberg (NATO Secretary General), Air Chief Marshal Sir Stuart Peach (Chairman of the NATO Military Committee) and Zoran Todorov (Chargé d’Affaires of the Delegation of North Macedonia to NATO).';

  it('confirms the titles of a list of participants', () => {
    const [sg] = on(flag, 'Jens Stoltenberg (NATO Secretary General)', '2020-03-30');
    expect(sg.quote).toBe('Jens Stoltenberg (NATO Secretary General)');
    expect(sg.verdict).toBe('supported');
    const [chair] = on(flag, 'Stuart Peach (Chairman', '2020-03-30');
    expect(chair.factIds[0]).toBe('nato-military-committee-chair');
    expect(chair.verdict).toBe('supported');
  });

  it('flags the fixed title once its holder has left, as a title before the name would be', () => {
    expect(on(flag, 'Jens Stoltenberg (NATO Secretary General)', '2025-03-01').map((a) => a.verdict)).toEqual(['outdated']);
  });

  it('reads square brackets with a possessive country', () => {
    // news.az, 26 February 2026: https://news.az/news/geneva-hosts-meeting-between-us-and-ukrainian-delegations
    const text =
      "From the Ukrainian side, joining me in the delegation today are Davyd Arakhamiia [leader of Ukraine's Servant of the People parliamentary faction], Oleksii Sobolev [Ukraine's Economy Minister] and Daryna Marchak [Ukraine's Deputy Minister of Economy],";
    expect(on(text, 'Oleksii Sobolev', '2026-02-26').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('says nothing when the bracket goes on after the title', () => {
    const text = 'Jens Stoltenberg (NATO Secretary General until 2024) spoke.';
    expect(on(text, 'Jens Stoltenberg', '2025-03-01')).toEqual([]);
  });
});

describe("a generic minister's title for another country's post (title-portfolio.ts)", () => {
  // pledgetimes.com, 6 May 2021: https://pledgetimes.com/ukraine-us-secretary-of-state-blinken-assures-the-us-of-support-for-ukraine/
  const text = 'The United States foreign minister Antony Blinken says the country is committed to a partnership with Ukraine.';

  it('reads the US "foreign minister" as the Secretary of State', () => {
    const [claim] = on(text, 'Antony Blinken', '2021-05-06');
    expect(claim.factIds).toEqual(['us-secretary-of-state', 'antony-blinken']);
    expect(claim.verdict).toBe('supported');
  });

  it('flags it, country named and name in full, after he left office', () => {
    expect(on(text, 'Antony Blinken', '2025-06-01').map((a) => a.verdict)).toEqual(['outdated']);
  });

  it('leaves a country whose office has that name to title.ts', () => {
    const uk = 'German foreign minister Annalena Baerbock met him.';
    const [claim] = on(uk, 'Annalena Baerbock', '2023-03-01');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds[0]).not.toBe('us-secretary-of-state');
  });
});

describe('two titles for one person (title-stacked.ts)', () => {
  it('reads the second title after a first one', () => {
    // promoteukraine.org, 13 October 2020: https://promoteukraine.org/eu-to-levy-sanctions-on-lukashenka
    const text =
      'Josep Borrell, European Commission Vice-President, EU High Representative for Foreign Affairs and Security Policy, explained that the sanctions against Lukashenka would be imposed due to the lack of will to negotiate a peaceful solution over the situation in Belarus.';
    const [claim] = on(text, 'Josep Borrell', '2020-10-13');
    expect(claim.factIds).toEqual(['eu-high-representative', 'josep-borrell']);
    expect(claim.verdict).toBe('supported');
  });

  it('reads the first title before "and" a second one, and only confirms it without a country', () => {
    // ukrreality.com, 12 January 2026: https://ukrreality.com/?p=52143
    const text =
      'Among the key decisions is the possible dismissal of Defense Minister Denys Shmyhal and the appointment to that post of the current First Deputy Prime Minister and Minister of Digital Transformation, Mykhailo Fedorov.';
    // Since the twenty-sixth round the fact base holds the second title's office too (Minister of Digital Transformation,
    // 2019 to January 2026), which stands right before the name and is read first; he held it on both days.
    const [claim] = on(text, 'Mykhailo Fedorov', '2026-01-12');
    expect(claim.factIds).toEqual(['ukr-digital-transformation-minister', 'mykhailo-fedorov']);
    expect(claim.verdict).toBe('supported');
    // Before he was First Deputy Prime Minister: not flagged.
    expect(on(text, 'Mykhailo Fedorov', '2025-03-01').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('does not take a name in a list for a first title', () => {
    const text = 'Mark Rutte, Kaja Kallas, EU High Representative, and others met.';
    expect(on(text, 'Mark Rutte', '2025-03-01')).toEqual([]);
  });
});

describe('handovers named by predecessor or successor (tenure-succession.ts)', () => {
  it('confirms "its predecessor Donald Trump" when an earlier name took over from him', () => {
    // pledgetimes.com, 6 May 2021 (a machine translation; kept verbatim).
    const text =
      'Blinken, who arrived in Kiev yesterday, is by far the most significant President visiting Ukraine Joe Biden member of the administration. Biden has taken over as president of Russia and president Vladimir Putin a stricter line than its predecessor Donald Trump.';
    const [claim] = on(text, 'its predecessor Donald Trump', '2021-05-06', 'tenure');
    expect(claim.verdict).toBe('supported');
    expect(claim.factIds).toEqual(['us-president', 'joe-biden', 'donald-trump']);
  });

  it('says nothing of a pair that never handed an office over', () => {
    const text = 'Joe Biden met Mark Rutte and his predecessor Angela Merkel.';
    expect(on(text, 'Angela Merkel', '2021-05-06', 'tenure')).toEqual([]);
  });

  it("reads the office before a relative clause about the predecessor's next post", () => {
    // novayagazeta.eu, 14 January 2026 (the page has "Fedorov"; the base has no lone-surname alias for him yet).
    const text =
      'Mykhailo Fedorov replaces Denys Shmyhal, whom Zelensky nominated to be his first deputy prime minister and energy minister.';
    const [claim] = on(text, 'Denys Shmyhal', '2026-01-14', 'tenure');
    expect(claim.factIds[0]).toBe('ukr-defence-minister');
    expect(claim.verdict).toBe('supported');
  });
});

describe('"former" for a holder about to hand over (title.ts)', () => {
  const text = 'The former chancellor Olaf Scholz met Friedrich Merz in Berlin.';
  it('is not flagged in the last days before the handover to a chosen successor', () => {
    // Merz took office on 6 May 2025.
    expect(on(text, 'Olaf Scholz', '2025-05-05').map((a) => a.verdict)).toEqual(['context']);
  });
  it('is flagged weeks before it (round 41: he held the office until his successor was sworn in)', () => {
    expect(on(text, 'Olaf Scholz', '2025-04-20').map((a) => a.verdict)).toEqual(['contradicted']);
  });
  it('is still flagged months before', () => {
    expect(on(text, 'Olaf Scholz', '2024-10-01').map((a) => a.verdict)).toEqual(['contradicted']);
  });
});

describe("a title split by the country's possessive (title-split.ts)", () => {
  it('reads "formerly the head of Ukraine\'s military intelligence" and only confirms it', () => {
    // novayagazeta.eu, 14 January 2026: https://novayagazeta.eu/amp/articles/2026/01/14/mykhailo-fedorov-is-confirmed-as-ukraines-new-defence-minister-in-second-parliamentary-vote-en-news
    const text =
      'Part of a wide-ranging reshuffle in the upper echelons of the Zelensky government, other new appointments included that of Kyrylo Budanov, formerly the head of Ukraine’s military intelligence, as his chief of staff.';
    const [claim] = on(text, 'Kyrylo Budanov', '2026-01-14');
    expect(claim.factIds).toEqual(['ukr-head-of-military-intelligence', 'kyrylo-budanov']);
    expect(claim.verdict).toBe('supported');
    // "Formerly" said while he held it: not flagged.
    expect(on(text, 'Kyrylo Budanov', '2024-01-14').map((a) => a.verdict)).toEqual(['context']);
  });

  it('reads "former commander-in-chief of Ukraine\'s armed forces" before the name', () => {
    // sfg.media, 2 January 2026: https://sfg.media/en/a/zelensky-appoints-kyrylo-budanov-head-office-president
    const text =
      'He was born in Kyiv and received his military education at the Odesa Institute of the Ground Forces—the same institution attended by former commander-in-chief of Ukraine’s armed forces Valerii Zaluzhnyi.';
    const [claim] = on(text, 'Valerii Zaluzhnyi', '2026-01-02');
    expect(claim.quote).toBe('former commander-in-chief of Ukraine’s armed forces Valerii Zaluzhnyi');
    expect(claim.verdict).toBe('supported');
    expect(on(text, 'Valerii Zaluzhnyi', '2023-01-02').map((a) => a.verdict)).toEqual(['contradicted']);
  });
});

describe('a bracketed title with its country after a comma (title-paren.ts)', () => {
  it('reads "(Minister of Foreign Affairs, Ukraine)" as that country\'s office', () => {
    // etterretningen.no, 29 November 2023 (NATO's photo caption): https://www.etterretningen.no/2023/11/29/stoltenberg-meet-kuleba-at-nato-hq/
    const text = 'Photo: Left to right: Dmytro Kuleba (Minister of Foreign Affairs, Ukraine) with NATO Secretary General Jens Stoltenberg';
    const [claim] = on(text, 'Dmytro Kuleba', '2023-11-29');
    expect(claim.quote).toBe('Dmytro Kuleba (Minister of Foreign Affairs, Ukraine)');
    expect(claim.verdict).toBe('supported');
    expect(on(text, 'Dmytro Kuleba', '2025-03-01').map((a) => a.verdict)).toEqual(['outdated']);
  });
});

describe('titles after a dateline or with a rank before the name (title.ts)', () => {
  // stripes.com, 15 March 2024: https://stripes.com/theaters/europe/2024-03-15/austin-germany-meeting-13327513.html
  const text =
    'KAISERSLAUTERN, Germany — Defense Secretary Lloyd Austin will be at Ramstein Air Base on Tuesday to discuss further military support for Ukraine with allies in Europe, his first trip abroad since he underwent surgery for prostate cancer in December.\nAustin and Chairman of the Joint Chiefs of Staff Gen. Charles “CQ” Brown will participate in the latest meeting of the Ukraine Defense Contact Group, the Pentagon said in a statement Thursday.';

  it("does not read the dateline's country as the title's", () => {
    const [claim] = on(text, 'Lloyd Austin', '2024-03-15');
    expect(claim.quote).toBe('Defense Secretary Lloyd Austin');
    expect(claim.verdict).toBe('supported');
  });

  it('reads a title with a rank between it and the name', () => {
    const [claim] = on(text, 'Charles “CQ” Brown', '2024-03-15');
    expect(claim.factIds[0]).toBe('us-chairman-joint-chiefs');
    expect(claim.verdict).toBe('supported');
  });
});

describe('"took over as <office> from X" (tenure-succession.ts)', () => {
  it('confirms the handover in the office named between the verb and the predecessor', () => {
    // kyivpost.com, 1 October 2024: https://www.kyivpost.com/post/39870
    const text =
      "NATO's new chief, former Dutch Prime Minister, Mark Rutte, took over as NATO’s 14th Secretary General from Jens Stoltenberg at a ceremony in the Alliance’s Brussels headquarters on Tuesday, where they laid a wreath to fallen military personnel.";
    const [claim] = on(text, 'Jens Stoltenberg', '2024-10-01', 'tenure');
    expect(claim.factIds).toEqual(['nato-secretary-general', 'mark-rutte', 'jens-stoltenberg']);
    expect(claim.verdict).toBe('supported');
  });
});

describe('a plural title of one country over a list of names (title-plural.ts)', () => {
  // qha.com.ua, 20 May 2019: https://qha.com.ua/en/novosti-en/zelensky-took-the-oath-and-became-president-of-ukraine/
  const text =
    'The former presidents of Ukraine Petro Poroshenko, Viktor Yushchenko, Leonid Kuchma and Leonid Kravchuk, as well as the heads of four states – Georgia, Latvia, Lithuania, Estonia and Hungary attended the solemn ceremony.';

  it("gives each name the country's office with the modifier", () => {
    for (const name of ['Petro Poroshenko', 'Viktor Yushchenko', 'Leonid Kuchma', 'Leonid Kravchuk']) {
      const [claim] = on(text, name, '2019-05-20');
      expect(claim.factIds[0]).toBe('ukraine-president');
      expect(claim.verdict).toBe('supported');
    }
  });

  it('flags "former" for one still in office, and only confirms a list without a modifier', () => {
    expect(on(text, 'Petro Poroshenko', '2018-05-20').map((a) => a.verdict)).toEqual(['contradicted']);
    const plain = 'The presidents of Ukraine Petro Poroshenko and Viktor Yushchenko attended.';
    expect(on(plain, 'Viktor Yushchenko', '2019-05-20').map((a) => a.verdict)).toEqual(['context']);
  });
});
