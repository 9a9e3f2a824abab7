import type { Doc } from '../doc';
import type { Annotation } from '../types';

export function findTenureClaims(doc: Doc): Annotation[] {
  void doc;
  return [];
}
