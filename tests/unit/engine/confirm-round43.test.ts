// Round 43, confirmations: true claims of held-out 41 left unconfirmed, by their form. A step on a country's way into
// NATO told with NATO spelled as British papers spell it, "Nato" ("Finland and Sweden have applied for Nato membership",
// held-out 41 ti007): the step readers (accession-steps.ts STEP_RES, read dated there and undated by accession-process.ts)
// matched "NATO" case by case. And an undated step whose clause goes on with a cause naming another country ("amid concerns
// over Russia's war in Ukraine"): that country is not one of those who took the step.
// Each form with other real wordings of it, a wrong value of the same form (flagged, never confirmed), and the look-alikes
// that must stay unconfirmed (and unflagged).
import { describe, expect, it } from 'vitest';
import { analyze, saidRed } from './helpers';

const confirmedWith = (text: string, asOf: string, words: RegExp, kind: string) =>
  analyze(text, asOf).filter((a) => a.verdict === 'supported' && a.kind === kind && words.test(a.message));

const confirms = (cases: ReadonlyArray<readonly [string, string]>, words: RegExp, kind: string) => {
  for (const [text, asOf] of cases) {
    expect(confirmedWith(text, asOf, words, kind), text).not.toEqual([]);
    expect(saidRed(text, asOf), text).toEqual([]);
  }
};
const notConfirmed = (cases: ReadonlyArray<readonly [string, string]>, words: RegExp, kind: string) => {
  for (const [text, asOf] of cases) {
    expect(confirmedWith(text, asOf, words, kind), text).toEqual([]);
    expect(saidRed(text, asOf), text).toEqual([]);
  }
};

const APPLIED = /submitted its letter of application to NATO on 18 May 2022/;
const PROTOCOL = /Accession Protocol/;
const INVITED = /invited to join NATO at the Madrid summit/;

describe('a step into NATO told with "Nato" (accession-steps.ts, accession-process.ts)', () => {
  it('confirms the application told undated, in the present perfect', () => {
    confirms(
      [
        // thenationalnews.com, 25 June 2022, held-out 41 ti007
        [
          'Finland and Sweden have applied for Nato membership and the guarantee of mutual protection it brings, in response to Russia’s actions.',
          '2022-06-25',
        ],
        // metro.co.uk, 18 May 2022: Ukraine, named in the clause of its cause, applied only in September
        [
          'Finland and Sweden have applied for Nato membership amid concerns over Russia’s war in Ukraine, the military alliance has confirmed.',
          '2022-05-18',
        ],
        ['Sweden and Finland have applied for Nato membership following Russia’s invasion of Ukraine.', '2022-07-01'],
      ],
      APPLIED,
      'membership',
    );
  });

  it('confirms the application, the invitation and the protocol told with their time', () => {
    confirms(
      [
        ['Sweden and Finland submitted their Nato membership applications in May 2022.', '2023-02-01'],
        // after the ceremony of Wednesday 18 May 2022 (Metro: the ambassadors "handed in their application letters")
        ['Finland and Sweden handed in their Nato membership applications on Wednesday.', '2022-05-20'],
      ],
      APPLIED,
      'membership',
    );
    confirms([['Finland and Sweden were formally invited to join Nato last month.', '2022-07-20']], INVITED, 'membership');
    confirms(
      [
        // The Independent (via newsbreak.com), 7 July 2022
        [
          'The Nato membership bids of Sweden and Finland have been sent for approval after the 30 member countries of the alliance signed accession protocols for the two Nordic countries.',
          '2022-07-07',
        ],
        ['Nato allies signed the accession protocol for Montenegro on Thursday.', '2016-05-20'],
      ],
      PROTOCOL,
      'membership',
    );
  });

  it('flags a wrong month of the application in the same form, and confirms none', () => {
    for (const [text, asOf] of [
      ['Sweden and Finland submitted their Nato membership applications in March 2022.', '2023-02-01'],
      ['Finland and Sweden formally applied for Nato membership on 18 April.', '2022-06-25'],
    ] as const) {
      expect(saidRed(text, asOf), text).toEqual([expect.stringMatching(/^contradicted: /)]);
      expect(confirmedWith(text, asOf, APPLIED, 'membership'), text).toEqual([]);
    }
  });

  it('leaves plans, a time before the step, another weekday and other countries unconfirmed', () => {
    notConfirmed(
      [
        // standard.co.uk, 16 May 2022: a process under way, not a step done
        ['Putin said Moscow does not have a problem with Sweden or Finland as they apply for Nato membership.', '2022-05-16'],
        // before the letters were handed in
        ['Finland and Sweden have applied for Nato membership.', '2022-05-10'],
        // Wednesday of the page's week is 22 June, not the day of the letters
        ['Finland and Sweden handed in their Nato membership applications on Wednesday.', '2022-06-25'],
        // Ukraine's application is of 30 September 2022
        ['Ukraine has applied for Nato membership.', '2021-06-25'],
        ['Finland and Sweden have not applied for Nato membership.', '2022-05-20'],
      ],
      APPLIED,
      'membership',
    );
    // The Thursday of the page's week (26 May) is not the protocol's day (19 May 2016)
    notConfirmed([['Nato allies signed the accession protocol for Montenegro on Thursday.', '2016-05-27']], PROTOCOL, 'membership');
  });
});

