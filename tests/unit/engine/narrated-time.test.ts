// Narrated time: titles, counts and targets in a passage about the past are judged as of the
// time it tells of, and never flagged as of the page's date on a page mostly about the past.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFacts } from '../../../src/facts';
import { createEngine } from '../../../src/engine';
import { buildLexicon } from '../../../src/engine/lexicon';
import type { Doc } from '../../../src/engine/doc';
import { pageNarrations, timedSentences } from '../../../src/engine/narrated-time';
import { splitSentences } from '../../../src/engine/sentences';
import { analyze, isRed, kindOn, verdictsOn } from './helpers';

describe('narrated time', () => {
  it('judges a title as of a date written in the sentence', () => {
    const text =
      'When Estonia, Latvia, Lithuania, Bulgaria, Romania, Slovakia and Slovenia joined on March 29, 2004, U.S. President George W. Bush prepared for even further enlargement of the alliance.';
    expect(verdictsOn(text, 'U.S. President George W. Bush', '2025-01-15')).toEqual(['supported']);
  });

  it('judges titles on a retrospective page as of the event it is about', () => {
    const text =
      'The 2014 Wales Summit was held in Newport, Wales on 4 and 5 September 2014. The 2014 summit was described as the most important since the fall of the Berlin Wall.\n\n' +
      'The summit was hosted by British prime minister David Cameron. Attendees included US president Barack Obama and German chancellor Angela Merkel.';
    for (const quote of ['British prime minister David Cameron', 'US president Barack Obama', 'German chancellor Angela Merkel'])
      expect(verdictsOn(text, quote, '2024-09-05')).toEqual(['supported']);
  });

  it('names a past summit by its place: "at the Wales summit"', () => {
    const text = 'At the Wales summit, German Chancellor Angela Merkel backed the pledge.';
    expect(verdictsOn(text, 'German Chancellor Angela Merkel', '2025-03-01')).toEqual(['supported']);
  });

  it('reads "N years ago" as a time told of, counted back from the article\'s date', () => {
    const text = 'Seventy-five years ago, Secretary of State Dean Acheson signed the North Atlantic Treaty for the United States.';
    // Round 33: the count back to the signing is confirmed too (alliance-age.ts, the signers' form), over the same words.
    expect(verdictsOn(text, 'Secretary of State Dean Acheson', '2024-04-04')).toEqual(['supported', 'supported']);
    // Counted from this article's date, 1949 is not "five years ago": the title is not confirmed, and not flagged.
    expect(verdictsOn(text.replace('Seventy-five', 'Five'), 'Secretary of State Dean Acheson', '2024-04-04')).toEqual(['context']);
    const recent = 'Two years ago, NATO Secretary General Jens Stoltenberg warned allies about ammunition stocks.';
    expect(verdictsOn(recent, 'NATO Secretary General Jens Stoltenberg', '2026-06-01')).toEqual(['supported']);
  });

  it('"decades ago" keeps a member count from being judged as of today, without naming a year', () => {
    const then = 'Decades ago, the 16-member alliance faced the Soviet Union.';
    expect(isRed(verdictsOn(then, '16-member alliance', '2024-04-04'))).toBe(false);
    expect(isRed(verdictsOn('The 16-member alliance faces Russia.', '16-member alliance', '2024-04-04'))).toBe(true);
  });

  it('takes "today" after a past date in the same sentence for that time\'s, not the article\'s present', () => {
    // An encyclopedia page on the April 2022 Ramstein meeting, read in October 2025.
    const page = (reported: string) =>
      'The Ramstein Air Base meeting was an international conference organized by the United States that took place on 26 April 2022 at the Ramstein Air Base in Germany.\n\n' +
      'The meeting was part of the Ukraine Defense Consultative Group, which has held 31 meetings, the most recent on 15 October 2025.\n\n' +
      `During the 2024 Washington NATO summit, Jens Stoltenberg announced that the NATO is forming a new command to plan and coordinate the security assistance that Ukraine needs to prevail in its fight ${reported}.\n\n` +
      "The conference was organized with less than a week's notice. Though not organized under NATO auspices, it was supposed to be attended by NATO Secretary General Jens Stoltenberg.";
    const quote = 'NATO Secretary General Jens Stoltenberg';
    expect(isRed(verdictsOn(page('today, and in the future'), quote, '2025-10-20'))).toBe(false);
    expect(isRed(verdictsOn(page('now and in the future'), quote, '2025-10-20'))).toBe(false);
    // Said first, "today" is the article's: this sentence is about the present.
    const present = 'NATO Secretary General Jens Stoltenberg opened the meeting today, a decade after the Wales summit.';
    expect(verdictsOn(present, quote, '2025-10-20')).toEqual(['outdated']);
  });

  it('never turns a wrong title of the narrated time into a red flag of its own', () => {
    // Scholz was not chancellor in 2014: as of 2014 the claim is wrong, but the time is only a reading of the text.
    const text = 'In 2014, German Chancellor Olaf Scholz welcomed the pledge.';
    expect(isRed(verdictsOn(text, 'German Chancellor Olaf Scholz', '2025-03-01'))).toBe(false);
  });

  it('keeps a "former" that is wrong both on the article\'s day and at the time the sentence names', () => {
    // darakchi.uz, 25 June 2025 (the Hague summit): the year belongs to the target, and "former" is said from the writer's day.
    const text =
      'Former US President Donald Trump supported this initiative, calling it a “major leap” compared to the 2 percent obligation set in 2014.';
    expect(verdictsOn(text, 'Former US President Donald Trump', '2025-06-25')).toEqual(['contradicted']);
    // Former as of the narrated year: a reading under which the sentence holds, so no flag.
    const then = 'In 2022, former President Donald Trump endorsed the candidate.';
    expect(isRed(verdictsOn(then, 'former President Donald Trump', '2025-06-25'))).toBe(false);
    // Not a "former": the narrated time still only takes the red flag away.
    const plain = 'In 2014, German Chancellor Olaf Scholz welcomed the pledge.';
    expect(isRed(verdictsOn(plain, 'German Chancellor Olaf Scholz', '2025-03-01'))).toBe(false);
  });

  it('a timeline entry tells of its date, in the present tense of timelines, until another time is told', () => {
    // AP's key events on Sweden's path to NATO (exbulletin.com, 26 February 2024), flattened on one line.
    const text =
      "Here are some of the key events on Sweden's path to NATO membership. ___ February 24, 2022: Russia invades Ukraine after a month of troop deployment. In Sweden and Finland, support for NATO membership is growing, but Swedish Prime Minister Magdalena Andersson rules out joining the alliance, saying it would increase tensions in the region. May 15, 2022: Andersson's Social Democrats backtrack.";
    expect(verdictsOn(text, 'Swedish Prime Minister Magdalena Andersson', '2024-02-26')).toEqual(['supported']);
    // A dated sentence without a colon is no entry: the present-tense sentence after it is the article's present.
    const news =
      'On February 24, 2022, Russia invaded Ukraine. In Sweden, Swedish Prime Minister Magdalena Andersson says joining would increase tensions.';
    expect(verdictsOn(news, 'Swedish Prime Minister Magdalena Andersson', '2024-02-26')).toEqual(['outdated']);
  });

  it('a title inside a past report of what was said is not flagged when it held a year or two before', () => {
    // jpost.1eye.us, 23 June 2024, a year after Prigozhin's mutiny (Shoigu was replaced on 14 May 2024).
    const text = 'Prigozhin also alleged that Russian Defense Minister Sergei Shoigu had personal motives for initiating the conflict.';
    expect(verdictsOn(text, 'Russian Defense Minister Sergei Shoigu', '2024-06-23')).toEqual(['context']);
    // The reported clause in the present is of the time it was said, recently: still flagged.
    const present = 'Zelensky said that NATO Secretary General Jens Stoltenberg is a true friend of Ukraine.';
    expect(verdictsOn(present, 'NATO Secretary General Jens Stoltenberg', '2025-06-02')).toEqual(['outdated']);
    // Not a report: flagged.
    const plain = 'Russian Defense Minister Sergei Shoigu had personal motives for initiating the conflict.';
    expect(verdictsOn(plain, 'Russian Defense Minister Sergei Shoigu', '2024-06-23')).toEqual(['outdated']);
  });

  it('still flags a stale title in a sentence about the present', () => {
    const text = 'NATO Secretary-General Jens Stoltenberg said on Tuesday that allies must spend more.';
    expect(verdictsOn(text, 'NATO Secretary-General Jens Stoltenberg', '2025-10-21')).toEqual(['outdated']);
  });

  it('does not take "since 2014" for the time a present sentence tells of', () => {
    const text = 'NATO Secretary General Jens Stoltenberg, in charge since 2014, says allies must spend more.';
    expect(verdictsOn(text, 'NATO Secretary General Jens Stoltenberg', '2025-10-21')).toEqual(['outdated']);
  });

  it('a present-tense sentence does not inherit the past of the one before', () => {
    const text = 'In 2014, Russia annexed Crimea. NATO Secretary General Jens Stoltenberg says the alliance will respond.';
    expect(verdictsOn(text, 'NATO Secretary General Jens Stoltenberg', '2025-10-21')).toEqual(['outdated']);
  });

  it('a past-tense sentence inherits the time of the one before, in the same paragraph', () => {
    const text = 'In 2014, Russia annexed Crimea. German Chancellor Angela Merkel led the European response.';
    expect(verdictsOn(text, 'German Chancellor Angela Merkel', '2025-10-21')).toEqual(['supported']);
  });

  it('judges a member count as of the narrated time', () => {
    const text = 'In 2009, the 28-member alliance welcomed Albania and Croatia.';
    expect(isRed(analyze(text, '2025-01-15').map((a) => a.verdict))).toBe(false);
  });

  it('reads "in February" after a past time on a history page as that time, not the article\'s present', () => {
    // North Macedonia's defence ministry, 27 March 2021, a year after the accession
    // (http://www.mod.gov.mk/?mainnews=republika-severna-makedonija-edna-godina-clenka-na-nato&lang=en).
    // The 29 allies ratified the protocol in 2019; "in February" is February 2020, not 2021.
    const text =
      'Republic of North Macedonia – one year as member of NATO\n\nOn this day, one year ago, the Republic of North Macedonia achieved its great historical success! By depositing the North Atlantic Treaty in the State Department in Washington, we became the 30th full-fledged member of the most powerful military political alliance of today.\n\nWe started on this path back in 1993, with the decision of the Assembly to join the North Atlantic Treaty Organization, i.e. NATO.\n\n- In April 1997 we started with the PARP process, while we received the NATO membership candidate status in 1999 at the NATO Summit in Washington.\n\n- In August 2002, for the first time, with two peacekeepers in the ISAF mission in Afghanistan, the Army started participating in NATO-led missions.\n\n- Finally, at the Summit in Brussels in July 2018, we were officially invited to start the accession negotiations for NATO membership.\n\n- A few days after the invitation to the 57th session of the Assembly of the Republic of North Macedonia, the Declaration in support of the NATO accession process was adopted.\n\n- The NATO accession protocol was signed on 6 February 2019, and after only one week on 13 and 14 February 2019, the Minister of Defence, Radmila Shekerinska, participated for the first time on a meeting of the North Atlantic Council.\n\n- The process of ratification of the accession protocol in the Parliaments of all 29 allies was completed with a really fast pace, after which, in February, the President and Supreme Commander of the Army, Stevo Pendarovski, signed the Decree promulgating the Law on Ratification of the North Atlantic Treaty, and on 20 March 2020 he signed the Instrument for North Macedonia’s accession to NATO.';
    expect(verdictsOn(text, 'all 29 allies', '2021-03-27')).not.toContain('outdated');
    // The same sentence on a news page, with no past narrated before it, still speaks of the article's present.
    const news = 'NATO foreign ministers met in Brussels. The parliaments of all 29 allies approved the plan in February.';
    expect(verdictsOn(news, 'all 29 allies', '2021-03-27')).toEqual(['outdated']);
  });
});

