// Round 32 precision: the mechanism behind the red flag on a true sentence of this round's blind set (held-out 31,
// scored at the round's start), mended in general form and probed with sentences of our own:
// qe002, "the elected President of the United States, Donald Trump" on 17 January 2025, three days before his second
// inauguration. With no tenure running that day, the title was judged by his first term and called outdated; "elected"
// before a title now names the coming tenure, as "-elect" does (title.ts, electedBefore).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const verdictsOf = (text: string, asOf: string, name: string) =>
  analyze(text, asOf)
    .filter((a) => a.quote.includes(name))
    .map((a) => a.verdict);

describe('"elected" before a title, between election and taking office', () => {
  it('confirms the office about to be taken up', () => {
    for (const [text, asOf] of [
      ['On Monday the elected President of the United States, Donald Trump, is to be sworn in at the Capitol.', '2025-01-17'],
      ['Elected US President Joe Biden named his national security team on Tuesday.', '2020-11-24'],
      ['The re-elected US president Donald Trump has said he wants the war over quickly.', '2024-12-10'],
    ] as const)
      expect(verdictsOf(text, asOf, 'Trump').concat(verdictsOf(text, asOf, 'Biden')), text).toEqual(['supported']);
  });
  it('still flags a stale title when no tenure is about to begin', () => {
    for (const [text, asOf, name] of [
      ['The elected US president Donald Trump said on Sunday that talks would resume.', '2023-12-10', 'Trump'],
      ['The elected US President Joe Biden said on Sunday that talks would resume.', '2026-03-17', 'Biden'],
    ] as const)
      expect(verdictsOf(text, asOf, name), text).toEqual(['outdated']);
  });
  it('judges a sitting holder as any title', () => {
    expect(verdictsOf('The elected President of Ukraine Volodymyr Zelensky spoke in Kyiv.', '2025-01-17', 'Zelensky')).toEqual([
      'supported',
    ]);
  });
});
