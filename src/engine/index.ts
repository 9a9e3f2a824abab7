// The engine's entry point: build once per fact base, then analyse any number of texts.
// Pure TypeScript with no DOM, shared by the content script, the popup and the CLI.
import type { FactIndex } from '../facts/load';
import type { AnalyzeOptions, Annotation } from './types';

export interface Engine {
  readonly facts: FactIndex;
  /** Finds and judges every claim in `text` as of `options.asOf`; annotations sorted by start, not overlapping. */
  analyze(text: string, options: AnalyzeOptions): Annotation[];
}

// Placeholder until the detectors land: marks exact full-name mentions as context.
export function createEngine(facts: FactIndex): Engine {
  return {
    facts,
    analyze(text) {
      const out: Annotation[] = [];
      for (const person of facts.base.people) {
        let at = text.indexOf(person.name);
        while (at >= 0) {
          out.push({ start: at, end: at + person.name.length, quote: person.name, verdict: 'context', kind: 'mention', factIds: [person.id], message: person.description, fact: person.description, sources: person.sources.map((s) => s.url) });
          at = text.indexOf(person.name, at + 1);
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
