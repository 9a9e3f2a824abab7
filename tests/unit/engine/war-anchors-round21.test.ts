// The war's anchor dates and timeline, twenty-first round (held-out 19 misses read as development data): the full-scale
// invasion told by its day, month, year, weekday and Moscow's own name for it; durations from the troops' crossing; the
// recognition decree of 21 February 2022; the annexation referendums and treaties of September 2022; the Kerch bridge's
// attacks; timeline entries. Each new red flag is tested on real-looking sentences and on true look-alikes.
import { describe, expect, it } from 'vitest';
import { analyze, eventVerdictsOn, isRed } from './helpers';

const war = eventVerdictsOn;
/** Every verdict on the text, of any kind: a look-alike must have no red flag anywhere. */
const anyRed = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));

describe('the full-scale invasion told by its day, month and year (war-anchors.ts)', () => {
  it('confirms the ordinary ways to tell it', () => {
    expect(
      war('Russia invaded neighbouring Ukraine on Feb. 24, sparking the worst conflict in Europe in decades.', 'Feb. 24', '2022-11-10'),
    ).toEqual(['supported']);
    const xa031 = 'On February 24, 2022, Russia launched a special military operation in Ukraine, and a year later, the battle continues.';
    expect(war(xa031, 'February 24, 2022', '2023-02-23')).toEqual(['supported']);
    const xb101 =
      '(Reuters) – Russia’s all-out invasion of Ukraine in February, 2022, has led to Europe’s bloodiest conflict since World War Two.';
    expect(war(xb101, 'February, 2022', '2024-06-14')).toEqual(['supported']);
    const xc205 =
      'Ukraine should not dream of restoring the front lines that existed immediately before the Russian invasion in February 2022.';
    expect(war(xc205, 'the Russian invasion in February 2022', '2025-05-24')).toEqual(['supported']);
    const xb103 =
      'In what has emerged as a drawn-out and bloody conflict, the Ukraine-Russia war has killed thousands, driven millions from their homes, and left entire cities in ruins since starting on February 24, 2022.';
    expect(war(xb103, 'since starting on February 24, 2022', '2025-02-19')).toEqual(['supported']);
    const storm = 'It’s been almost three years since Russian forces stormed across the border into Ukraine, kicking off the conflict.';
    expect(war(storm, 'almost three years', '2025-02-19')).toEqual(['supported']);
  });
  it('Moscow’s “special military operation”, announced, ordered or named by Putin, is confirmed', () => {
    const xa029 =
      'Here is a timeline of key moments:\nRussian President Vladimir Putin announces a “special military operation” in Ukraine on Feb. 24.';
    expect(war(xa029, 'announces a “special military operation”', '2022-11-10')).toEqual(['supported']);
    const xb116 =
      'While Russian President Vladimir Putin signed a decree in February, he also ordered the Russian army “special operations” in Ukraine.';
    expect(war(xb116, 'he also ordered', '2022-10-05')).toEqual(['supported']);
    const xb109 = 'Russian troops attacked Kyiv before dawn. Russian President Vladimir Putin called it a “special military operation.”';
    expect(war(xb109, 'called it', '2022-03-07')).toEqual(['supported']);
  });
  it('a plan, a threat, another country or a date that does not fit confirms nothing', () => {
    for (const text of [
      'Putin could launch a special military operation in Ukraine, officials warned.',
      'In March 2022, Putin ordered a special military operation in Ukraine.',
      'In 1999, Putin ordered a special operation in Chechnya.',
    ])
      expect(war(text, 'special', '2023-02-23'), text).toEqual([]);
  });
  it('a wrong day of the full-scale invasion, said beyond doubt, is contradicted (the 25th: late in every time zone)', () => {
    expect(war('On February 22, 2022, Russia launched a special military operation in Ukraine.', 'February 22', '2023-02-23')).toEqual([
      'contradicted',
    ]);
    expect(war('On February 25, 2022, Russia launched its full-scale invasion of Ukraine.', 'February 25', '2023-02-27')).toEqual([
      'contradicted',
    ]);
    const crossed = 'The Russian forces began a full-scale invasion by crossing the Ukrainian border on February 24, 2022.';
    expect(war(crossed, 'February 24, 2022', '2022-02-27')).toEqual(['supported']);
    const late = 'The Russian forces began a full-scale invasion by crossing the Ukrainian border on February 26, 2022.';
    expect(war(late, 'February 26, 2022', '2022-03-07')).toEqual(['contradicted']);
  });
  it('true look-alikes stay unflagged: troops massed, the Americas’ evening of the 23rd, the Donbas orders of the 21st, Crimea', () => {
    for (const [text, asOf] of [
      ['On February 23, 2022, Russia massed troops on the border of Ukraine.', '2023-02-27'],
      ['Late on February 23, 2022, US time, Russia launched its full-scale invasion of Ukraine.', '2023-02-27'],
      // The evening of the 23rd in the Americas (held-out 19 xb114, labelled wrong, left alone as meetings-round9 decided).
      ['On February 23, 2022, Russia launched its full-scale invasion of Ukraine.', '2023-02-27'],
      [
        'The Russian military forces poised north, east, and south of Ukraine began a full-scale invasion by crossing the Ukrainian border on February 23, 2022.',
        '2022-02-27',
      ],
      ['On February 21, 2022, Russia launched an attack on Ukraine’s sovereignty by recognising the separatists.', '2023-02-27'],
      ['On February 22, 2022, Putin announced a special military operation in Syria would continue.', '2023-02-27'],
      ['Russian troops crossed the border into Crimea on February 27, 2014, seizing the parliament.', '2023-02-27'],
      ['On February 23, Russia massed troops on Ukraine’s borders; the invasion came the next day.', '2022-03-01'],
      ['The Ukraine-Russia war has killed thousands; the charity has grown since starting on March 3, 2022.', '2025-02-19'],
    ])
      expect(anyRed(text, asOf), text).toBe(false);
  });
});

