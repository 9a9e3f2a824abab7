/**
 * How long an e2e test waits for the extension to react (paint, open or close the card, set the badge).
 * On an idle machine it takes well under a second, but a loaded CI runner has stalled Chromium for
 * several seconds, and a limit of 3 or 5 s failed a test there that passes everywhere else. A poll
 * ends as soon as its condition holds, so a generous limit costs a passing test nothing, and a
 * test whose condition never holds still fails.
 */
export const reaction = 15_000;
