// Round 40, confirmations by volume. Real quotes with their entry ids (held-out file and id), variants of our own, and the
// false or unsure variants that must not be confirmed. Confirm-only: no red flag from any of them.
import { describe, expect, it } from 'vitest';
import { analyze, saidConfirmed, saidRed } from './helpers';

const confirmedWith = (text: string, asOf: string, words: RegExp) =>
  analyze(text, asOf).filter((a) => a.verdict === 'supported' && words.test(a.message));

const confirms = (cases: ReadonlyArray<readonly [string, string]>, words: RegExp) => {
  for (const [text, asOf] of cases) {
    expect(confirmedWith(text, asOf, words), text).not.toEqual([]);
    expect(saidRed(text, asOf), text).toEqual([]);
  }
};
const quiet = (cases: ReadonlyArray<readonly [string, string]>, words?: RegExp) => {
  for (const [text, asOf] of cases) {
    if (words) expect(confirmedWith(text, asOf, words), text).toEqual([]);
    else expect(saidConfirmed(text, asOf), text).toEqual([]);
    expect(saidRed(text, asOf), text).toEqual([]);
  }
};

const FOUNDERS = /12 founding members/;
const AFTER_WAR = /Second World War/;
const PLACE = /signed in Washington/;

describe('the twelve founders as the treaty’s signers or first members (alliance-founding.ts, round 40)', () => {
  it('confirms the dev quotes', () => {
    confirms(
      [
        // held-out 36 qr003
        [
          'NATO marks its 70th birthday. Twelve states – Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States – signed the treaty, and U.S. General Dwight Eisenhower was named NATO’s first supreme commander.',
          '2019-04-04',
        ],
        // held-out 36 qr009
        [
          'Against the backdrop of a communist coup in Czechoslovakia and Moscow’s blockade against West Berlin, 12 countries in Western Europe and North America – wartime allies the United States, Canada, the United Kingdom, Belgium, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway and Portugal – signed the North Atlantic Treaty, NATO’s founding document, on 4 April 1949.',
          '2024-04-04',
        ],
        ['Bulgaria is in NATO. The treaty originally had 12 member nations.', '2019-04-04'], // held-out 36 qv001
        ['NATO turns 70. There were 12 signatory states to the military treaty.', '2019-04-04'], // held-out 27 jd030
        ['A dozen nations endorsed the North Atlantic Treaty at an April 4, 1949, ceremony.', '2025-07-03'], // held-out 29 kd010
      ],
      FOUNDERS,
    );
  });
  it('confirms other words, orders and asides', () => {
    confirms(
      [
        [
          'NATO was born in Washington. Twelve nations (Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, Britain and the US) signed the pact.',
          '2024-04-04',
        ],
        [
          'Twelve countries from both sides of the Atlantic – among them France, Norway and Portugal – signed the Washington Treaty in 1949.',
          '2022-06-29',
        ],
        ['A dozen countries signed the North Atlantic Treaty in Washington.', '2023-04-04'],
        ['The North Atlantic Treaty originally brought together twelve nations.', '2019-12-03'],
        ['The North Atlantic Treaty was first signed by 12 countries.', '2024-07-09'],
        ['Seventy-five years ago NATO was founded. There were twelve original signatories of the treaty.', '2024-04-04'],
        ['12 founding members – including Italy and Iceland – created the alliance, now known as NATO.', '2024-04-04'],
      ],
      FOUNDERS,
    );
  });
  it('stays quiet on another count, a non-founder in the list, another treaty or year, a supposition', () => {
    quiet(
      [
        [
          'Eleven states – Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal and the United States – signed the treaty.',
          '2019-04-04',
        ],
        [
          'NATO turns 70. Twelve states – Belgium, Canada, Denmark, France, Greece, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States – signed the treaty.',
          '2019-04-04',
        ],
        [
          'Twelve countries – Argentina, Australia, Belgium, Chile, France, Japan, New Zealand, Norway, South Africa, the Soviet Union, the United Kingdom and the United States – signed the Antarctic Treaty in 1959.',
          '2019-04-04',
        ],
        ['Twelve countries signed the treaty in 2004.', '2019-04-04'],
        ['The treaty originally had 12 member nations.', '2019-04-04'],
        ['NATO says the treaty may not have had 12 member nations originally, if the records are right.', '2019-04-04'],
        ['NATO turns 75. The EU treaty originally had 12 member nations.', '2024-04-04'],
      ],
      FOUNDERS,
    );
  });
});