describe('the recognition of the Donetsk and Luhansk "republics" (war-anchors.ts)', () => {
  it('a day two or more off 21 February 2022, told of Putin’s decree, is contradicted', () => {
    const xb116 =
      'While Russian President Vladimir Putin signed a decree recognizing the independence of Donetsk and Luhansk in eastern Ukraine on February 24, he also ordered the Russian army “special operations” in Ukraine.';
    expect(war(xb116, 'on February 24', '2022-10-05')).toEqual(['contradicted']);
    expect(
      war('On February 25, 2022, Russia recognised the independence of the Donetsk and Luhansk regions.', 'February 25', '2023-10-05'),
    ).toEqual(['contradicted']);
    const right = 'Putin signed a decree recognizing the independence of Donetsk and Luhansk on February 21, 2022.';
    expect(war(right, 'February 21, 2022', '2022-10-05')).toEqual(['supported']);
  });
  it('not the Duma’s steps, a day off, a day of another act in the sentence, nor another recognition', () => {
    for (const text of [
      'Russia recognized the Donetsk and Luhansk People’s Republics on February 22.',
      'The Duma ratified the treaties after Russia recognized the Luhansk and Donetsk republics on February 22.',
      'On February 24, Putin, who had recognized the independence of Donetsk and Luhansk, launched the invasion.',
      'On August 26, 2008, Russia recognized the independence of Abkhazia and South Ossetia.',
      'On September 29, Putin recognized the independence of Kherson and Zaporizhzhia, as he had done for Donetsk and Luhansk.',
    ])
      expect(anyRed(text, '2022-10-05'), text).toBe(false);
  });
});

