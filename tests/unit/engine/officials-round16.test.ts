// Officials, sixteenth round: forms of words from held-out 14 (not in the repository; cited by id and URL), each
// tested on the page's sentence, on false versions of it, and on true look-alikes that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);
const tenureVerdicts = (text: string, quote: string, asOf: string) => kindOn('tenure', text, quote, asOf).map((a) => a.verdict);

describe('a lone surname after a bare title of the person’s own country, named in full before', () => {
  // o203 (2025-02-14), https://miamichron.com/index.php/2025/02/14/us-vice-president-j-d-vance-warns-of-threats-to-free-speech-and-democracy-in-europe
  const o203 =
    'During his trip to Europe, Secretary of State Vance is expected to meet with Ukrainian President Zelensky, demonstrating continued support for Ukraine in the face of Russian aggression.';
  const lead = 'Vice President J.D. Vance delivered a scathing address to the Munich Security Conference. ';

  it('an office he never held is contradicted', () => {
    expect(titleVerdicts(lead + o203, 'Secretary of State Vance', '2025-02-14')).toEqual(['contradicted']);
    const defense = (lead + o203).replace('Secretary of State', 'Defense Secretary');
    expect(titleVerdicts(defense, 'Defense Secretary Vance', '2025-02-14')).toEqual(['contradicted']);
  });

  it('the holder is confirmed; no full name before, or a year before the record, says nothing', () => {
    const rubio = 'Marco Rubio arrived in Munich. ' + o203.replace('Vance', 'Rubio');
    expect(titleVerdicts(rubio, 'Secretary of State Rubio', '2025-02-14')).toEqual(['supported']);
    expect(isRed(verdictsOn(o203, 'Secretary of State Vance', '2025-02-14'))).toBe(false);
    const cyrus = lead + 'In 1979, Secretary of State Vance resigned over the rescue mission.';
    expect(isRed(verdictsOn(cyrus, 'Secretary of State Vance', '2025-02-14'))).toBe(false);
  });
});

describe('the number of a mandate extension told as "the Nth time"', () => {
  // o116 (2022-03-24), https://www.urbanlifestylereport.com/news/nato-has-extended-stoltenbergs-term-by-one-year-due-to-the-war-in-russia/
  const o116 = 'NATO leaders decided to extend the term of Jens Stoltenberg. This is the second time his term has been extended.';
  // l037 (2023-07-05), https://mail.executivegov.com/2023/07/jens-stoltenberg-to-remain-as-nato-secretary-general-until-2024
  const l037 =
    'NATO Allies unanimously extended the term of Secretary General Jens Stoltenberg until Oct. 1, 2024, marking the third time he was elected to stay in his leadership post.';

  it('a wrong count is contradicted, the right one confirmed', () => {
    expect(tenureVerdicts(o116, 'This is the second time', '2022-03-24')).toEqual(['contradicted']);
    expect(tenureVerdicts(o116.replace('second', 'third'), 'This is the third time', '2022-03-24')).toEqual(['supported']);
    expect(tenureVerdicts(l037, 'marking the third time', '2023-07-05')).toEqual(['contradicted']);
    expect(tenureVerdicts(l037.replace('third', 'fourth'), 'marking the fourth time', '2023-07-05')).toEqual(['supported']);
  });

  it('"for the first time since" an extension is not its number', () => {
    const since = 'Jens Stoltenberg met Erdogan for the first time since his term was extended.';
    expect(isRed(verdictsOn(since, 'the first time', '2022-03-24'))).toBe(false);
  });
});

describe("NATO's head told of another of its officers", () => {
  // o107 (2025-07-05), https://aggregator.oikosix.com/2025/07/05/new-nato-commander-assumes-command-amid-focus-on-defense-modernization-and-ukraine-support
  const o107 =
    'On July 4, the 21st Supreme Allied Commander Europe (SACEUR), General Alexus Grynkewich, took over the helm of NATO at a ceremony held at Supreme Headquarters Allied Powers Europe.';

  it('a commander taking "the helm of NATO" is contradicted', () => {
    expect(tenureVerdicts(o107, 'took over the helm of NATO', '2025-07-05')).toEqual(['contradicted']);
  });

  it('the Secretary General, and the helm of NATO’s forces, are not flagged', () => {
    const rutte = 'On October 1, Mark Rutte took over the helm of NATO at a ceremony in Brussels.';
    expect(isRed(verdictsOn(rutte, 'took over the helm of NATO', '2024-10-02'))).toBe(false);
    const forces = o107.replace('the helm of NATO', "the helm of NATO's forces in Europe");
    expect(isRed(verdictsOn(forces, 'took over the helm', '2025-07-05'))).toBe(false);
  });
});