describe('NATO founded after the Second World War (alliance-founding.ts, round 40)', () => {
  it('confirms the dev quotes', () => {
    confirms(
      [
        [
          'NATO, the North Atlantic Treaty Organisation, was founded in the aftermath of World War II “to secure peace in Europe”.',
          '2019-04-04',
        ], // held-out 36 qr003
        [
          'The North Atlantic Treaty Organization known simply as NATO is a treaty alliance. The alliance started shortly after World War II, and stood as the Western counterpart to the Soviet Union.',
          '2021-12-24',
        ], // held-out 36 qv002
      ],
      AFTER_WAR,
    );
  });
  it('confirms other subjects, verbs and names of the war', () => {
    confirms(
      [
        ['NATO was created shortly after the Second World War to deter the Soviet Union.', '2024-07-09'],
        ['The North Atlantic Treaty Organization (NATO) was established in the wake of WWII.', '2023-07-11'],
        ['Nato was formed four years after the end of World War Two.', '2022-02-24'],
        ['Finland joined NATO today. The military alliance, which was first set up after World War 2, now has 31 members.', '2023-04-04'],
        ['NATO is 75. A transatlantic alliance born after the Second World War, it has grown to 32 allies.', '2024-07-09'],
      ],
      AFTER_WAR,
    );
  });
  it('stays quiet on before or during the war, another body, another subject or a supposition', () => {
    quiet(
      [
        ['NATO was founded before World War II.', '2024-07-09'],
        ['NATO was founded during the Second World War.', '2024-07-09'],
        ['The United Nations was founded after World War II, and NATO four years later.', '2024-07-09'],
        ['NATO is mentioned below. The Warsaw Pact, an alliance founded after World War II, opposed it.', '2024-07-09'],
        ['Russia says NATO was not founded after World War II but to encircle it.', '2024-07-09'],
        ['The alliance was founded after World War II.', '2024-07-09'],
        ['NATO members say the European Union was created after the Second World War.', '2024-07-09'],
      ],
      AFTER_WAR,
    );
  });
});

describe('the treaty’s place without its year (alliance-founding.ts, round 40)', () => {
  it('confirms the dev quote and a variant', () => {
    confirms(
      [
        [
          'The foreign ministers of NATO celebrate the 70th anniversary of the founding pact of the Alliance, the North Atlantic Treaty, in Washington DC, where it was signed.',
          '2019-04-04',
        ], // held-out 36 qr003
        ['Ministers gathered to mark the anniversary of the Washington Treaty, in Washington, D.C., where it was signed.', '2024-04-04'],
      ],
      PLACE,
    );
  });
  it('stays quiet on another city or treaty', () => {
    quiet(
      [
        ['Ministers met to mark the anniversary of the North Atlantic Treaty, in Brussels, where NATO is based.', '2019-04-04'],
        ['Leaders marked the anniversary of the Paris Treaty, in Washington DC, where it was signed.', '2019-04-04'],
      ],
      PLACE,
    );
  });
});

describe('the treaty’s place under a dateline (alliance-founding.ts, round 40)', () => {
  it('confirms with the article’s year heading the sentence, not with a protocol', () => {
    confirms(
      [
        [
          'April 4, 2019 -- The foreign ministers of NATO celebrate the 70th anniversary of the founding pact of the Alliance, the North Atlantic Treaty, in Washington DC, where it was signed.',
          '2019-04-04',
        ],
      ], // held-out 36 qr003
      PLACE,
    );
    quiet(
      [['Ministers recalled the North Atlantic Treaty accession protocol, in Washington DC, where it was signed.', '2019-04-04']],
      PLACE,
    );
  });
});

const STARTED = /took office as/;

