// The bundled fact base, validated and indexed once per JavaScript context (the CLI, the popup,
// the report form, tests, and the background, which judges pages for the content script).
import { rawFactBase } from './data';
import { loadFactBase, type FactIndex } from './load';

let validated: FactIndex | undefined;

/** The bundled fact base, validated against the schema (CLI, popup, tests). */
export function getFacts(): FactIndex {
  validated ??= loadFactBase(rawFactBase);
  return validated;
}
