import type { Doc } from '../doc';
import type { Annotation } from '../types';

export function findSanctionClaims(doc: Doc): Annotation[] {
  void doc;
  return [];
}
