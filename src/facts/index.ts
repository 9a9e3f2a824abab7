// The bundled fact base, indexed once per JavaScript context.
import { rawFactBase } from './data';
import { indexFactBase, loadFactBase, type FactIndex } from './load';
import type { FactBase } from './schema';

let validated: FactIndex | undefined;
let unchecked: FactIndex | undefined;

/** The bundled fact base, validated against the schema (CLI, popup, tests). */
export function getFacts(): FactIndex {
  validated ??= loadFactBase(rawFactBase);
  return validated;
}

/**
 * The bundled fact base without re-validating it: for the content script, which runs on every
 * page. The same data was validated by `npm run facts:check` and the unit tests before it was
 * built in, and validating it again would cost every page ~25 ms and the schema library.
 */
export function getBundledFacts(): FactIndex {
  return validated ?? (unchecked ??= indexFactBase(rawFactBase as FactBase));
}
