// Placeholder wired into title-forms.ts so that its owner can fill it in without touching that file.
import type { Annotation } from '../types';
import type { Doc } from '../doc';

export function formerTitles(_doc: Doc): Annotation[] {
  return [];
}
