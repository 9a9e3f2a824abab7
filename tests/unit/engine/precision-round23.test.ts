// Round 23 precision probe: true sentences shaped like the round's new red-flag forms (made up, with true facts), each
// kept unflagged next to the true red flag it must not take away.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as supported } from './helpers';

describe('a title told after "who was" is of the time it was held (narrated-time.ts TENURE_TOLD_RE)', () => {
  it('"who was Sen. Marco Rubio until January" is not flagged', () => {
    expect(red('Secretary of State Marco Rubio, who was Sen. Marco Rubio until January, led the talks.', '2025-11-25')).toEqual([]);
    expect(red('Patel, who had been Home Secretary Priti Patel until September, spoke.', '2023-03-01')).toEqual([]);
  });
  it('the title told as now stays outdated', () => {
    expect(red('Sen. Marco Rubio led the talks in Geneva.', '2025-11-25')).toEqual(['Sen. Marco Rubio']);
    expect(red('Rubio, who is Sen. Marco Rubio, led the talks.', '2025-11-25')).toEqual(['Sen. Marco Rubio']);
  });
});

describe('the place of the meeting a time is counted from (event.ts placeOfEvent)', () => {
  it('"Seven years after their first summit in Helsinki, Trump and Putin met again on Friday" is not flagged', () => {
    expect(red('Seven years after their first summit in Helsinki, Trump and Putin met again on Friday.', '2025-08-16')).toEqual([]);
    expect(red('Since their last meeting in Osaka, Trump and Putin had not met until Friday.', '2025-08-16')).toEqual([]);
    expect(red("Friday's summit drew less criticism than their first summit in Helsinki.", '2025-08-16')).toEqual([]);
    expect(red("Unlike their first summit in Helsinki, Friday's meeting produced no press conference.", '2025-08-16')).toEqual([]);
  });
  it('a wrong place of the meeting the days identify stays contradicted', () => {
    expect(red('Trump and Putin met again on Friday in Helsinki, seven years after their first summit.', '2025-08-16')).toEqual([
      'in Helsinki',
    ]);
    expect(red('Since their last meeting in Osaka, Trump and Putin met in Helsinki on Friday.', '2025-08-16')).toEqual(['in Helsinki']);
  });
});

describe('a year told at the head of the sentence, the office held for part of it (narrated-time.ts heldWithinYear)', () => {
  it('"In 2022, Prime Minister Liz Truss attended the UN General Assembly" is not flagged', () => {
    expect(red('In 2022, Prime Minister Liz Truss attended the UN General Assembly.', '2023-05-01')).toEqual([]);
  });
  it('a year she held no day of, or no year told, stays outdated', () => {
    expect(red('In 2024, Prime Minister Liz Truss attended the UN General Assembly.', '2025-05-01')).toEqual(['Prime Minister Liz Truss']);
    expect(red('Prime Minister Liz Truss attended the UN General Assembly.', '2023-05-01')).toEqual(['Prime Minister Liz Truss']);
  });
});

describe('a place in line among the allies that ratified (accession.ts / membership.ts ORDINAL_TO_ACT_RE)', () => {
  it('"Hungary became the 29th NATO member to ratify Finland\'s accession" is not flagged', () => {
    expect(red("Hungary became the 29th NATO member to ratify Finland's accession on March 27, 2023.", '2024-01-01')).toEqual([]);
    expect(red("Turkey was the 30th ally to approve Finland's membership.", '2024-01-01')).toEqual([]);
  });
  it('a place in the line of those who joined is still read', () => {
    expect(supported('Sweden is the 32nd country to officially join NATO.', '2024-03-08')).toEqual(['Sweden is the 32nd country']);
    expect(supported('Sweden has become the 32nd country to be part of Nato.', '2024-03-08')).toEqual([
      'Sweden has become the 32nd country',
    ]);
  });
  it('a wrong place in the line of accessions stays contradicted', () => {
    expect(red('Hungary became the 29th NATO member on March 27, 2023.', '2024-01-01')).toEqual(['Hungary became the 29th NATO member']);
    expect(red('Finland became the 32nd member of NATO to join, on Tuesday.', '2023-04-05')).toEqual([
      'Finland became the 32nd member of NATO',
    ]);
  });
});