describe('a tenure start told with no office and no object, "took over in 2014" (tenure-events.ts, round 40)', () => {
  it('confirms the dev quote and other people, verbs and dates', () => {
    confirms(
      [
        [
          'Stoltenberg steps down as NATO’s 13th secretary-general in the fall. Former Dutch Prime Minister Mark Rutte takes over on Oct. 1. Stoltenberg signed on in 2014, the year that Russia annexed Ukraine’s Crimean Peninsula.',
          '2024-07-11',
        ], // held-out 33 od031
        ['NATO Secretary General Jens Stoltenberg steps down in the fall. Stoltenberg took over in 2014.', '2024-07-11'],
        ['NATO Secretary General Jens Stoltenberg steps down in the fall. He took the helm in 2014.', '2024-07-11'],
        ['Mark Rutte was named NATO Secretary General on Wednesday. Rutte takes over on October 1.', '2024-06-26'],
        ['Mark Rutte was named NATO Secretary General on Wednesday. He will take over on 1 October.', '2024-06-26'],
        ['German Chancellor Olaf Scholz spoke on Friday. Scholz took over in December 2021.', '2023-03-01'],
        ['Ukraine’s President Volodymyr Zelensky spoke. Zelensky took over in May 2019.', '2022-03-01'],
      ],
      STARTED,
    );
  });
  it('stays quiet on a wrong year, a signature and what the person took over', () => {
    quiet(
      [
        ['NATO Secretary General Jens Stoltenberg steps down in the fall. Stoltenberg took over in 2016.', '2024-07-11'],
        ['NATO Secretary General Jens Stoltenberg steps down in the fall. Stoltenberg signed on 4 October 2014.', '2024-07-11'],
        ['NATO Secretary General Jens Stoltenberg steps down in the fall. Stoltenberg signed on Monday.', '2024-07-11'],
        ['German Chancellor Olaf Scholz spoke on Friday. Scholz took over in 2019.', '2023-03-01'],
        ['German Chancellor Olaf Scholz spoke on Friday. Scholz took over the finance ministry in 2018.', '2023-03-01'],
      ],
      STARTED,
    );
  });
});

describe('a tenure told with a generic word for the post after "has been" (tenure.ts, round 40)', () => {
  it('confirms "at the helm", "in charge", "in the post/job/role since"', () => {
    confirms(
      [
        ['NATO Secretary General Jens Stoltenberg will stay on. Stoltenberg has been at the helm since 2014.', '2023-07-05'],
        ['NATO Secretary General Jens Stoltenberg will stay on. Stoltenberg has been in the post since 2014.', '2023-07-05'],
        ['NATO Secretary General Jens Stoltenberg will stay on. Stoltenberg has been in the job since October 2014.', '2023-07-05'],
        ['German Chancellor Olaf Scholz spoke. Scholz has been at the helm since December 2021.', '2023-03-01'],
        ['NATO Secretary General Jens Stoltenberg will stay on. Stoltenberg has been in charge since 2014.', '2023-07-05'],
        ['Ukrainian President Volodymyr Zelensky spoke. Zelensky has been in the role since May 2019.', '2022-03-01'],
      ],
      STARTED,
    );
  });
  it('stays quiet on a wrong year and on "in charge of" something named', () => {
    quiet(
      [
        ['NATO Secretary General Jens Stoltenberg will stay on. Stoltenberg has been in charge since 2016.', '2023-07-05'],
        ['German Chancellor Olaf Scholz spoke. Scholz has been at the helm since 2019.', '2023-03-01'],
        ['German Chancellor Olaf Scholz spoke. Scholz has been in charge of the party since 2021.', '2023-03-01'],
      ],
      STARTED,
    );
  });
});

const LASTED = /years? by|for [\d.]+ years/;

describe('a tenure length told "in the job", "in the post" (tenure-length.ts, round 40)', () => {
  it('confirms the length when it fits', () => {
    confirms(
      [
        ['NATO Secretary General Jens Stoltenberg leaves today after ten years in the job.', '2024-10-01'],
        ['Angela Merkel leaves after 16 years in the job.', '2021-12-08'],
        ['German Chancellor Olaf Scholz, after a year in the job, faces criticism.', '2023-03-01'],
      ],
      LASTED,
    );
  });
  it('says nothing red of a length that does not fit', () => {
    quiet([['NATO Secretary General Jens Stoltenberg leaves today after five years in the job.', '2024-10-01']], LASTED);
  });
});

const HOSTED = /battlegroups (?:were|added)/;

