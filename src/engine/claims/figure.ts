import type { Doc } from '../doc';
import type { Annotation } from '../types';

export function findFigureClaims(doc: Doc): Annotation[] {
  void doc;
  return [];
}
