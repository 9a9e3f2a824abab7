// The pages `npm run bench` serves, generated at run time into bench/fixtures/ (git-ignored:
// megabytes of generated HTML do not belong in the history).
//
// - seed.html: seed article 000 as the e2e tests serve it (tests/fixtures/generate.mjs);
// - news-1mb.html: ~1 MB of text in ~20,000 paragraphs, one in ten a sentence from the seed
//   articles (names, titles, meetings, sanctions, figures), the rest neutral filler;
// - no-names-1mb.html: the same size and shape, filler only: nobody Factmark knows;
// - no-names-60kb.html: filler only, the length of an ordinary article page;
// - huge-9mb.html: 100,000 filler paragraphs and one claim at the very end (~9 M characters),
//   beyond the first look's limit: read whole, judged in several requests;
// - dense-1mb.html: ~1.1 MB of HTML made of the seed articles' paragraphs that name someone the
//   fact base knows, repeated (issue 13): a Wikipedia article on a summit, a live blog, a
//   parliamentary transcript, where every paragraph names people;
// - stream.html: a seed article, then (when the benchmark calls window.startStream()) 200
//   paragraphs a second for 10 s, like a live blog or an infinite scroll.
//
// The generator is deterministic (seeded PRNG), so two runs measure the same pages.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rawFactBase } from '../src/facts/data';
// @ts-expect-error -- plain .mjs helper shared with the e2e fixtures; it has no type declarations
import { seedPage } from '../tests/fixtures/generate.mjs';

export const FIXTURE_DIR = resolve(import.meta.dirname, 'fixtures');
const SEEDS = resolve(import.meta.dirname, '../tests/fixtures/seeds/expected.jsonl');

export const STREAM_PER_SECOND = 200;
export const STREAM_SECONDS = 10;
/** Paragraphs appended per timer tick (every 50 ms). */
const STREAM_BATCH = 10;

interface Seed {
  id: string;
  published: string;
  text: string;
}

// Words that name no person, place, office, organisation, date or number the fact base knows.
const FILLER_WORDS = (
  'the a local garden river morning bakery weather library volunteers schedule opened quiet market bridge repairs ' +
  'neighbours crowd festival music evening roads rain school teachers parents children painted new old small large ' +
  'busy calm bright cold warm long short walk path corner shop coffee bread fresh green blue yellow window door street ' +
  'park bench trees leaves autumn spring summer winter tickets queue bicycle bus train station platform delayed early ' +
  'late visitors photographs exhibition gallery museum choir rehearsal kitchen recipe soup harvest apples pears farm ' +
  'field fence gate hill lake boat swim fishing club members meeting room chairs tables lamps candles quietly slowly ' +
  'happily carefully together again later today yesterday returned arrived left stayed watched listened cooked ate ' +
  'shared cleaned fixed built planted collected counted sang danced laughed talked wrote read'
).split(' ');

function rng(seed: number): () => number {
  // mulberry32: small, fast and deterministic.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function readSeeds(): Seed[] {
  return readFileSync(SEEDS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Seed);
}

/** Sentences of every seed article: the paragraphs that carry names and claims. */
function seedSentences(seeds: Seed[]): string[] {
  const out: string[] = [];
  for (const seed of seeds) {
    for (const line of seed.text.split('\n')) {
      for (const sentence of line.split(/(?<=[.!?”"])\s+(?=[A-Z“"])/)) if (sentence.trim().length > 30) out.push(sentence.trim());
    }
  }
  return out;
}

function fillerSentence(random: () => number): string {
  const n = 4 + Math.floor(random() * 6);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(FILLER_WORDS[Math.floor(random() * FILLER_WORDS.length)]);
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraphs(count: number, targetChars: number, withClaims: boolean, seedTexts: string[], random: () => number): string[] {
  const out: string[] = [];
  let chars = 0;
  let k = 0;
  for (let i = 0; i < count; i++) {
    if (withClaims && i % 10 === 5) {
      const s = seedTexts[k++ % seedTexts.length];
      out.push(s);
      chars += s.length;
      continue;
    }
    // Filler paragraphs grow to whatever keeps the page on its ~1 MB target.
    const want = Math.max(20, (targetChars - chars) / (count - i));
    let p = fillerSentence(random);
    while (p.length < want * 0.8) p += ' ' + fillerSentence(random);
    out.push(p);
    chars += p.length;
  }
  return out;
}

function page(title: string, published: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(title)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="article:published_time" content="${published}T09:00:00Z">
  <style>body { font: 18px/1.6 Georgia, serif; max-width: 42em; margin: 2em auto; padding: 0 1em; }</style>
</head>
<body>
  <main><article>
    <h1>${escape(title)}</h1>
${body}
  </article></main>
${script}
</body>
</html>
`;
}

/** The fact base's people's names, aliases and surnames (what mark.js is given, and what makes a paragraph "dense"). */
export function factBaseNames(): string[] {
  const people = (rawFactBase as { people: Array<{ name: string; aliases: string[]; surnames: string[] }> }).people;
  return people.flatMap((p) => [p.name, ...p.aliases, ...p.surnames]).filter((n) => n && n.length > 2);
}

/** The seed articles' paragraphs that name at least one person of the fact base, in order. */
function namingParagraphs(seeds: Seed[]): string[] {
  const names = [...new Set(factBaseNames())].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`\\b(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);
  return seeds.flatMap((seed) =>
    seed.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 30 && pattern.test(l)),
  );
}

