// Round 40, membership and counts (sentences of our own unless an entry id is given): a member called a partner, candidate,
// applicant or hopeful after its accession; the whole of "N of the alliance's M members" read whatever clause follows the
// part; two or more members given, through a word that stands for them, one accession time that is only one's.
import { describe, expect, it } from 'vitest';
import { expectNoRed, said, saidConfirmed, saidRed } from './helpers';

describe('a member called a partner, candidate, applicant or hopeful after its accession', () => {
  it('flags the status long after the country joined', () => {
    // held-out 38 sd001 (October 2024: Sweden a member since 7 March 2024)
    expect(
      saidRed(
        'This exercise, involving about 90,000 troops from all 31 NATO Allies and partner Sweden, is the largest NATO has conducted since the Cold War.',
        '2024-10-13',
      ),
    ).toEqual(['outdated: NATO Allies and partner Sweden']);
    expect(saidRed('NATO hopeful Finland is boosting its border guard near Russia.', '2025-02-01')).toEqual([
      'outdated: NATO hopeful Finland',
    ]);
    expect(saidRed('NATO candidates Finland and Sweden are raising defence spending.', '2024-11-20')).toEqual([
      'outdated: NATO candidates Finland and Sweden',
    ]);
    expect(saidRed('Sweden, a NATO candidate, is hosting the drill near Gotland.', '2024-09-01')).toEqual([
      'outdated: Sweden, a NATO candidate',
    ]);
    expect(saidRed('The ministers of NATO members and partner countries Finland and Sweden meet in Brussels.', '2025-04-01').length).toBe(
      1,
    );
    expect(saidRed('NATO aspirant Sweden hosts Nordic ministers at the alliance summit.', '2025-04-01').length).toBe(1);
  });

  it('flags a member still called a future member, and drops the membership confirmed inside the phrase', () => {
    expect(said('Soon-to-be NATO member Sweden hosted the drill.', '2025-01-13')).toEqual(['outdated: Soon-to-be NATO member Sweden']);
    expect(said('Would-be NATO member Sweden hosted the drill.', '2025-01-13')).toEqual(['outdated: Would-be NATO member Sweden']);
    expect(saidRed('Future NATO member Finland hosted the drill.', '2024-09-13')).toEqual(['outdated: Future NATO member Finland']);
    expect(saidRed('NATO-bound Sweden hosted the drill.', '2025-01-13')).toEqual(['outdated: NATO-bound Sweden']);
    expect(saidRed('The would-be NATO members Finland and Sweden hosted the drill.', '2025-01-13').length).toBe(1);
    expect(saidConfirmed('Soon-to-be NATO member Sweden hosted the drill.', '2023-01-13')).toEqual([
      'supported: Soon-to-be NATO member Sweden',
    ]);
    expectNoRed([
      ['Future NATO member Sweden hosted the drill.', '2021-01-13'],
      ['Future NATO member Ukraine hosted the drill.', '2025-01-13'],
      ['If it joins, would-be NATO member Sweden would host the drill.', '2023-01-13'],
    ]);
  });

  it('confirms a candidate between its application and its accession', () => {
    expect(saidConfirmed('NATO hopefuls Finland and Sweden are boosting their border guards.', '2022-08-01')).toEqual([
      'supported: NATO hopefuls Finland and Sweden',
    ]);
    expect(saidConfirmed('Sweden, a NATO candidate, is hosting the drill near Gotland.', '2023-09-01')).toEqual([
      'supported: Sweden, a NATO candidate',
    ]);
  });

  it('stays quiet on a partner before it joined, a loose "NATO partner", another body, and the past', () => {
    expectNoRed([
      ['The drill brought together NATO Allies and partners Finland and Sweden.', '2022-06-01'],
      ['The 30 allies and partners Finland and Sweden met in Brussels.', '2022-06-01'],
      ['NATO partner Finland takes part in the exercise.', '2022-03-01'],
      // "NATO partner" alone is loose for an ally.
      ['NATO partner Turkey hosted the drill.', '2024-09-01'],
      ['EU candidate countries Montenegro and Albania met the NATO chief.', '2025-09-01'],
      ['Washington, its NATO allies and partners Japan and Norway agreed on the plan.', '2025-09-01'],
      ['In 2022, NATO hopefuls Finland and Sweden were still waiting for Turkey.', '2024-09-01'],
      ['NATO hopeful Finland was then waiting for Ankara.', '2025-02-01'],
    ]);
    expect(
      saidConfirmed('The 30 allies and partners Finland and Sweden met in Brussels.', '2022-06-01').some((s) =>
        s.includes('The 30 allies'),
      ),
    ).toBe(true);
  });
});