describe('the page-wide pass', () => {
  // The extension and the CLI judge a page a paragraph at a time, with what the rest of the page
  // says about time; that pass reads only the lines with a time cue. It must say what reading
  // every sentence says: the development sets' real retrospective and encyclopedia excerpts,
  // with their news excerpts between them, as one page.
  const facts = getFacts();
  const engine = createEngine(facts);
  const lexicon = buildLexicon(facts);
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'real');
  const excerpts = ['expected.jsonl', 'heldout.jsonl', 'heldout2.jsonl', 'heldout3.jsonl']
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as { text: string; kind: string });
  const aboutThePast = excerpts.filter((e) => /retrospective|encyclopedia|anniversary|timeline/.test(e.kind));
  const news = excerpts.filter((e) => !aboutThePast.includes(e)).slice(0, aboutThePast.length / 4);
  // Paragraphs with no time cue too: a page's menus, captions and asides.
  const page = [...aboutThePast, ...news]
    .flatMap((e, i) => [e.text, i % 3 ? 'Share this article' : 'Read more: the alliance and its members'])
    .join('\n');
  const starts = [0, ...[...page.matchAll(/\n/g)].map((m) => m.index + 1)];

  it.each(['2028-06-01', '2030-01-15'])('as of %s, reading only the lines with a time cue changes nothing', (asOf) => {
    const { matches } = engine.scan(page);
    const doc = (sentences: Doc['sentences']): Doc => ({
      text: page,
      folded: '',
      asOf,
      dateCertain: true,
      facts,
      lexicon,
      matches,
      sentences,
      people: [],
    });
    const everySentence = pageNarrations(doc(splitSentences(page)), starts);
    expect(engine.pageNarrations(page, asOf, matches, starts)).toEqual(everySentence);
    // Not a vacuous comparison: as of then the page is about the past, and paragraphs inherit a time.
    expect(everySentence.filter((n) => n.before).length).toBeGreaterThan(10);
    // And the lines with no time cue were passed over.
    expect(timedSentences(page).length).toBeLessThan(splitSentences(page).length);
  });
});

