// Tenures of the tenth round, from the eighth held-out set's misses: each form on its real sentence,
// on other real sentences of the same kind (sources in comments), with the fact changed (flagged
// where the claim is certain) and with a look-alike true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('title', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('"the former president" after a name in the subordinate clause the sentence opens with (title-bare.ts)', () => {
  // Held-out 8 (u057), politico.eu summary dated 5 June 2025: Trump had been back in office since 20 January.
  const u057 =
    'During the meeting, Dutch NATO Secretary-General Mark Rutte emphasizes that the alliance is adapting to a more dangerous global landscape. As NATO braces for the return of Donald Trump, concerns linger about the U.S. commitment to the alliance, prompting leaders to ensure that their final statement avoids potential conflict with the former president’s expectations.';

  it('flags the stale title of a returned president', () => {
    const [claim] = kindOn('title', u057, 'the former president', '2025-06-05');
    expect(claim.verdict).toBe('outdated');
    expect(claim.factIds).toEqual(['us-president', 'donald-trump']);
  });

  it('confirms it between his terms', () => {
    expect(titleVerdicts(u057, 'the former president', '2024-06-05')).toEqual(['supported']);
  });

  it('says nothing when the opening clause names two presidents, or the name follows the clause', () => {
    const two =
      'As Joe Biden hands over to Donald Trump, concerns linger about the U.S. commitment, prompting leaders to avoid conflict with the former president’s expectations.';
    expect(isRed(verdictsOn(two, 'the former president', '2025-06-05'))).toBe(false);
    // The name is the main clause's subject, not inside the opening clause: the same clause as the words.
    const mainClause = 'As the summit nears, Donald Trump said he would not meet the former president’s envoy.';
    expect(isRed(verdictsOn(mainClause, 'the former president', '2025-06-05'))).toBe(false);
  });
});

describe('a lone surname with a past title, on a page that names the person’s office of the day (title.ts)', () => {
  // Held-out 8 (u049), a summary dated 18 February 2025 that calls Rutte "the NATO Secretary General"
  // and never writes "Mark"; "Dutch Prime Minister Mark Rutte met with top U.S. officials in
  // Washington" (euronews24.com, 2025) is the same slip with the full name.
  const u049 =
    'Prime Minister Rutte emphasized that in the coming months, there will be a collective movement toward a budget target. According to Rutte, there is a notable shortage of air defense systems. The NATO Secretary General highlighted that “all options are on the table”.';

  it('flags the stale title', () => {
    const [claim] = kindOn('title', u049, 'Prime Minister Rutte', '2025-02-18');
    expect(claim.verdict).toBe('outdated');
    expect(claim.factIds).toContain('mark-rutte');
  });

  it('confirms it while he was prime minister', () => {
    expect(titleVerdicts(u049, 'Prime Minister Rutte', '2023-02-18')).toEqual(['supported']);
  });

  it('says nothing certain when the page does not name his office of the day', () => {
    const bare = 'Prime Minister Rutte emphasized that in the coming months, there will be a collective movement toward a budget target.';
    expect(isRed(verdictsOn(bare, 'Prime Minister Rutte', '2025-02-18'))).toBe(false);
    // An office named without its body ("the Secretary General") ties the surname to no one.
    const loose = 'Prime Minister Rutte emphasized the budget target. The Secretary General highlighted that all options are on the table.';
    expect(isRed(verdictsOn(loose, 'Prime Minister Rutte', '2025-02-18'))).toBe(false);
  });
});