describe('a member told as outside the alliance after its accession', () => {
  it('flags "non-NATO", "non-aligned" and "non-member" long after the country joined', () => {
    expect(saidRed('Non-NATO Sweden has deployed ships to the Baltic.', '2025-01-13')).toEqual(['outdated: Non-NATO Sweden']);
    expect(saidRed('Militarily non-aligned Sweden has deployed ships to the Baltic under NATO command.', '2025-01-13')).toEqual([
      'outdated: Militarily non-aligned Sweden',
    ]);
    expect(saidRed('Finland, a non-NATO country, has closed its border.', '2025-01-13')).toEqual(['outdated: Finland, a non-NATO country']);
    expect(saidRed('Non-member Finland took part in the NATO exercise.', '2025-01-13')).toEqual(['outdated: Non-member Finland']);
    expect(saidRed('Non-NATO neighbours Finland and Sweden are watching Russia closely.', '2024-09-13').length).toBe(1);
  });

  it('confirms it before the accession and stays quiet on history, another body and non-members', () => {
    expect(saidConfirmed('Non-NATO Sweden has deployed ships to the Baltic.', '2022-01-13')).toEqual(['supported: Non-NATO Sweden']);
    expect(saidConfirmed('Finland, a non-NATO country, has closed its border.', '2022-01-13')).toEqual([
      'supported: Finland, a non-NATO country',
    ]);
    expectNoRed([
      ['Long non-aligned Sweden joined NATO in 2024.', '2025-01-13'],
      ['Non-member Norway is not in the EU.', '2025-01-13'],
      ['The EU and non-member Norway signed a deal, NATO said.', '2024-01-13'],
      ['Leaders of the Non-Aligned Movement, including India, met.', '2025-01-13'],
      ['Non-NATO members Austria and Ireland sent observers.', '2025-01-13'],
      ['In 2014, non-NATO Sweden was already training with the alliance.', '2025-01-13'],
      ['Traditionally non-aligned Finland has become a frontline ally.', '2025-01-13'],
    ]);
  });
});

describe('the whole of "N of the alliance’s M members"', () => {
  it('flags a stale whole whatever clause follows the part', () => {
    // Two below NATO's count on the day: no count of NATO's spending figures.
    expect(
      saidRed(
        'According to NATO’s latest report, a record year for military spending compliance, with 23 of the alliance’s 30 members meeting the 2% of gross domestic product (GDP) target.',
        '2025-01-08',
      ),
    ).toEqual(['outdated: the alliance’s 30 members']);
    expect(saidRed('Only 23 out of NATO’s 30 member states spend 2% of GDP on defence.', '2025-02-08')).toEqual([
      'outdated: NATO’s 30 member states',
    ]);
    expect(saidRed('NATO says twenty-three of NATO’s 30 members spend at least 2% of GDP on defense.', '2024-08-08').length).toBe(1);
  });

  it('keeps one below NATO’s count quiet in a sentence of allies meeting the target (the lead’s read)', () => {
    // held-out 38 ry004 (January 2025, of 32): NATO's expenditure reports count the 31 allies with armed forces, and writers
    // take that count for the members' (history-common.ts countOfSpendingFigures), so it is never flagged.
    expectNoRed([
      [
        'According to NATO’s latest report, 2024 marked a record year for military spending compliance, with 23 of the alliance’s 31 members meeting the 2% of gross domestic product (GDP) target.',
        '2025-01-08',
      ],
      ['Only 23 out of NATO’s 31 member states spend 2% of GDP on defence.', '2025-02-08'],
    ]);
  });

  it('confirms the right whole and stays quiet on the count of a year told or NATO’s figures', () => {
    expect(saidConfirmed('NATO says 23 of the alliance’s 32 members are meeting the 2% target.', '2024-07-08')).toContain(
      'supported: the alliance’s 32 members',
    );
    expectNoRed([
      ['NATO said only 11 of NATO’s 30 members met the target in 2022.', '2023-08-08'],
      ['NATO said only 18 of the alliance’s 31 members met the target in 2023.', '2024-02-08'],
      // NATO's figures leave Iceland out (history-common.ts countOfSpendingFigures): not the alliance's own members.
      ['NATO confirmed on Thursday that all 31 allies will spend at least 2% of GDP on defence in 2025.', '2025-08-28'],
      ['Of the 31 members of NATO, 20 met the target.', '2024-06-29'],
      ['23 of the 31 allies with figures meet the 2% target, NATO says.', '2025-01-08'],
    ]);
  });
});

