// The bundled fact base, validated and indexed once per JavaScript context (the CLI, the popup,
// the report form, tests). The content script reads a published copy instead: src/facts/page-copy.ts.
import { rawFactBase } from './data';
import { loadFactBase, type FactIndex } from './load';

let validated: FactIndex | undefined;

/** The bundled fact base, validated against the schema (CLI, popup, tests). */
export function getFacts(): FactIndex {
  validated ??= loadFactBase(rawFactBase);
  return validated;
}
