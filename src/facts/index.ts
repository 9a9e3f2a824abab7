// The bundled fact base, validated and indexed once per JavaScript context.
import { rawFactBase } from './data';
import { loadFactBase, type FactIndex } from './load';

let cached: FactIndex | undefined;
export function getFacts(): FactIndex {
  cached ??= loadFactBase(rawFactBase);
  return cached;
}