describe('the annexation referendums, the annexation and the Kerch bridge (war-milestones.ts)', () => {
  it('the referendums of 23–27 September 2022 are confirmed, a day outside them contradicted', () => {
    const xb116 =
      'A referendum was held on September 23-27 in Zaporizhia, Kherson, as well as pro-Russian separatist Donetsk and Luhansk, where the Russian army took control of the war that has been going on for months.';
    expect(war(xb116, 'September 23-27', '2022-10-05')).toEqual(['supported']);
    const late = 'The referendums in Donetsk, Luhansk, Zaporizhzhia and Kherson were held on September 30.';
    expect(war(late, 'September 30', '2022-10-05')).toEqual(['contradicted']);
  });
  it('the treaties of 30 September 2022 are confirmed; a wrong day flagged only with the treaties or the ceremony named', () => {
    expect(war('Putin signed treaties annexing four Ukrainian regions on September 30, 2022.', 'September 30', '2022-10-10')).toEqual([
      'supported',
    ]);
    const wrong = 'Putin signed treaties annexing four Ukrainian regions at a Kremlin ceremony on October 3, 2022.';
    expect(war(wrong, 'October 3', '2022-10-10')).toEqual(['contradicted']);
  });
  it('the Kerch bridge’s attacks: the right day confirmed, a day that was its day in no time zone contradicted', () => {
    const xb102 = 'October 14: On October 9, Ukrainian forces bombed Kerch Bridge, Russia’s only link to Crimea.';
    expect(war(xb102, 'October 9', '2023-01-30')).toEqual(['contradicted']);
    expect(war('Ukrainian sea drones struck the Crimean bridge on July 17, 2023.', 'July 17', '2024-01-05')).toEqual(['supported']);
    expect(war('On July 18, 2023, Ukrainian sea drones struck the Crimean bridge.', 'July 18', '2024-07-05')).toEqual(['contradicted']);
    expect(war('On June 3, 2025, the SBU struck the Crimean bridge with underwater explosives.', 'June 3', '2025-07-05')).toEqual([
      'supported',
    ]);
  });
  it('true look-alikes stay unflagged', () => {
    for (const [text, asOf] of [
      ['A referendum was held in Donetsk and Luhansk on May 11, 2014.', '2022-10-05'],
      ['Crimea’s referendum was held on March 16, 2014, and Kherson was untouched.', '2022-10-05'],
      ['Putin signed laws annexing four regions on October 5.', '2022-10-10'],
      ['Russia annexed four regions of Ukraine on October 5.', '2022-10-10'],
      ['The Duma ratified the treaties annexing four regions on October 3, 2022.', '2022-10-10'],
      ['The Kerch bridge, opened on May 15, 2018, links Russia to Crimea.', '2024-01-05'],
      ['On October 7, 2022, a truck bomb hit the Kerch bridge.', '2024-01-05'],
      ['On March 10, 2024, Ukraine hit the Crimean bridge.', '2025-07-05'],
      ['On August 12, 2023, Russia said it shot down missiles aimed at the Crimean bridge.', '2024-01-05'],
      ['On October 10, Putin called the Kerch bridge explosion a terrorist act.', '2022-10-20'],
    ])
      expect(anyRed(text, asOf), text).toBe(false);
  });
});

describe('the full-scale invasion in a timeline’s entries (war-timeline.ts)', () => {
  it('an entry of 24 February is confirmed, its year written, given before, or the page’s', () => {
    const xb109 =
      'This is a timeline of the 2022 crisis:\n\nFeb. 24, Thursday: Russian troops launched a military assault on Ukraine with explosions starting before dawn in the capital city of Kyiv.';
    expect(war(xb109, 'Feb. 24, Thursday', '2022-03-07')).toEqual(['supported']);
    const xb103 =
      'As we approach the grim anniversary of the war, here is a look back.\n2022\nFebruary 24\nUkraine was invaded by Russia from the north, east, and south.';
    expect(war(xb103, 'Ukraine was invaded', '2025-02-19')).toEqual(['supported']);
    expect(war('Timeline\nFeb. 24, 2022: Russia invades Ukraine.\n', 'Feb. 24, 2022', '2023-02-27')).toEqual(['supported']);
  });
  it('an entry with its year two days or more off, or a day late, is contradicted', () => {
    const xb101 =
      'Key events:\nFeb. 22, 2022: After building up forces for months but denying plans for an invasion, President Vladimir Putin orders tens of thousands of Russian troops into Ukraine in a “special military operation”. The invaders attack from the north.';
    expect(war(xb101, 'Feb. 22, 2022', '2024-06-14')).toEqual(['contradicted']);
    expect(war('Timeline\nFeb. 25, 2022: Russia invades Ukraine.\n', 'Feb. 25, 2022', '2023-02-27')).toEqual(['contradicted']);
  });
  it('true look-alikes: the Donbas orders, the Americas’ 23rd, later attacks, anniversaries, a wrong weekday', () => {
    const timeline =
      'Timeline of the war\n\nFeb. 21, 2022: Putin recognizes two breakaway regions and orders Russian troops into eastern Ukraine as peacekeepers.\nFeb. 23, 2022: Putin announces a special military operation in Ukraine.\nFeb. 26, 2022: Russia launches an attack on Ukraine’s capital.\nFeb. 27, 2022: Russian forces launch a new offensive against Ukraine in the south.\nFeb. 24, 2023: Ukraine marks the first anniversary of Russia’s invasion of Ukraine.';
    expect(anyRed(timeline, '2023-03-01')).toBe(false);
    const weekday = 'This is a timeline of the 2022 crisis:\n\nFeb. 24, Friday: Russian troops launched a military assault on Ukraine.';
    expect(war(weekday, 'Feb. 24, Friday', '2022-03-07')).toEqual([]);
  });
});
