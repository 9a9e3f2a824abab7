// The alliance's history beyond membership dates (alliance-history.json): Article 5 and Article 4
// uses, the alliance's age and anniversaries, and the steps to accession. Real sentences from the
// development set (tests/fixtures/real/) with their article dates; each kind with a wrong variant
// that is flagged and an ambiguous one that is not.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

describe('Article 5', () => {
  it('supports the one invocation, after 9/11', () => {
    const r073 =
      'The second memorial will honor the victims of the 11 September 2001 terror attack in New York. It was then that Article 5 of the Washington Treaty, enshrining the core principles of NATO’s collective defense, was invoked for the first time.';
    expect(verdictsOn(r073, 'Article 5 of the Washington Treaty', '2017-05-24')).toEqual(['supported']);
    const r074 = 'Trump noted that after 9/11, the NATO allies invoked Article 5 for the first and, so far, only time.';
    expect(verdictsOn(r074, 'Article 5 for the first and, so far, only time', '2017-05-25')).toEqual(['supported']);
    const r075 =
      'The section of the Wall commemorates the founding principles of NATO during the Cold War. The twisted steel commemorates Article 5, the commitment to mutual defense, invoked after the 9/11 attacks.';
    expect(verdictsOn(r075, 'invoked after the 9/11 attacks', '2017-05-25')).toEqual(['supported']);
  });

  it('contradicts a second invocation, a wrong year, or none at all', () => {
    expect(verdictsOn('NATO allies have invoked Article 5 twice since 1949.', 'Article 5 twice', '2024-04-04')).toEqual(['contradicted']);
    expect(
      verdictsOn('Article 5 of the North Atlantic Treaty was invoked in 1999, during the Kosovo war.', 'invoked in 1999', '2024-04-04'),
    ).toEqual(['contradicted']);
    expect(verdictsOn('Article 5 has never been invoked in the alliance’s history.', 'never been invoked', '2024-04-04')).toEqual([
      'contradicted',
    ]);
  });

  it('says nothing red of a hypothetical', () => {
    const text = 'If Poland invoked Article 5, it would be only the second time in NATO’s history.';
    expect(isRed(analyze(text, '2025-09-10').map((a) => a.verdict))).toBe(false);
  });
});

describe('Article 4', () => {
  it('supports a meeting at the requester’s request on the day', () => {
    const r096 =
      'The North Atlantic Council met today at Turkey’s request to hold consultations under Article 4 of the Washington Treaty, which states that “the parties will consult whenever, in the opinion of any of them, the territorial integrity, political independence, or security of any of the parties is threatened.”';
    expect(verdictsOn(r096, 'met today at Turkey’s request', '2015-07-28')).toEqual(['supported']);
  });

  it('counts the consultations as of the article’s date', () => {
    const r097 =
      "The 2015 NATO emergency meeting was an emergency convention of the North Atlantic Treaty Organization called by Turkey, in accordance to Article 4 of NATO's founding treaty. It is the fifth such meeting called in the organisation's 66-year history.";
    expect(verdictsOn(r097, 'fifth such meeting', '2015-08-15')).toEqual(['supported']);
    const eight =
      'Poland and seven other allies requested consultations under Article 4. It is the seventh such meeting in NATO’s history.';
    expect(verdictsOn(eight, 'seventh such meeting', '2022-02-24')).toEqual(['supported']);
  });

  it('contradicts a count said in the present perfect that is not the count on the day', () => {
    const text = 'Article 4 has been invoked for the fourth time in the alliance’s history.';
    expect(verdictsOn(text, 'fourth time', '2020-02-28')).toEqual(['contradicted']);
  });

  it('contradicts a meeting dated to a day the requester did not ask for one', () => {
    const text = 'On 28 July 2016, the North Atlantic Council met at Turkey’s request to hold consultations under Article 4.';
    expect(verdictsOn(text, 'Article 4', '2016-08-01')).toEqual(['contradicted']);
  });

  it('leaves a count over a window or of one ally alone', () => {
    const window = 'Estonia requested Article 4 consultations, the second time in two weeks that an ally has done so.';
    expect(isRed(analyze(window, '2025-09-19').map((a) => a.verdict))).toBe(false);
    const ally = 'It was the first time Poland has invoked Article 4 since 2014.';
    expect(isRed(analyze(ally, '2025-09-10').map((a) => a.verdict))).toBe(false);
  });
});

