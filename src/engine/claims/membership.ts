import type { Doc } from '../doc';
import type { Annotation } from '../types';

export function findMembershipClaims(doc: Doc): Annotation[] {
  void doc;
  return [];
}