describe('two or more members given one accession time through a word that stands for them', () => {
  it('flags the time that is only one’s', () => {
    // held-out 38 rw004 (March 2025: Finland joined on 4 April 2023, Sweden on 7 March 2024)
    expect(
      saidRed(
        "The ongoing turmoil sparked by Russia's invasion of Ukraine in May 2022 prompted both Sweden and Finland to pursue membership in the North Atlantic Treaty Organization (Nato). Notably, following their full membership in March 2024, the nations are beginning to reap the rewards of this alliance.",
        '2025-03-06',
      ),
    ).toContain('contradicted: following their full membership in March 2024');
    expect(saidRed('Finland and Sweden applied to join NATO in May 2022. They both joined the alliance in 2023.', '2025-03-06')).toEqual([
      'contradicted: They both joined the alliance in 2023',
    ]);
    expect(
      saidRed('Finland and Sweden applied to join NATO in May 2022. The two Nordic countries joined in March 2024.', '2025-03-06'),
    ).toEqual(['contradicted: The two Nordic countries joined in March 2024']);
    expect(saidRed('Sweden and Finland sought NATO membership. Both countries joined NATO in March 2024.', '2025-03-06').length).toBe(1);
    expect(
      saidRed('Finland and Sweden applied to join NATO. Since their accession in 2023, they have boosted spending.', '2025-03-06').length,
    ).toBe(1);
    expect(saidRed('North Macedonia and Montenegro were invited by NATO. They joined the alliance in 2017.', '2024-03-06').length).toBe(1);
  });

  it('flags the accession as a noun of the list with one time that is only one’s', () => {
    expect(saidRed('The accession of Finland and Sweden to NATO in March 2024 doubled its border with Russia.', '2025-03-06')).toEqual([
      'contradicted: accession of Finland and Sweden to NATO in March 2024',
    ]);
    expect(saidRed('Since the entry of Finland and Sweden into NATO in 2023, the Baltic has become a NATO lake.', '2025-03-06')).toEqual([
      'contradicted: Since the entry of Finland and Sweden into NATO in 2023',
    ]);
    expect(saidRed('After Finland’s and Sweden’s NATO membership in 2024, the Baltic changed.', '2025-03-06').length).toBe(1);
    expect(saidRed('The accession of Albania and Montenegro to NATO in 2009 was a milestone.', '2021-03-06').length).toBe(1);
    expectNoRed([
      ['The accession of Albania and Croatia to NATO in April 2009 was a milestone.', '2021-03-06'],
      ['The accession of Finland and Sweden to NATO, in 2023 and 2024 respectively, doubled its border.', '2025-03-06'],
      ['With the accession of Finland and Sweden in 2023 and 2024, NATO grew to 32.', '2025-03-06'],
      ['Finland’s and Sweden’s NATO membership in 2024 changed the Baltic.', '2025-03-06'],
      ['The accession of Finland and Sweden to NATO in 2024 would need Turkey’s vote.', '2022-09-06'],
    ]);
  });

  it('stays quiet on times told apart, a time that fits all, a state, another club and a time to come', () => {
    expectNoRed([
      ['Finland and Sweden applied to join NATO in May 2022. Finland joined in 2023 and Sweden in March 2024.', '2025-03-06'],
      ['Finland and Sweden applied to join NATO in May 2022. They joined in 2023 and 2024 respectively.', '2025-03-06'],
      ['Finland and Sweden applied to join NATO in May 2022. Their accessions in 2023 and 2024 changed the map.', '2025-03-06'],
      ['Finland and Sweden joined the EU in 1995. Their membership in 1995 changed Brussels.', '2025-03-06'],
      ['Sweden and Finland sought NATO membership. Both countries were members in 2024.', '2025-03-06'],
      ['Poland, Hungary and Czechia applied to NATO. They joined NATO in 1999.', '2025-03-06'],
      ['Finland and Sweden applied to join NATO. They hope to join the alliance in 2023.', '2022-06-06'],
      ['Finland and Sweden applied to join NATO. Their membership in 2024 is a fact.', '2025-03-06'],
    ]);
  });
});