describe("a time counted from the writer's day tells of it, on a page mostly about the past", () => {
  // The Guardian via Yahoo News UK, 24 January 2022 (https://uk.news.yahoo.com/uk-russian-foreign-ministers-meet-171034058.html);
  // the page tells of 2017 and 2019 more than of its day, but "next week" is the writer's.
  const page =
    'Truss will meet Lavrov in Moscow within next two weeks, says Russia\n\nEmbassy says UK foreign secretary will have talks with Russian counterpart at UK’s request\n\nThe UK foreign secretary, Liz Truss, is to travel to Russia in the next two weeks for talks with her Russian counterpart, Sergei Lavrov, the Russian embassy in London has announced.\n\nThe Foreign Office did not confirm the visit but it is likely to go ahead and will be the first of its kind for five years. Russia claims the visit was requested by the UK.\n\nTruss was already due to visit Kyiv next week where she will meet the Ukrainian prime minister, Volodymyr Zelenskiy.\n\nBritain has been among the Nato countries advocating tough measures to deter a Russian invasion of Ukraine, and has provided 2,000 anti-tank weapons to Kyiv.\n\nOver the weekend Truss, the formal political head of the intelligence services, accused Russia of being behind a plot to topple the Ukrainian president and replace him with a Russian puppet leader. She has repeatedly claimed Russia will be making a massive strategic mistake if it invades Ukraine and will face severe consequences.\n\nThe last British foreign secretary to travel to Moscow was Boris Johnson in December 2017. Theresa May met Vladimir Putin on the margins of the G20 in 2019 – the first time the two sides had met at that level since the poisoning of a UK double agent by Russia.\n';
  it('"due to visit Kyiv next week where she will meet the Ukrainian prime minister, Volodymyr Zelenskiy": flagged (he was president)', () => {
    expect(verdictsOn(page, 'Ukrainian prime minister, Volodymyr Zelenskiy', '2022-01-24')).toEqual(['contradicted']);
  });
  it('"the next week" counts from the time narrated, and the title is judged then', () => {
    const told =
      'In March 1999, Poland, Hungary and the Czech Republic joined NATO. The next week, US President Bill Clinton welcomed the new allies in Washington.';
    expect(verdictsOn(told, 'US President Bill Clinton', '2024-04-04')).toEqual(['supported']);
  });
});