/** Target size of the dense page's HTML (issue 13: "about 1.1 MB"). */
const DENSE_HTML_BYTES = 1_100_000;

export interface BenchPages {
  seed: string;
  dense: string;
  news: string;
  noNames: string;
  noNamesSmall: string;
  huge: string;
  stream: string;
  blank: string;
  /** Characters of paragraph text in the two 1 MB pages. */
  sizes: Record<string, { paragraphs: number; textChars: number; htmlBytes: number }>;
}

export function writeBenchPages(): BenchPages {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const seeds = readSeeds();
  const sentences = seedSentences(seeds);
  const published = seeds[0].published;
  const sizes: BenchPages['sizes'] = {};
  const write = (name: string, html: string, paras?: string[]) => {
    writeFileSync(join(FIXTURE_DIR, name), html);
    if (paras)
      sizes[name] = { paragraphs: paras.length, textChars: paras.reduce((n, p) => n + p.length, 0), htmlBytes: Buffer.byteLength(html) };
    return name;
  };

  const seedHtml = seedPage(seeds[0]) as string;
  const newsParas = paragraphs(20_000, 1_000_000, true, sentences, rng(1));
  const noNameParas = paragraphs(20_000, 1_000_000, false, sentences, rng(2));
  const smallNoNameParas = paragraphs(1_200, 60_000, false, sentences, rng(4));
  const toHtml = (paras: string[]) => paras.map((p) => `    <p>${escape(p)}</p>`).join('\n');

  // The dense page: naming paragraphs back to back, repeated until the HTML is ~1.1 MB.
  const naming = namingParagraphs(seeds);
  const denseParas: string[] = [];
  for (let bytes = 0, k = 0; bytes < DENSE_HTML_BYTES - 1_000; k++) {
    const p = naming[k % naming.length];
    denseParas.push(p);
    bytes += Buffer.byteLength(`    <p>${escape(p)}</p>\n`);
  }

  const streamRandom = rng(3);
  const streamTexts: string[] = [];
  for (let i = 0; i < STREAM_PER_SECOND * STREAM_SECONDS; i++)
    streamTexts.push(
      i % 5 === 2 ? sentences[(i * 7) % sentences.length] : fillerSentence(streamRandom) + ' ' + fillerSentence(streamRandom),
    );
  // Each paragraph is its own appendChild (one mutation record each), tagged so the
  // benchmark's mutation counter can tell the page's own writes from the extension's.
  const streamScript = `<script>
  window.startStream = () => new Promise((resolve) => {
    const texts = ${JSON.stringify(streamTexts)};
    const article = document.querySelector('article');
    let i = 0;
    const timer = setInterval(() => {
      for (let k = 0; k < ${STREAM_BATCH} && i < texts.length; k++, i++) {
        const p = document.createElement('p');
        p.setAttribute('data-bench-stream', '');
        p.textContent = texts[i];
        article.appendChild(p);
      }
      if (i >= texts.length) { clearInterval(timer); resolve(i); }
    }, ${1000 / (STREAM_PER_SECOND / STREAM_BATCH)});
  });
</script>`;
  const seedBody = seeds[0].text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(1)
    .map((p) => `    <p>${escape(p)}</p>`)
    .join('\n');

  return {
    seed: write('seed.html', seedHtml),
    news: write('news-1mb.html', page('Live: the week in review', published, toHtml(newsParas)), newsParas),
    dense: write('dense-1mb.html', page('Who said what: the summit, hour by hour', published, toHtml(denseParas)), denseParas),
    noNames: write('no-names-1mb.html', page('Around town this week', published, toHtml(noNameParas)), noNameParas),
    noNamesSmall: write('no-names-60kb.html', page('Around town today', published, toHtml(smallNoNameParas)), smallNoNameParas),
    huge: write(
      'huge-9mb.html',
      page(
        'Everything, all at once',
        published,
        `    <p>The bakery on the corner opened early and the market by the river was quiet again today.</p>\n`.repeat(100_000) +
          '    <p>NATO Secretary-General Jens Stoltenberg said the allies stand together.</p>',
      ),
    ),
    stream: write('stream.html', page('Live blog', published, seedBody, streamScript)),
    blank: write('blank.html', '<!doctype html><title>blank</title>'),
    sizes,
  };
}