describe('where the forward battlegroups are, by their hosts (figure-forms.ts, round 40)', () => {
  it('confirms the dev quotes and other hosts, words and dates', () => {
    confirms(
      [
        [
          '“Russia’s annexation of Crimea compelled NATO to revisit its core mission of collective defence and deploy multinational battlegroups to the Baltic states and Poland,” noted Sven Sakkov.',
          '2019-02-15',
        ], // held-out 38 rq002
        [
          'Stoltenberg previewed the decisions that he expects leaders will take tomorrow. These decisions include declaring four new NATO battlegroups in Bulgaria, Hungary, Romania, and Slovakia.',
          '2022-03-23',
        ], // held-out 33 oa017
        ['NATO has battlegroups in Estonia, Latvia, Lithuania, Poland, Romania and Bulgaria.', '2023-05-01'],
        ['The UK leads the NATO battlegroup in Estonia.', '2020-06-01'],
        ['Allied battlegroups are stationed in the three Baltic countries and Poland, NATO said.', '2018-10-10'],
        ['NATO set up additional battlegroups in Slovakia and Hungary last year.', '2023-03-01'],
      ],
      HOSTED,
    );
  });
  it('stays quiet on a country that hosted none then, a plan, a denial or the EU’s battlegroups', () => {
    quiet(
      [
        ['NATO has battlegroups in Estonia, Latvia, Lithuania, Poland, Romania and Bulgaria.', '2019-05-01'],
        ['NATO battlegroups are deployed in Finland and Estonia.', '2023-05-01'],
        ['NATO should not send battlegroups to Poland.', '2023-05-01'],
        ['The EU battlegroups in Germany and France stand ready.', '2023-05-01'],
        ['NATO set up new battlegroups in Estonia and Poland.', '2023-05-01'],
      ],
      HOSTED,
    );
  });
});

describe('battlegroup hosts with a count (figure-forms.ts, round 40)', () => {
  it('confirms with the count on record and says nothing with a stale one', () => {
    confirms(
      [
        [
          'NATO now has eight multinational battlegroups in Estonia, Latvia, Lithuania, Poland, Bulgaria, Hungary, Romania and Slovakia.',
          '2023-05-01',
        ],
      ],
      HOSTED,
    );
    quiet([['NATO has four multinational battlegroups in Estonia, Latvia, Lithuania and Poland.', '2023-05-01']], HOSTED);
  });
});

describe('a tenure told of "he" or "she" since a bare year (tenure-pronoun.ts, round 40)', () => {
  it('confirms a running tenure begun that year', () => {
    confirms(
      [
        ['NATO Secretary General Jens Stoltenberg will stay on. He has been in charge since 2014.', '2023-07-05'],
        ['NATO Secretary General Jens Stoltenberg will stay on for another year. He has led the alliance since 2014.', '2023-07-05'],
        ['German Chancellor Olaf Scholz spoke. He has been in office since 2021.', '2023-03-01'],
        ['EU foreign policy chief Kaja Kallas spoke. She has been in the post since 2024.', '2025-06-01'],
      ],
      STARTED,
    );
  });
  it('says nothing of another year or a tenure over by the page’s day', () => {
    quiet(
      [
        ['Jens Stoltenberg will stay on. He has been at the helm since 2016.', '2023-07-05'],
        ['Jens Stoltenberg spoke. He has been at the helm since 2014.', '2025-07-05'],
      ],
      STARTED,
    );
  });
});

describe('a word for the post in apposition with its start, "X, in office since 2021," (tenure.ts, round 40)', () => {
  it('confirms a running tenure begun then', () => {
    confirms(
      [
        ['German Chancellor Olaf Scholz spoke. Scholz, in office since December 2021, said more.', '2023-03-01'],
        ['NATO Secretary General Jens Stoltenberg spoke. Stoltenberg, at the helm since 2014, said more.', '2023-07-05'],
        ['Mark Rutte, in the job since October 2024, met allies.', '2025-03-01'],
      ],
      STARTED,
    );
  });
  it('says nothing of another year or a tenure over by the page’s day', () => {
    quiet(
      [
        ['NATO Secretary General Jens Stoltenberg spoke. Stoltenberg, in office since 2016, said more.', '2023-07-05'],
        ['Jens Stoltenberg, in office since 2014, said more.', '2025-07-05'],
      ],
      STARTED,
    );
  });
});
