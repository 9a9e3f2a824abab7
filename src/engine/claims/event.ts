import type { Doc } from '../doc';
import type { Annotation } from '../types';

export function findEventClaims(doc: Doc): Annotation[] {
  void doc;
  return [];
}