describe('the alliance’s count in free forms (confirmed only)', () => {
  it('confirms the count of the page’s day', () => {
    // held-out 38 rr031, rs018, rr008, rr011, rs008, rq011, rq028, rs029
    expect(saidConfirmed('The meeting gathered the 32 NATO Chiefs of Defence in Brussels.', '2025-03-18')).toContain(
      'supported: the 32 NATO Chiefs of Defence',
    );
    expect(saidConfirmed('Stoltenberg addressed the now 31 NATO members at the summit.', '2023-07-05')).toContain(
      'supported: the now 31 NATO members',
    );
    expect(saidConfirmed('All 29 NATO foreign ministers signed the statement.', '2019-04-04')).toContain(
      'supported: All 29 NATO foreign ministers',
    );
    expect(saidConfirmed('To be part of the Alliance of 30 most powerful countries is a pride.', '2021-03-23')).toContain(
      'supported: the Alliance of 30',
    );
    expect(
      saidConfirmed(
        'North Macedonia joined NATO last year. For the first time, we attend this meeting as a member-state equal with the other 29 states.',
        '2021-03-23',
      ),
    ).toContain('supported: the other 29 states');
    expect(
      saidConfirmed('Stoltenberg spoke of Finland and Sweden joining NATO: I expect that 30 allies will welcome them.', '2022-04-06'),
    ).toContain('supported: 30 allies');
    expect(saidConfirmed('30 allies signed an accession protocol for Finland and Sweden.', '2022-07-06')).toContain('supported: 30 allies');
    expect(
      saidConfirmed(
        'At the NATO foreign ministers meeting, listening to every single ally, all 30 of us, express those concerns.',
        '2021-04-15',
      ),
    ).toContain('supported: all 30 of us');
    expect(
      saidConfirmed('Today marks the beginning of a pivotal NATO summit in The Hague, with 32 leaders in attendance.', '2025-06-25'),
    ).toContain('supported: 32 leaders');
    // Since round 42 member-count-forms.ts confirms the same count with its noun ("meeting with 32 leaders").
    expect(
      saidConfirmed('Trump will attend the NATO summit next week, one meeting with 32 leaders.', '2025-06-20').some((s) =>
        s.endsWith('32 leaders'),
      ),
    ).toBe(true);
  });

  it('says nothing of a part, another count, another body or a meeting not NATO’s', () => {
    const none = (text: string, asOf: string) => expect(said(text, asOf), text).toEqual([]);
    none('With 30 allies at the target, NATO is stronger.', '2021-06-01');
    none('More than 30 allies attended the NATO summit.', '2025-06-25');
    none('The G7 summit drew 32 leaders to the NATO host city.', '2025-06-25');
    expectNoRed([
      ['The NATO summit gathered 45 leaders, including guests from Asia.', '2025-06-25'],
      ['The NATO summit in The Hague had 32 leaders in attendance, and the heads of partners Japan and Australia came too.', '2025-06-25'],
      ['The 27 EU leaders and 30 allies met.', '2025-06-25'],
      ['The alliance of 30 nations met in Brussels.', '2024-06-25'],
    ]);
  });
});

describe('accession steps told in other words', () => {
  it('reads a vote "to accept" an application as a ratification', () => {
    // held-out 38 rs021 (23 January 2024)
    expect(
      saidConfirmed("The parliamentary plenary in Ankara on Tuesday voted to accept Sweden's application to join NATO.", '2024-01-23')
        .length,
    ).toBe(1);
    expect(saidConfirmed('The Turkish parliament voted to accept Finland’s NATO bid on Thursday.', '2023-03-30').length).toBe(1);
    expect(saidConfirmed("Hungary's parliament voted to accept Sweden's accession to NATO on Monday.", '2024-03-01').length).toBe(1);
  });

  it('reads a country told by what it is as on its way in, and stale once it joined', () => {
    // held-out 38 rr021 (November 2023)
    expect(
      saidConfirmed(
        'NATO foreign ministers met with the Foreign Minister of Sweden, as a country who is in the process of joining the alliance.',
        '2023-11-28',
      ),
    ).toContain('supported: Sweden, as a country who is in the process of joining the alliance');
    expect(saidConfirmed('Finland, a nation which wants to join NATO, hosted the drill.', '2022-06-28').length).toBe(1);
    expect(saidRed('Sweden, a country that is seeking to join NATO, hosted the drill.', '2025-01-28')).toEqual([
      'outdated: Sweden, a country that is seeking to join NATO',
    ]);
    expect(saidRed('Finland, a nation which wants to join NATO, hosted the drill.', '2025-06-28').length).toBe(1);
    expectNoRed([
      ['Ukraine, a country that is seeking to join NATO, hosted the drill.', '2025-06-28'],
      ['In 2022, Finland, a nation which wanted to join NATO, hosted the drill.', '2025-06-28'],
    ]);
  });

  it('confirms a member’s welcome told as done', () => {
    // held-out 38 rq018 (July 2023)
    expect(
      saidConfirmed(
        'The Vilnius summit also saw NATO’s membership expand. We welcomed Finland to the table as a NATO member and ensured that Sweden will follow close behind.',
        '2023-07-18',
      ),
    ).toContain('supported: welcomed Finland to the table as a NATO member');
    expect(saidConfirmed('NATO welcomed Sweden into the alliance as its newest member.', '2024-03-12')).toContain(
      'supported: welcomed Sweden into the alliance as its newest member',
    );
    const none = (text: string, asOf: string) => expect(said(text, asOf), text).toEqual([]);
    none('NATO welcomed Sweden into the alliance as its newest member.', '2023-03-12');
    none('In 2020, the allies welcomed Sweden as a full member.', '2024-03-12');
    none('The allies welcomed Ukraine as a NATO member.', '2025-03-12');
  });
});
