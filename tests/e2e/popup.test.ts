// The built popup in the system's Chromium. Lookups: typed queries (misspellings included)
// and what the results show; the keyboard; the empty and no-result states. "This page":
// popup.html?tab=ID opened against a real seed article painted by the content script —
// findings grouped by verdict, jumping to one opens its card, a date override changes a
// verdict, the site switch stops the annotator. axe-core on the popup, light and dark.
// Launcher and fixture server: tests/e2e/support (shared with the extension's tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { horizonFor } from '../../src/facts/horizon';
import { getFacts } from '../../src/facts/index';
import { overlaps } from '../../src/search/query';
import { formatDate } from '../../src/ui/popup/format';
import { ROOT } from './support/build';
import { CHROMIUM_PATH, hasChromium, launchChromium, type ExtensionBrowser } from './support/chromium';
import { cardHtml, paintedRanges, settledRanges } from './support/highlights';
import { serveFixtures, type FixtureServer } from './support/server';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

if (!hasChromium()) console.warn(`SKIPPED: no Chromium at ${CHROMIUM_PATH}`);

/** Serious and critical axe-core violations on the page, as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP): evaluate the source through DevTools instead.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = (await page.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }))) as {
    violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}`));
}

describe.skipIf(!hasChromium())('popup in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const popupUrl = (query = '') => `chrome-extension://${browser.extensionId}/popup.html${query}`;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchChromium({ viewport: { width: 380, height: 600 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('lookup', () => {
    let popup: Page;
    beforeAll(async () => {
      popup = await browser.context.newPage();
      await popup.goto(popupUrl());
      await popup.waitForSelector('input[type="search"]');
    });
    afterAll(async () => popup?.close());

    const search = async (query: string) => {
      const field = popup.locator('input[type="search"]').first();
      await field.fill(query);
      // Preact renders after the input event: wait until the status speaks of this query.
      await expect.poll(() => popup.locator('#lookup-count').getAttribute('data-query')).toBe(query.trim());
    };
    const titles = () => popup.locator('.hit-title').allTextContents();

    it('opens on a focused search field, the first one in the popup', async () => {
      const focused = await popup.evaluate(() => document.activeElement === document.querySelector('input[type="search"]'));
      expect(focused).toBe(true);
      await expect.poll(() => popup.locator('.examples .chip').count()).toBeGreaterThan(0);
    });

    it('finds Jens Stoltenberg from "stoltenbrg", with his offices on a timeline', async () => {
      await search('stoltenbrg');
      expect((await titles())[0]).toBe('Jens Stoltenberg');
      const timeline = await popup.locator('.hit').first().locator('.timeline li').allTextContents();
      expect(timeline.some((row) => row.includes('Secretary General of NATO') && row.includes('1 Oct 2014 – 1 Oct 2024'))).toBe(true);
    });

    it('finds Volodymyr Zelenskyy from "zelenskiy"', async () => {
      await search('zelenskiy');
      expect((await titles())[0]).toBe('Volodymyr Zelenskyy');
    });

    it('lists Rosneft’s designations with issuer and date', async () => {
      await search('rosneft');
      const sanctions = await popup.locator('.hit-sanction').allTextContents();
      expect(sanctions.some((text) => text.includes('OFAC') && text.includes('22 Oct 2025'))).toBe(true);
      expect(sanctions.some((text) => text.includes('United Kingdom') && text.includes('15 Oct 2025'))).toBe(true);
    });

    it('finds the 2025 summit from "hague", with date, place and status', async () => {
      await search('hague');
      // William Hague may come first: the summit is the first event, among the first three hits.
      const event = popup.locator('.hit-event').first();
      expect(await event.evaluate((el) => [...el.parentElement!.children].indexOf(el))).toBeLessThan(3);
      expect(await event.locator('.hit-title').textContent()).toMatch(/Hague/);
      const facts = await event.locator('.facts').textContent();
      expect(facts).toMatch(/Jun 2025/);
      expect(facts).toMatch(/Hague/);
      expect(facts).toMatch(/Held/);
    });

    it('answers "secretary general 2010" with the holder in 2010', async () => {
      await search('secretary general 2010');
      expect((await titles())[0]).toBe('Anders Fogh Rasmussen');
      expect(await popup.locator('.hit').first().locator('.timeline li.matched').textContent()).toContain('Secretary General of NATO');
    });

    describe('role questions: the holder on the day asked about first', () => {
      const facts = getFacts();
      // The popup answers for the reader's date: the machine's, as the browser sees it.
      const today = new Date().toLocaleDateString('en-CA');
      /** Who the popup should name first, and how it should say so, read straight from the data. */
      const expected = (officeId: string, year?: string) => {
        const office = facts.offices.get(officeId)!;
        const horizon = horizonFor(facts, { office: officeId });
        const day = year ?? (today > horizon ? horizon : today);
        const from = year ? `${year}-01-01` : day;
        const to = year ? `${year}-12-31` : day;
        const holders = office.holders.filter((h) => overlaps(h.start, h.end, from, to));
        expect(holders, `${officeId} ${day}`).toHaveLength(1);
        const person = facts.people.get(holders[0]!.person)!;
        const said = year ? `in office in ${year}` : today > horizon ? `in office as of ${formatDate(horizon)}` : 'in office today';
        return { title: person.name, office: office.name, said };
      };

      it.each([
        ['nato secretary general', 'nato-secretary-general'],
        ['prime minister of portugal', 'prt-prime-minister'],
        ['who leads germany', 'deu-chancellor'],
        ['dutch pm', 'nld-prime-minister'],
        ['french president', 'fra-president'],
        ['kremlin spokesman', 'kremlin-spokesman'],
        ['head of state of germany', 'deu-president'],
        ['us secretary of state', 'us-secretary-of-state'],
      ])('"%s" puts the holder today (or as of the fact base’s last check) first', async (query, officeId) => {
        const { title, office, said } = expected(officeId);
        await search(query);
        expect((await titles())[0]).toBe(title);
        const line = await popup.locator('.hit').first().locator('.hit-line').textContent();
        expect(line).toContain(office);
        expect(line).toContain(said);
        expect(await popup.locator('.hit').first().locator('.timeline li.matched').textContent()).toContain(office);
      });

      it.each([
        ['german chancellor 2019', 'deu-chancellor', '2019'],
        ['who was us president in 2022', 'us-president', '2022'],
        ['nato chief in 2015', 'nato-secretary-general', '2015'],
      ])('"%s" puts the holder that year first', async (query, officeId, year) => {
        const { title, office, said } = expected(officeId, year);
        await search(query);
        expect((await titles())[0]).toBe(title);
        const line = await popup.locator('.hit').first().locator('.hit-line').textContent();
        expect(line).toContain(office);
        expect(line).toContain(said);
      });

      it('"nato secretary general" lists the earlier holders newest first, each once', async () => {
        await search('nato secretary general');
        const holders = facts.offices.get('nato-secretary-general')!.holders;
        const newestFirst = [...new Set([...holders].reverse().map((h) => facts.people.get(h.person)?.name))];
        expect((await titles()).slice(0, newestFirst.length)).toEqual(newestFirst);
      });
    });

    it('works from the keyboard: arrows, Enter, Escape', async () => {
      // Every look after a key press polls: focus moves and re-renders land after the key's
      // event (Preact batches updates), and a loaded CI machine shows the gap.
      await search('trump');
      const field = popup.locator('input[type="search"]');
      const heads = popup.locator('.hit-head');
      const focused = (locator: typeof field) => locator.evaluate((el) => el === document.activeElement);
      await field.focus();
      await popup.keyboard.press('ArrowDown');
      await expect.poll(() => focused(heads.first())).toBe(true);
      await popup.keyboard.press('ArrowDown');
      await expect.poll(() => focused(heads.nth(1))).toBe(true);
      await popup.keyboard.press('ArrowUp');
      await expect.poll(() => focused(heads.first())).toBe(true);
      await popup.keyboard.press('Enter');
      await expect.poll(() => heads.first().getAttribute('aria-expanded')).toBe('true');
      // Sources show once expanded, and open in a new tab.
      const link = popup.locator('.hit').first().locator('.sources a').first();
      await expect.poll(() => link.isVisible()).toBe(true);
      expect(await link.getAttribute('target')).toBe('_blank');
      await popup.keyboard.press('ArrowUp');
      await expect.poll(() => focused(field)).toBe(true);
      await popup.keyboard.press('Enter');
      expect(await heads.first().getAttribute('aria-expanded')).toBe('true');
      await popup.keyboard.press('Escape');
      await expect.poll(() => focused(field)).toBe(true);
      expect(await field.inputValue()).toBe('trump');
      await popup.keyboard.press('Escape');
      await expect.poll(() => field.inputValue()).toBe('');
      await expect.poll(() => popup.locator('.hit').count()).toBe(0);
    });

    it('says so when nothing matches, and suggests other queries', async () => {
      await search('xqzvwq');
      expect(await popup.locator('#lookup-count').textContent()).toBe('No results');
      expect(await popup.locator('.state').textContent()).toContain('Nothing in the fact base matches');
      await popup.locator('.examples .chip').first().click();
      await expect.poll(() => popup.locator('.hit').count()).toBeGreaterThan(0);
    });

    it('has no serious or critical accessibility violation, light and dark', async () => {
      await search('stoltenberg');
      await popup.locator('.hit-head').first().click();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(popup)).toEqual([]);
      await popup.emulateMedia({ colorScheme: 'light' });
    });
  });

  describe('this page', () => {
    let article: Page;
    let popup: Page;
    let tabId: number;

    /** The id of the tab showing `page`: the active tab, as the service worker sees it. */
    const tabIdOf = async (page: Page): Promise<number> => {
      await page.bringToFront();
      return browser.serviceWorker.evaluate(async () => {
        const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab.id as number;
      });
    };
    const groupOf = (quotePart: string) =>
      popup.evaluate((part) => {
        const item = [...document.querySelectorAll('.finding')].find((el) =>
          el.querySelector('.finding-quote')?.textContent?.includes(part),
        );
        return item?.getAttribute('data-verdict') ?? null;
      }, quotePart);

    beforeAll(async () => {
      // Seed 002 (2025-10-21) calls Jens Stoltenberg NATO Secretary-General: outdated that day.
      article = await browser.context.newPage();
      await article.goto(server.url('seeds/002.html'));
      await settledRanges(article);
      tabId = await tabIdOf(article);
      popup = await browser.context.newPage();
      await popup.goto(popupUrl(`?tab=${tabId}&view=page`));
      await popup.waitForSelector('.findings, .page-view .state:not(:empty)');
    });
    afterAll(async () => {
      await popup?.close();
      await article?.close();
    });

    it('lists the page’s findings grouped by verdict, with counts and the as-of date', async () => {
      await popup.waitForSelector('.verdict-group');
      expect(await popup.locator('.as-of').textContent()).toContain('21 Oct 2025');
      const groups = await popup
        .locator('.verdict-group')
        .evaluateAll((sections) =>
          sections.map((s) => ({ heading: s.querySelector('h3')?.textContent ?? '', items: s.querySelectorAll('.finding').length })),
        );
      expect(groups.length).toBeGreaterThan(0);
      for (const group of groups) expect(group.heading).toContain(`(${group.items})`);
      // Every listed quote is text of the article.
      const quotes = await popup.locator('.finding-quote').allTextContents();
      const pageText = await article.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
      for (const quote of quotes) expect(pageText).toContain(quote.replace(/^“|”$/g, '').replace(/\s+/g, ' '));
      expect(await groupOf('Stoltenberg')).toBe('outdated');
    });

    it('jumps to a finding: the article scrolls to it and opens its card', async () => {
      expect(await cardHtml(article)).toBeNull();
      await popup.locator('.finding[data-verdict="outdated"] .finding-quote').first().click();
      await expect.poll(() => cardHtml(article)).not.toBeNull();
      expect((await cardHtml(article))!.toLowerCase()).toContain('outdated');
      await article.keyboard.press('Escape');
    });

    it('re-judges the page as of another date, and back', async () => {
      await popup.locator('#as-of-date').fill('2020-06-01');
      await popup.getByRole('button', { name: 'Apply' }).click();
      await expect.poll(() => popup.locator('.as-of').textContent()).toContain('1 Jun 2020');
      expect(await popup.locator('.as-of').textContent()).toContain('the date you set');
      // In 2020 Stoltenberg was Secretary General: the same sentence is now supported.
      expect(await groupOf('Stoltenberg')).toBe('supported');
      await popup.getByRole('button', { name: 'Page’s date' }).click();
      await expect.poll(() => popup.locator('.as-of').textContent()).toContain('21 Oct 2025');
      expect(await groupOf('Stoltenberg')).toBe('outdated');
    });

    it('has no serious or critical accessibility violation, light and dark', async () => {
      // Unfold every group so that axe sees every finding.
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await axeViolations(popup)).toEqual([]);
      await popup.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(popup)).toEqual([]);
      await popup.emulateMedia({ colorScheme: 'light' });
    });

    it('opens the report form for a finding', async () => {
      const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
      await popup.locator('.finding .report').first().click();
      const form = await opened;
      expect(form.url()).toContain('/report.html');
      await form.close();
    });

    it('switches Factmark off and on for the site', async () => {
      const siteSwitch = popup.getByRole('switch', { name: /Check pages on 127\.0\.0\.1/ });
      expect(await siteSwitch.isChecked()).toBe(true);
      await siteSwitch.click();
      await expect.poll(() => paintedRanges(article)).toEqual([]);
      await expect.poll(() => popup.locator('.page-view .state').first().textContent()).toContain('off on this site');
      await popup.getByRole('switch', { name: /Check pages on 127\.0\.0\.1/ }).click();
      await expect.poll(async () => (await paintedRanges(article)).length, { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(() => popup.locator('.verdict-group').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    });

    it('shows only problems on the page when asked, and everything again', async () => {
      const names = async () => new Set((await paintedRanges(article)).map((r) => r.name));
      await expect.poll(async () => (await names()).has('factmark-supported'), { timeout: 10_000 }).toBe(true);
      const onlyProblems = popup.getByRole('switch', { name: /Show only problems/ });
      await onlyProblems.click();
      await expect.poll(async () => (await names()).has('factmark-supported')).toBe(false);
      expect((await names()).has('factmark-outdated')).toBe(true);
      await onlyProblems.click();
      await expect.poll(async () => (await names()).has('factmark-supported')).toBe(true);
    });

    it('says so, calmly, on a page without the content script', async () => {
      const blank = await browser.context.newPage();
      await blank.goto('about:blank');
      const blankId = await tabIdOf(blank);
      const other = await browser.context.newPage();
      await other.goto(popupUrl(`?tab=${blankId}&view=page`));
      await expect.poll(() => other.locator('.page-view .state').first().textContent()).toContain('can’t read this page');
      expect(await other.getByRole('switch', { name: /this site/ }).isDisabled()).toBe(true);
      await other.close();
      await blank.close();
    });
  });
});