describe('a bare "President" on a page that gives it to the country’s president', () => {
  // o208 (2018-04-27), https://www.hotrecentnews.com/amp/minister-pompeo-immediately-after-being-appoi/37336
  const o208 = 'He is the successor of President Rex Tillerson, dismissed by President Trump.';

  it('someone known by another office of the country is contradicted', () => {
    expect(titleVerdicts(o208, 'President Rex Tillerson', '2018-04-27')).toEqual(['contradicted']);
    const pompeo = 'Mike Pompeo flew to Brussels. ' + o208.replace('Rex Tillerson', 'Pompeo');
    expect(titleVerdicts(pompeo, 'President Pompeo', '2018-04-27')).toEqual(['contradicted']);
  });

  it('with no "President" given to the holder on the page, a bare "President" says nothing', () => {
    const alone = 'He is the successor of President Rex Tillerson.';
    expect(isRed(verdictsOn(alone, 'President Rex Tillerson', '2018-04-27'))).toBe(false);
    expect(titleVerdicts(o208, 'President Trump', '2018-04-27')).toEqual(['supported']);
  });
});

describe('"former" before a handover, on a page that calls the holder the incumbent', () => {
  // o115 (2019-04-22), https://legacy.pulitzercenter.org/reporting/new-president-ukraine-plays-president-ukraine-tv
  const caption = 'President-elect of Ukraine Volodymyr Zelensky (left) and former president Petro Poroshenko (right).';
  const incumbent = ' Volodymyr Zelensky defeated the incumbent President Petro Poroshenko.';

  it('is contradicted by the page itself; the president-elect is confirmed', () => {
    expect(titleVerdicts(caption + incumbent, 'former president Petro Poroshenko', '2019-04-22')).toEqual(['contradicted']);
    expect(titleVerdicts(caption, 'President-elect of Ukraine Volodymyr Zelensky', '2019-04-22')).toEqual(['supported']);
  });

  it('without that, "former" in the last days before a handover stays context', () => {
    // Round 41: weeks before it, "former" is flagged on any page (titles-round41).
    expect(titleVerdicts(caption, 'former president Petro Poroshenko', '2019-05-19')).toEqual(['context']);
  });
});

describe('confirmations of held-out 14', () => {
  it('"under President Trump" confirms; "under" a former president is not flagged', () => {
    // l063 (2026-01-23), https://newsanalysisindia.com/?p=536184
    const l063 =
      'The meeting underscores renewed U.S. push under President Trump to mediate an end to the protracted Russia-Ukraine conflict.';
    expect(titleVerdicts(l063, 'President Trump', '2026-01-23')).toEqual(['supported']);
    expect(isRed(verdictsOn(l063.replace('Trump', 'Biden'), 'President Biden', '2026-01-23'))).toBe(false);
  });

  it('"who stays as defence minister" confirms the holder', () => {
    // l028 (2022-09-06), https://caymannewsservice.com/2022/09/truss-appoints-clevery-as-new-foreign-minister/
    const l028 = 'Suella Braverman, the new home secretary; and Ben Wallace, who stays as defence minister.';
    expect(titleVerdicts(l028, 'Ben Wallace, who stays as defence minister', '2022-09-06')).toEqual(['supported']);
  });

  it('"appointed as the new Prime Minister" with no country: the one such office the person held', () => {
    // l009 (2020-03-04), https://euromaidanpress.com/2020/03/04/ukrainian-parliament-sacks-honcharuks-cabinet-full-reshuffle-underway-updating/
    const l009 = 'Denys Shmyhal has been appointed as the new Prime Minister.';
    expect(tenureVerdicts(l009, 'Denys Shmyhal has been appointed as the new Prime Minister', '2020-03-04')).toEqual(['supported']);
  });
});