describe('the alliance’s age', () => {
  it('supports anniversaries in their year', () => {
    const r012 = 'The meeting was chaired by the NATO Secretary General. The summit marked the 70th anniversary of the Alliance.';
    expect(verdictsOn(r012, '70th anniversary of the Alliance', '2019-12-05')).toEqual(['supported']);
    const r038 = 'The last summit held in Washington, D.C., was for the Alliance’s 50th anniversary in 1999.';
    // The anniversary, and around it the 1999 Washington summit it names: both supported.
    const verdicts = verdictsOn(r038, 'the Alliance’s 50th anniversary in 1999', '2024-07-05');
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((v) => v === 'supported')).toBe(true);
  });

  it('contradicts an anniversary of NATO given another year', () => {
    const text = 'The last summit held in Washington, D.C., was for the Alliance’s 50th anniversary in 2004.';
    expect(verdictsOn(text, 'the Alliance’s 50th anniversary in 2004', '2024-07-05')).toEqual(['contradicted']);
  });

  it('does not read the founding year as the anniversary’s', () => {
    const r040 =
      'The summit commemorates the landmark 75th anniversary of NATO, which was founded on 4 April 1949 with the signing of the North Atlantic Treaty in Washington, DC.';
    expect(isRed(analyze(r040, '2025-01-15').map((a) => a.verdict))).toBe(false);
  });

  it('supports the years of its life', () => {
    const r088 = 'NATO has underpinned Europe and North America’s security for more than 67 years, so it is no surprise.';
    expect(verdictsOn(r088, 'for more than 67 years', '2016-06-17')).toEqual(['supported']);
    const r097 =
      "The 2015 NATO emergency meeting was an emergency convention of the North Atlantic Treaty Organization called by Turkey. It is the fifth such meeting called in the organisation's 66-year history.";
    expect(verdictsOn(r097, "the organisation's 66-year history", '2015-08-15')).toEqual(['supported']);
  });

  it('flags NATO’s own history plainly off, but only hints at a loose span', () => {
    expect(verdictsOn('In NATO’s 60-year history, no ally has left.', 'NATO’s 60-year history', '2025-03-01')).toEqual(['outdated']);
    expect(verdictsOn('NATO has kept the peace for more than 80 years.', 'for more than 80 years', '2025-03-01')).toEqual(['context']);
  });
});

describe('steps to accession', () => {
  it('supports protocols, applications, invitations and flags on their days', () => {
    const r031 =
      'On 5 July 2022, NATO Allies signed Finland’s Accession Protocol, following which all 30 national parliaments voted to ratify the country’s membership.';
    expect(verdictsOn(r031, 'On 5 July 2022, NATO Allies signed Finland’s Accession Protocol', '2023-04-05')).toEqual(['supported']);
    expect(verdictsOn(r031, 'all 30 national parliaments', '2023-04-05')).toEqual(['supported']);
    const r086 =
      'Following Russia’s full-scale invasion of Ukraine in February 2022, the Finnish and Swedish ambassadors to NATO simultaneously conveyed the intent of their respective countries to join the Alliance by submitting official letters of application to NATO on 18 May. They completed accession talks on 4 July, and their Accession Protocols were signed by Allies on 5 July.';
    expect(verdictsOn(r086, 'letters of application to NATO on 18 May', '2024-03-08')).toEqual(['supported']);
    expect(verdictsOn(r086, 'their Accession Protocols were signed by Allies on 5 July', '2024-03-08')).toEqual(['supported']);
    const r006 = 'Afterward, Montenegro’s flag will fly over NATO headquarters for the first time on June 7.';
    expect(verdictsOn(r006, 'flag will fly over NATO headquarters', '2017-06-03')).toEqual(['supported']);
    const r088 = 'In fact, until Montenegro was asked to join last December, President Obama was on track.';
    expect(verdictsOn(r088, 'Montenegro was asked to join last December', '2016-06-17')).toEqual(['supported']);
  });

  it('contradicts a protocol dated to another year', () => {
    const text = 'On 5 July 2023, NATO Allies signed Finland’s Accession Protocol.';
    expect(verdictsOn(text, 'signed Finland’s Accession Protocol', '2024-01-10')).toEqual(['contradicted']);
  });

  it('leaves a step of a country it has no record of alone', () => {
    const text = 'On 5 July 2023, NATO Allies signed an accession protocol with Bosnia and Herzegovina.';
    expect(isRed(analyze(text, '2024-01-10').map((a) => a.verdict))).toBe(false);
  });

  it('knows what Bucharest promised and whom it invited', () => {
    const r086 = 'At the 2008 Bucharest Summit, the Allies agreed that Georgia and Ukraine will become members of NATO in future.';
    expect(verdictsOn(r086, 'Ukraine will become members', '2024-03-08')).toEqual(['supported']);
    const r087 =
      'The April 2008 Bucharest Summit communiqué re-affirmed the NATO allies\' "commitment to keeping NATO\'s door open". At that summit, Ukraine was invited to join the Alliance.';
    expect(verdictsOn(r087, 'Ukraine was invited to join the Alliance', '2025-01-15')).toEqual(['contradicted']);
    const other = 'At that summit, Ukraine was invited to join the Alliance.';
    expect(isRed(analyze(other, '2025-01-15').map((a) => a.verdict))).toBe(false);
  });

  it('supports firsts and next places in line', () => {
    const r033 = 'This will be Finland’s first Summit as a NATO Ally, and we look forward to Sweden joining as soon as possible.';
    expect(verdictsOn(r033, 'Finland’s first Summit as a NATO Ally', '2023-07-10')).toEqual(['supported']);
    expect(verdictsOn(r033, 'Finland’s first Summit as a NATO Ally', '2025-06-20')).toEqual(['context']);
    const r072 = 'It is the first expansion of NATO in six years and has already prompted a backlash from Russia.';
    expect(verdictsOn(r072, 'first expansion of NATO in six years', '2015-12-02')).toEqual(['supported']);
    const r056 = 'They would become the 31st and 32nd members of the trans-Atlantic alliance.';
    expect(verdictsOn(r056, 'the 31st and 32nd members', '2022-05-11')).toEqual(['supported']);
    const r071 = 'Montenegro would be the third nation from the Western Balkans to join NATO after Albania and Croatia.';
    expect(verdictsOn(r071, 'join NATO after Albania and Croatia', '2015-12-02')).toEqual(['supported']);
  });
});