describe("a president's own aide tells of that president's term", () => {
  // A review of H.R. McMaster's memoir, December 2024
  // (https://the-readers-exchange.com/print_review.php?isbn_number=D24-1&returnto=current_reviews.php).
  const review =
    "He served as Trump's National Security Adviser from early 2017 until March 2018, when he resigned. McMaster's disagreements with Trump's first Secretary of State Rex Tillerson and Defense Secretary James Mattis underscore the narrative.";
  it('"Trump\'s first Secretary of State Rex Tillerson and Defense Secretary James Mattis" (December 2024): not flagged', () => {
    expect(isRed(verdictsOn(review, 'Defense Secretary James Mattis', '2024-12-01'))).toBe(false);
  });
  it('"Obama\'s vice president Joe Biden" in 2018 is his time under Obama', () => {
    expect(isRed(verdictsOn("Obama's Vice President Joe Biden led the talks with Kyiv.", 'Vice President Joe Biden', '2018-05-01'))).toBe(
      false,
    );
  });
  it("the running president's aide is the article's present: a stale one is still flagged", () => {
    expect(
      verdictsOn("Trump's Defense Secretary Lloyd Austin arrived in Brussels.", 'Defense Secretary Lloyd Austin', '2025-06-01'),
    ).toEqual(['outdated']);
    expect(verdictsOn('Defense Secretary James Mattis arrived in Brussels.', 'Defense Secretary James Mattis', '2024-12-01')).toEqual([
      'outdated',
    ]);
  });
});

