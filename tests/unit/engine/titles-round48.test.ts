// Titles, round 48 (the classes behind held-out 46's title misses, each in several wordings, with the true look-alikes
// that must stay unflagged):
// - "PM" in capitals, alone before the name of someone who held another office of their country that day ("says PM
//   Andrzej Duda", held-out 46 vh001; title-of.ts ownCountryTitles), never a clock's "4 PM";
// - "General"/"Gen."/"Admiral" before a civilian whose record says they never held such a rank (the fact base's
//   Person.neverGeneralOrAdmiral, sourced; held-out 46 vh002, 45 uu006; title-military-rank.ts), never before a real
//   officer, an office's "General" ("Sec. Gen."), or the lower-case adverb; a rank in the record's own alias confirmed
//   ("his predecessor, Admiral Rob Bauer", uz015);
// - a courtesy style or "Ambassador" between a title and a name ("the NATO Deputy Secretary General, Ambassador Mircea
//   Geoana", uz003; "The President of the Republic, H.E.Mr. Bajram Begaj", uz008; title-rank.ts), confirm-only;
// - "the current NAME administration" after that president left (held-out 46 vf003; tenure-administration.ts).
import { describe, expect, it } from 'vitest';
import { expectContradictedAs, expectNoRed, expectSupportedAs, kindOn } from './helpers';
import type { Annotation } from '../../../src/engine/types';

const verdicts = (kind: Annotation['kind'], text: string, quote: string, asOf: string) =>
  kindOn(kind, text, quote, asOf).map((a) => a.verdict);

describe('"PM" before the name of a head of state (title-of.ts)', () => {
  it('flags the abbreviation before someone who held another office of their country', () => {
    expectContradictedAs('title', [
      // held-out 46 vh001 (https://www.moneycontrol.com/news/world/poland-may-not-have-to-launch-nato-article-4-procedure-says-pm-andrzej-duda-9547311.html, a Reuters headline)
      ['Poland may not have to launch NATO article 4 procedure, says PM Andrzej Duda', '2022-11-16', 'PM Andrzej Duda'],
      ['PM Andrzej Duda said Poland would not invoke Article 4 for now.', '2022-11-16', 'PM Andrzej Duda'],
      ['Ukraine will never give up Crimea, PM Volodymyr Zelensky told reporters in Kyiv.', '2023-03-01', 'PM Volodymyr Zelensky'],
    ]);
  });
  it('leaves the right holder, a clock, a former title and a past holder alone', () => {
    expectSupportedAs('title', [
      ['Poland may not have to launch NATO article 4 procedure, says PM Mateusz Morawiecki', '2022-11-16', 'PM Mateusz Morawiecki'],
      // the same page's body (moneycontrol, Reuters, 16 November 2022)
      [
        'President Andrzej Duda, speaking at the same press conference, said there were no signs of an intentional attack on Poland.',
        '2022-11-16',
        'President Andrzej Duda',
      ],
      ['UK PM Rishi Sunak met Ukrainian Pres. Zelensky and FM Dmytro Kuleba', '2023-03-01', 'UK PM Rishi Sunak'],
    ]);
    expectNoRed([
      ['At 4 PM Andrzej Duda spoke to reporters in Warsaw.', '2022-11-16'],
      ['The briefing ended at 16:30 PM Andrzej Duda left without questions.', '2022-11-16'],
      ['Former PM Andrzej Duda', '2022-11-16'],
      ['Then-PM Andrzej Duda', '2023-05-01'],
    ]);
  });
});

