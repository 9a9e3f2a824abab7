// Issue 3: the page's styles do not reach our card, and ours do not leak into the page.
//
// tests/fixtures/hostile.html ships universal !important rules on every inherited and box
// property, resets of the elements the card is made of, and rules that match any custom
// element. The card lives in a closed shadow root, so its computed styles are read through the
// DevTools protocol (which pierces closed roots), on the hostile page and again once the page's
// stylesheet is switched off: they must be the same, and the card's own. The page's elements
// must compute the same styles and boxes with the extension as in a browser without it.
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, hasChromium, launchChromium, type ExtensionBrowser } from './support/chromium';
import { cardHtml, pointOver, settledRanges } from './support/highlights';
import { serveFixtures, type FixtureServer } from './support/server';

const VIEWPORT = { width: 1200, height: 900 };

/** The parts of the card whose look we compare, by a class or tag inside the shadow root. */
const CARD_PARTS = {
  card: 'card',
  title: 'h2',
  message: 'message',
  label: 'label',
  hint: 'hint',
  link: 'a',
  report: 'report',
  close: 'close',
} as const;
/** Properties a page could plausibly push onto our text and boxes. */
const CARD_PROPERTIES = [
  'color',
  'background-color',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  'direction',
  'cursor',
  'display',
  'visibility',
  'opacity',
  'filter',
  'zoom',
  'margin-top',
  'margin-left',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'box-sizing',
  'width',
];
const HOST_PROPERTIES = [
  'position',
  'display',
  'opacity',
  'filter',
  'zoom',
  'margin-top',
  'margin-left',
  'padding-top',
  'border-top-width',
  'background-color',
  'z-index',
];

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  localName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  pseudoElements?: CdpNode[];
}

function walk(node: CdpNode, visit: (n: CdpNode) => void): void {
  visit(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, visit);
}

const attr = (node: CdpNode, name: string): string | undefined => {
  const i = node.attributes?.indexOf(name) ?? -1;
  return i >= 0 ? node.attributes![i + 1] : undefined;
};

interface CardLook {
  host: Record<string, string>;
  parts: Record<string, Record<string, string>>;
  /** Generated boxes on the host (a page's `*::before { content: … }` would add some). */
  hostPseudoElements: string[];
  /** The card's rendered size in CSS pixels, from its border box (zoom and transforms included). */
  box: { width: number; height: number };
}

/** Computed styles of the card's host and parts, read inside the closed shadow root through CDP. */
async function cardLook(page: Page): Promise<CardLook> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let host: CdpNode | undefined;
    walk(root, (n) => (n.localName === 'factmark-card' ? (host = n) : undefined));
    if (!host?.shadowRoots?.[0]) throw new Error('no card host with a shadow root');
    const parts: Record<string, CdpNode> = {};
    walk(host.shadowRoots[0], (n) => {
      for (const [part, key] of Object.entries(CARD_PARTS)) {
        if (parts[part]) continue;
        const classes = (attr(n, 'class') ?? '').split(/\s+/);
        if (n.localName === key || classes.includes(key)) parts[part] = n;
      }
    });
    const styles = async (node: CdpNode, names: string[]) => {
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
        computedStyle: Array<{ name: string; value: string }>;
      };
      return Object.fromEntries(names.map((name) => [name, computedStyle.find((p) => p.name === name)?.value ?? '(none)']));
    };
    const look: CardLook = {
      host: await styles(host, HOST_PROPERTIES),
      hostPseudoElements: (host.pseudoElements ?? []).map((p) => p.localName || 'pseudo'),
      parts: {},
      box: { width: 0, height: 0 },
    };
    for (const part of Object.keys(CARD_PARTS)) {
      if (!parts[part]) throw new Error(`the card has no ${part}`);
      look.parts[part] = await styles(parts[part], CARD_PROPERTIES);
    }
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: parts.card.nodeId })) as { model: { width: number; height: number } };
    look.box = { width: model.width, height: model.height };
    return look;
  } finally {
    await cdp.detach();
  }
}

/** Hovers the outdated "Jens Stoltenberg" claim and waits for its card. */
async function openCard(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await expect.poll(() => cardHtml(page)).toBeNull();
  const point = await pointOver(page, 'factmark-outdated', 'Stoltenberg');
  expect(point, 'the outdated Stoltenberg claim is painted').not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  await expect.poll(() => cardHtml(page)).not.toBeNull();
}

/** Every computed property and the box of a few of the page's own elements. */
function pageLook(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const out: Record<string, unknown> = {};
    for (const selector of ['html', 'body', 'nav a', 'main', 'article', 'h1', 'p', 'p time', 'p:last-of-type', 'h2']) {
      const element = document.querySelector(selector);
      if (!element) continue;
      const style = getComputedStyle(element);
      const props: Record<string, string> = {};
      for (const name of Array.from(style)) props[name] = style.getPropertyValue(name);
      const rect = element.getBoundingClientRect();
      out[selector] = { props, box: [rect.x, rect.y, rect.width, rect.height].map((v) => Math.round(v * 10) / 10) };
    }
    return out;
  });
}

if (!hasChromium()) console.warn(`SKIPPED: no Chromium at ${CHROMIUM_PATH}`);

describe.skipIf(!hasChromium())('style isolation between the page and the card', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchChromium({ viewport: VIEWPORT });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("keeps the hostile page's styles out of the card", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('hostile.html'));
    await settledRanges(page);
    await openCard(page);
    const hostile = await cardLook(page);

    // The same card once the page's stylesheet is gone.
    await page.evaluate(() => ((document.getElementById('hostile') as HTMLStyleElement).disabled = true));
    await openCard(page);
    const calm = await cardLook(page);

    // The calm card is the one card.css describes (so the comparison is not of two broken cards).
    expect(calm.parts.card['font-size']).toBe('14px');
    expect(calm.parts.card.color).toMatch(/^rgb\((28, 27, 31|236, 233, 240)\)$/);
    expect(calm.parts.title['font-size']).toBe('15px');
    expect(calm.host.position).toBe('fixed');
    expect(calm.box.width).toBeGreaterThan(200);

    expect(hostile.hostPseudoElements).toEqual([]);
    expect(hostile.host).toEqual(calm.host);
    expect(hostile.parts).toEqual(calm.parts);
    expect(hostile.box).toEqual(calm.box);
    await page.close();
  });

  it.each(['hostile.html', 'seeds/002.html'])("leaves %s's own elements styled and laid out as without the extension", async (path) => {
    // The page as a browser without Factmark shows it.
    const plain = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    let without: Record<string, unknown>;
    try {
      const page = await plain.newPage({ viewport: VIEWPORT });
      await page.goto(server.url(path));
      without = await pageLook(page);
    } finally {
      await plain.close();
    }
    expect(Object.keys(without).length).toBeGreaterThan(5);

    // The same page with Factmark, its claims painted and a card open.
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await settledRanges(page);
    await openCard(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await pageLook(page)).toEqual(without);
    await page.close();
  });
});