describe('what a book or film recounts tells of its own years', () => {
  // TASS, 11 October 2024 (https://tass.com/world/1855195), of Stoltenberg's memoir of his decade at NATO.
  const memoir =
    "According to Gyldendal, the book's key topics include the conflict in Ukraine, NATO's activities in Afghanistan, the alliance's cooperation with US President Donald Trump, and its relations with major powers Russia and China.";
  it('"the book\'s key topics include ... the alliance\'s cooperation with US President Donald Trump" (October 2024): not flagged', () => {
    expect(isRed(verdictsOn(memoir, 'US President Donald Trump', '2024-10-11'))).toBe(false);
  });
  it('"In the book, Stoltenberg describes how he persuaded President Donald Trump ..." (2024): not flagged', () => {
    const told = 'In the book, Stoltenberg describes how he persuaded US President Donald Trump to stay in the alliance.';
    expect(isRed(verdictsOn(told, 'US President Donald Trump', '2024-10-11'))).toBe(false);
  });
  it("the author's own title, said before the telling, is the writer's: still flagged", () => {
    const told = 'In his memoir, NATO Secretary General Jens Stoltenberg recounts the night of the invasion.';
    expect(verdictsOn(told, 'NATO Secretary General Jens Stoltenberg', '2025-10-01')).toEqual(['outdated']);
  });
  it('a title never held is wrong in any book', () => {
    const told = "The book's topics include his talks with NATO Secretary General Mark Rutte.";
    expect(isRed(verdictsOn(told, 'NATO Secretary General Mark Rutte', '2019-05-01'))).toBe(true);
  });
});

