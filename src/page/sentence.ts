// The sentence around an annotation, cut from the extracted text when the card or a report needs it.

/** The sentence an annotation sits in, within its block (for the card and reports). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0) {
    const ch = text[from - 1];
    if (ch === '\n') break;
    if (
      /[.!?]/.test(ch) &&
      /\s/.test(text[from] ?? '') &&
      !/\b(?:[A-Z]|U\.S|Mr|Ms|Dr|St|Oct|Aug|Sept?|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul)\.$/.test(text.slice(Math.max(0, from - 5), from))
    )
      break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const ch = text[to];
    if (ch === '\n') break;
    to++;
    if (/[.!?]/.test(ch) && (to >= text.length || /\s/.test(text[to]))) {
      if (!/\b(?:[A-Z]|U\.S|Mr|Ms|Dr|St|Oct|Aug|Sept?|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul)\.$/.test(text.slice(Math.max(0, to - 5), to))) break;
    }
  }
  return text.slice(from, to).trim();
}