describe('an application told with a bare "applied" and its time (accession-steps.ts)', () => {
  it('confirms "applied in May 2022" of Finland and Sweden with NATO named', () => {
    confirms(
      [
        // magyarnemzet.hu, 9 February 2024, held-out 40 st017 (the quote; its page's text was not kept)
        [
          'NATO ambassadors met in Brussels on Monday. Finland and Sweden applied in May 2022, abandoning decades of military non-alignment.',
          '2024-02-09',
        ],
        ['Finland and Sweden applied to join NATO after Russia invaded Ukraine. Both countries applied in May 2022.', '2024-02-09'],
        ['Finland and Sweden jointly applied on 18 May 2022 to join the alliance.', '2023-01-10'],
      ],
      APPLIED,
      'membership',
    );
  });

  it('neither confirms nor flags a wrong month, another club or another subject', () => {
    notConfirmed(
      [
        // the wrong month of the same form: confirmed only, so no red flag either
        ['NATO ambassadors met in Brussels on Monday. Finland and Sweden applied in March 2022.', '2024-02-09'],
        // the EU, named before the sentence, not NATO: Sweden applied to the European Communities on 1 July 1991
        ['Sweden joined the EU in 1995. Sweden applied in July 1991.', '2023-05-01'],
        ['The alliance met in Brussels. The new sanctions applied in May 2022 to Russian banks.', '2023-05-01'],
        // no NATO named
        ['Finland and Sweden applied in May 2022.', '2023-01-10'],
      ],
      APPLIED,
      'membership',
    );
  });
});

describe('an application told in the present perfect while the country is still on its way in (accession-process.ts)', () => {
  it('confirms it however long ago it was handed in', () => {
    confirms(
      [
        // wionews.com, 13 February 2024, held-out 40 sv002 (Sweden applied on 18 May 2022, joined on 7 March 2024)
        [
          'Finland became a member of NATO last year. Sweden has also applied for its membership but it awaits ratification of its application.',
          '2024-02-13',
        ],
        ['Sweden has applied for NATO membership.', '2024-01-10'],
      ],
      APPLIED,
      'membership',
    );
  });

  it('leaves it unconfirmed once the country is in and the application long past, before it, or denied', () => {
    notConfirmed(
      [
        ['Sweden has applied for NATO membership.', '2024-06-01'],
        ['Finland has applied for NATO membership.', '2024-06-01'],
        ['Sweden has applied for NATO membership.', '2022-05-10'],
        ['Sweden has not applied for NATO membership.', '2023-10-10'],
      ],
      APPLIED,
      'membership',
    );
  });
});