describe('a title said of the time it was held', () => {
  // The form of a red flag on a true sentence of held-out 7 at the start of the eighth round (its
  // line was read); tested on sentences of our own, as the held-out rules ask.
  const page =
    'NATO Secretary General Mark Rutte arrived in Kyiv on his first visit in the new role. While still Prime Minister of the Netherlands, Rutte travelled to Kharkiv and Odesa.';
  it('"While still Prime Minister of the Netherlands, Rutte travelled ..." (October 2024): not flagged', () => {
    expect(isRed(verdictsOn(page, 'Prime Minister of the Netherlands, Rutte', '2024-10-03'))).toBe(false);
  });
  it('"When he was Dutch Prime Minister, Mark Rutte ...", "During his time as Norway\'s prime minister, ...": not flagged', () => {
    expect(
      isRed(
        verdictsOn(
          'When he was Dutch Prime Minister, Mark Rutte often clashed with Hungary.',
          'Dutch Prime Minister, Mark Rutte',
          '2025-03-01',
        ),
      ),
    ).toBe(false);
    const told = "During his time as Norway's prime minister, Jens Stoltenberg cut emissions targets.";
    expect(isRed(verdictsOn(told, "Norway's prime minister, Jens Stoltenberg", '2022-03-01'))).toBe(false);
  });
  it('"While Prime Minister Mark Rutte was speaking today ..." has no such words: still flagged', () => {
    const told = 'While Prime Minister Mark Rutte was speaking in The Hague today, protesters gathered outside.';
    expect(verdictsOn(told, 'Prime Minister Mark Rutte', '2025-03-01')).toEqual(['outdated']);
  });
});

describe('a time to come told in the sentence', () => {
  // The form of held-out 7's other red flag on a true sentence at the start of the round (Stoltenberg
  // of the president-elect, November 2020); sentences of our own.
  const page =
    'Stoltenberg said on Monday that President-elect Joe Biden would be invited to a summit.\nAllies hope to meet President Biden in Brussels next year, he said.';
  it('"to meet President Biden in Brussels next year" (November 2020, of the president-elect): not flagged', () => {
    expect(isRed(verdictsOn(page, 'President Biden', '2020-11-30'))).toBe(false);
  });
  it('a title that will not hold then either is still flagged', () => {
    const stale = 'Next year, NATO Secretary General Jens Stoltenberg will open the summit in The Hague.';
    // The title only: since round 46 "the summit in The Hague" next year is also confirmed (the 2025 summit), rightly.
    expect(kindOn('title', stale, 'NATO Secretary General Jens Stoltenberg', '2024-11-15').map((a) => a.verdict)).toEqual(['outdated']);
  });
});

describe('a recent year at the head of the sentence says when the statement holds', () => {
  it('"In 2023, only 11 of NATO\'s 31 members met the 2% target" (June 2024): the count of 2023, confirmed', () => {
    const told = "In 2023, only 11 of NATO's 31 members met the 2% target.";
    expect(isRed(verdictsOn(told, "NATO's 31 members", '2024-06-17'))).toBe(false);
  });
  it('a count wrong in that year too is still flagged', () => {
    expect(verdictsOn('In 2023, the 28-member alliance met in Vilnius.', '28-member alliance', '2024-06-17')).toContain('outdated');
  });
  it('the same count said of the present is flagged, unless it is the count of NATO’s spending figures', () => {
    expect(verdictsOn("Only 11 of NATO's 30 members meet the 2% target.", "NATO's 30 members", '2024-06-17')).toContain('outdated');
    // Round 38: one below NATO's 32, in a sentence of allies meeting a target, is the count of NATO's expenditure figures,
    // which leave Iceland out (history-common.ts countOfSpendingFigures).
    expect(isRed(verdictsOn("Only 11 of NATO's 31 members meet the 2% target.", "NATO's 31 members", '2024-06-17'))).toBe(false);
  });
});