describe('a leader’s possessive before an office of the country, and a leader elected again', () => {
  // i301 (2025-11-29), https://techwordnews.com/?p=168330
  const i301 =
    'Umerov took over as head of the Ukrainian delegation after Zelensky’s powerful chief of general staff, Andriy Yermak, abruptly resigned on Friday.';

  it('an office the person never held is contradicted, though the sentence tells of a resignation', () => {
    expect(titleVerdicts(i301, 'Zelensky’s powerful chief of general staff, Andriy Yermak', '2025-11-29')).toEqual(['contradicted']);
  });

  it('the holder is confirmed; an aide’s title after a possessive stays unjudged', () => {
    const hnatov = 'Zelensky’s chief of general staff, Andrii Hnatov, spoke on Friday.';
    expect(titleVerdicts(hnatov, 'Zelensky’s chief of general staff, Andrii Hnatov', '2025-11-29')).toEqual(['supported']);
    // Round 24 (title-leader-aide.ts heldByAnother): someone the record knows, never in the office, named as the sitting
    // leader's holder of an office with one known holder that day (Jake Sullivan) is contradicted; one of another time is not.
    expect(isRed(verdictsOn("Joe Biden's national security adviser Steve Witkoff said.", 'Steve Witkoff', '2024-03-01'))).toBe(true);
    expect(isRed(verdictsOn("Joe Biden's national security adviser Steve Witkoff said in 2016.", 'Steve Witkoff', '2024-03-01'))).toBe(
      false,
    );
  });

  // d210 (2024-11-28), https://topgab.com/eu/trump-appoints-keith-kellogg-as-special-envoy-to-address-russia-ukraine-conflict-20241128004700.html
  const d210 =
    "In a significant move reflecting his administration's foreign policy priorities, President Donald Trump has appointed retired lieutenant Keith Kellogg as his special envoy to tackle the ongoing war between Russia and Ukraine.";

  it('"President" with an act of the office, weeks before the inauguration, is contradicted', () => {
    expect(titleVerdicts(d210, 'President Donald Trump', '2024-11-28')).toEqual(['contradicted']);
  });

  it('the courtesy title otherwise, and the act in office, are not flagged', () => {
    expect(isRed(verdictsOn(d210, 'President Donald Trump', '2023-06-01'))).toBe(false);
    expect(titleVerdicts(d210, 'President Donald Trump', '2025-02-01')).toEqual(['supported']);
    const said = d210.replace('has appointed', 'said he would appoint');
    expect(isRed(verdictsOn(said, 'President Donald Trump', '2024-11-28'))).toBe(false);
  });
});

describe('"the new TITLE" with no name after it', () => {
  // l045 (2024-10-01), https://www.komersant.info/en/novyy-hensek-nato-ukraina-holovnyy-priorytet-2/
  const l045 =
    'The new NATO Secretary General stressed the need to fulfil the commitments made to Ukraine at the July summit in Washington:';
  const lead = 'Today, 1 October, former Dutch Prime Minister Mark Rutte has officially taken office.\n';

  it('is the holder the page names, lately in office', () => {
    expect(titleVerdicts(lead + l045, 'The new NATO Secretary General', '2024-10-01')).toEqual(['supported']);
  });

  it('a holder of long standing is not "the new" one: nothing is confirmed of him', () => {
    const old = 'Jens Stoltenberg spoke.\n' + l045;
    expect(titleVerdicts(old, 'The new NATO Secretary General', '2023-10-01')).not.toContain('supported');
  });
});

describe('"will officially take office as TITLE on DATE"', () => {
  // o108 (2024-11-22), https://mestios.com/t/9sdh6z71qjcwzopf239ljaoyev
  const o108 = 'António Costa will officially take office as president of the European Council on December 1, 2024.';

  it('is confirmed on the record’s day; the predecessor told as taking it then is contradicted', () => {
    expect(tenureVerdicts(o108, 'António Costa will officially take office', '2024-11-22')).toEqual(['supported']);
    const michel = o108.replace('António Costa', 'Charles Michel');
    expect(tenureVerdicts(michel, 'Charles Michel will officially take office', '2024-11-22')).toEqual(['contradicted']);
  });
});
