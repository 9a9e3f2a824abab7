// Eighteenth round, second wave (what remains missed): the EU's enlargement steps (eu-accession.ts, data in
// eu-enlargement.json), and the successor sentence of an outdated title said only of an office one person holds at a time.
// Real sentences from the development sets (not in the repository) are cited by id and URL; mutants change one fact.
import { describe, expect, it } from 'vitest';
import { kindOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);

describe('EU candidate status and accession talks', () => {
  // ta029 (2022-06-24), https://vnk.fi/sv/-/europeiska-radet-beslutade-att-ge-ukraina-och-moldavien-status-som-kandidatlander?languageId=en_US
  const ta029 =
    'The European Council decided to grant EU candidate status to Ukraine and the Republic of Moldova. EU leaders expressed their strong support for Georgia’s membership perspective and are ready to grant candidate status to Georgia once the priorities specified by the Commission have been addressed.';
  // ta040 (2023-12-14), https://dw.com/en/eu-summit-ukraine-and-moldova-accession-talks-announced/live-67717211
  const ta040 =
    "- The Council agreed to open membership talks with Ukraine and Moldova, despite Hungary's earlier veto threat\n- The bloc also granted candidate status to Georgia";
  // l041 (2023-12-14), https://www.euractiv.com/news/eu-leaders-greenlight-opening-accession-talks-with-ukraine-moldova/
  const l041 =
    'In a historic step, EU leaders agreed on Thursday (14 December) to open EU accession talks with Ukraine and Moldova and grant candidate status to Georgia, despite an earlier threat from Hungary to veto the deal.';
  // o117 (2023-12-15), https://www.theworldmonitor.com/eu-imposes-sanctions-against-russia/
  const o117 = 'European Union countries, except Hungary, agreed to Ukraine’s request to begin talks on joining the European Union.';

  it('confirms the steps told on their day', () => {
    expect(membership(ta029, 'to Ukraine and the Republic of Moldova', '2022-06-24')).toEqual(['supported']);
    expect(membership(ta040, 'open membership talks with Ukraine and Moldova', '2023-12-14')).toEqual(['supported']);
    expect(membership(ta040, 'granted candidate status to Georgia', '2023-12-14')).toEqual(['supported']);
    expect(membership(l041, 'accession talks with Ukraine and Moldova', '2023-12-14')).toEqual(['supported']);
    expect(membership(l041, 'grant candidate status to Georgia', '2023-12-14')).toEqual(['supported']);
    expect(membership(o117, 'begin talks on joining', '2023-12-15')).toEqual(['supported']);
  });

  it('leaves the plan for Georgia of June 2022 alone', () => {
    expect(membership(ta029, 'ready to grant candidate status to Georgia', '2022-06-24')).toEqual([]);
  });

  it('contradicts a step told of a country that had not taken it, or on another day', () => {
    // Another country: Georgia's candidate status came in December 2023, and the EU never opened talks with it.
    expect(
      membership(ta029.replace('Ukraine and the Republic of Moldova', 'Georgia'), 'EU candidate status to Georgia', '2022-06-24'),
    ).toEqual(['contradicted']);
    expect(membership(ta040.replace('with Ukraine and Moldova', 'with Georgia'), 'membership talks with Georgia', '2023-12-14')).toEqual([
      'contradicted',
    ]);
    // Another year: the decision to open talks was taken in December 2023, not 2022.
    expect(membership(o117, 'begin talks on joining', '2022-12-15')).toEqual(['contradicted']);
    // Another day: a week later.
    expect(membership(l041.replace('14 December', '21 December'), 'accession talks with Ukraine and Moldova', '2023-12-22')).toEqual([
      'contradicted',
    ]);
  });

  it('confirms the formal opening of June 2024 as well as the decision of December 2023', () => {
    const opened = 'The EU formally opened accession negotiations with Ukraine and Moldova on 25 June 2024.';
    expect(membership(opened, 'accession negotiations with Ukraine and Moldova', '2024-06-26')).toEqual(['supported']);
  });

  it('reads no NATO candidacy, no recommendation and no call', () => {
    expect(membership('NATO granted candidate status to Georgia in 2008.', 'candidate status', '2024-06-26')).toEqual([]);
    expect(
      membership('The European Commission recommended granting candidate status to Ukraine and Moldova.', 'candidate status', '2022-06-17'),
    ).toEqual([]);
    expect(membership('Activists urged the EU to grant candidate status to Georgia.', 'candidate status', '2022-06-10')).toEqual([]);
  });
});

describe('the successor sentence of an outdated title', () => {
  const titleOn = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf);

  it('names who held a single office on the day', () => {
    const [a] = titleOn(
      'Secretary of State Mike Pompeo said the alliance must stand firm.',
      'Secretary of State Mike Pompeo',
      '2022-06-10',
    );
    expect(a.verdict).toBe('outdated');
    expect(a.message).toContain('On June 10, 2022 the office was held by Antony Blinken.');
  });

  it('names no "holder" of an office several hold at once (a senator)', () => {
    // g201 (2025-02-17), https://steelcitydaily.com/2025/02/17/us-senator-marco-rubio-leads-peace-talks-in-saudi-arabia-with-russian-officials
    // (heldout12): "US Senator Marco Rubio" after he became Secretary of State; Lindsey Graham was a
    // senator then too, but no successor of his.
    const [a] = titleOn('US Senator Marco Rubio said the alliance must stand firm.', 'US Senator Marco Rubio', '2025-02-17');
    expect(a.verdict).toBe('outdated');
    expect(a.message).toContain('left the office of US Senator on January 20, 2025.');
    expect(a.message).not.toContain('the office was held by');
  });
});

describe('a misspelt name after a title, with a possessive', () => {
  // l012 (2020-07-29), https://nationalpost.com/pmn/news-pmn/u-s-to-withdraw-about-12000-troops-from-germany-but-nearly-half-to-stay-in-europe-4
  const l012 =
    '“Instead of strengthening NATO, the troop withdrawal will weaken the alliance,” Norbert Roettgen, a senior member of Chancellor Angel Merkel’s conservatives, told Augsburger Allgemeine newspaper.';
  const titleVerdicts = (text: string, asOf: string) => kindOn('title', text, 'Chancellor Angel Merkel', asOf).map((a) => a.verdict);

  it('reads "Chancellor Angel Merkel’s" as Angela Merkel', () => {
    expect(titleVerdicts(l012, '2020-07-29')).toEqual(['supported']);
    expect(titleVerdicts(l012.replace('’s', "'s"), '2020-07-29')).toEqual(['supported']);
    // The same words after she left office (8 December 2021) are stale.
    expect(titleVerdicts(l012, '2022-07-29')).toEqual(['outdated']);
  });
});