describe('"General" before a civilian (title-military-rank.ts, Person.neverGeneralOrAdmiral)', () => {
  it('flags a general or admiral rank before a civilian holder', () => {
    expectContradictedAs('title', [
      // held-out 46 vh002 (https://federalcharacter.com/sweden-finland-renew-bid-to-join-nato/)
      [
        'The Secretary-General for NATO, General Jens Stoltenberg, said the applications were a historic step.',
        '2022-05-19',
        'General Jens Stoltenberg',
      ],
      // held-out 45 uu006 (https://www.hngn.com/articles/256990/20240212/stoltenberg-warns-that-trumps-statement-regarding-nato-allies-puts-multiple-parties-at-risk.htm)
      ["the Head of NATO's Military Alliance, General Jens Stoltenberg", '2024-02-12', 'General Jens Stoltenberg'],
      ['Gen. Mark Rutte said allies must spend more.', '2025-03-01', 'Gen. Mark Rutte'],
      ['Gen. Oleksii Reznikov visited the front.', '2023-06-01', 'Gen. Oleksii Reznikov'],
      ['Defence Minister Gen. Rustem Umerov arrived in Brussels.', '2024-06-01', 'Gen. Rustem Umerov'],
      ['Admiral Andrei Belousov inspected the troops.', '2024-09-01', 'Admiral Andrei Belousov'],
    ]);
  });
  it('leaves real officers, an office abbreviated, the adverb and a told nickname alone', () => {
    expectSupportedAs('title', [
      // held-out 46 uz015 (https://112.ua/en/sirskij-vistupiv-na-pozacergovomu-zasidanni-radi-ukraina-nato-52353)
      ['his predecessor, Admiral Rob Bauer', '2025-01-22', 'Admiral Rob Bauer'],
      [
        'the new head of NATO’s Military Committee, Admiral Giuseppe Cavo Dragone',
        '2025-01-22',
        'head of NATO’s Military Committee, Admiral Giuseppe Cavo Dragone',
      ],
      // https://thedailyguardian.com/biden-calls-russian-attack-outrageous-stresses-us-must-stand-with-ukraine
      ['On Wednesday, Trump announced retired General Keith Kellogg as his Ukraine envoy.', '2024-11-28', 'retired General Keith Kellogg'],
      ['Czech President General Petr Pavel said', '2024-03-01', 'Czech President General Petr Pavel'],
      ['the Secretary-General, Mark Rutte, and General Christopher Cavoli', '2025-03-01', 'General Christopher Cavoli'],
      ['NATO Secretary General Mark Rutte and Gen. Alexus Grynkewich', '2025-08-01', 'Gen. Alexus Grynkewich'],
      ['Lt. Gen. Valeriy Zaluzhnyi said', '2024-06-01', 'Lt. Gen. Valeriy Zaluzhnyi'],
    ]);
    expectNoRed([
      ['Sec. Gen. Jens Stoltenberg said allies agreed.', '2024-06-01'],
      ['NATO Secretary Gen. Jens Stoltenberg said allies agreed.', '2024-06-01'],
      ['NATO Sec-Gen Jens Stoltenberg said allies agreed.', '2024-06-01'],
      // held-out 5 h036 (a misspelt Secretary-General, April 2023)
      ['“We will increase our presence, also in the Nordic area,” NATO Security-General Jens Stoltenberg told reporters.', '2023-04-04'],
      ['In general Jens Stoltenberg has said little about it.', '2024-06-01'],
      ['so-called General Jens Stoltenberg', '2022-05-19'],
      ['Secretary General Jens Stoltenberg said', '2022-05-19'],
      ['General Stepan Poltorak said', '2016-06-01'],
    ]);
  });
});

describe('a courtesy style between title and name (title-rank.ts)', () => {
  it('confirms the title over "Ambassador", "H.E." and "Mr."', () => {
    expectSupportedAs('title', [
      // held-out 46 uz003 (https://nato.int/cps/en/natohq/news_175356.htm)
      [
        'the NATO Deputy Secretary General, Ambassador Mircea Geoană said',
        '2020-04-24',
        'NATO Deputy Secretary General, Ambassador Mircea Geoană',
      ],
      [
        'NATO Deputy Secretary General Ambassador Mircea Geoană said',
        '2020-04-24',
        'NATO Deputy Secretary General Ambassador Mircea Geoană',
      ],
      // held-out 46 uz008 (https://president.al/ ..., 25 April 2023)
      ['The President of the Republic, H.E.Mr. Bajram Begaj', '2023-04-25', 'President of the Republic, H.E.Mr. Bajram Begaj'],
      ['President of Albania, H.E. Mr. Bajram Begaj', '2023-04-25', 'President of Albania, H.E. Mr. Bajram Begaj'],
    ]);
  });
  it('never flags through it', () => {
    // A list: the title closes one item, "Ambassador" opens the next.
    expect(
      verdicts('title', 'met the Ukrainian president, Ambassador Oksana Markarova and others', 'Oksana Markarova', '2022-04-25'),
    ).not.toContain('contradicted');
    expectNoRed([['the NATO Deputy Secretary General, Ambassador Rose Gottemoeller said', '2021-04-25']]);
  });
});

describe('"the current NAME administration" after its president left (tenure-administration.ts)', () => {
  it('flags it', () => {
    // held-out 46 vf003 (https://outpoll.com/en/news/diplomacy/Trump-to-Meet-Putin-in-Hungary-for-Ukraine-Talks)
    const vf003 =
      "This planned rendezvous signals a potentially seismic shift in the geopolitical landscape, occurring with deliberate timing just one day before Ukrainian President Volodymyr Zelensky's scheduled visit to the White House to confer with the current Biden administration.";
    expect(verdicts('tenure', vf003, 'current Biden administration', '2025-10-16')).toEqual(['outdated']);
    expect(
      verdicts('tenure', 'Kyiv hopes the present Biden administration will send more air defence.', 'Biden administration', '2025-06-01'),
    ).toEqual(['outdated']);
  });
  it('leaves it alone in office, in its last days, "then-current" and with a year told', () => {
    expectNoRed([
      // https://news.online.ua/en/biden-is-preparing-a-strong-position-on-ukraine-for-the-trump-administration-889655/
      [
        'The administration of current US President Joe Biden is working to provide future President Donald Trump with the strongest possible position on Ukraine.',
        '2025-01-13',
      ],
      ['the current Biden administration sent more aid', '2023-03-01'],
      ['the current Biden administration', '2025-01-25'],
      ['the then-current Biden administration refused to send long-range missiles', '2025-10-16'],
      ['In 2023, the current Biden administration sent tanks.', '2025-10-16'],
      ['Under the current Trump administration, unlike the Biden administration, aid slowed.', '2025-10-16'],
      ['the previous Biden administration', '2025-03-15'],
      ['The sanctions were the Biden administration’s final sanctions on Russian oil.', '2025-01-15'],
    ]);
  });
});
