// The report's wire format, as a valibot schema. The extension builds reports that pass it and
// the intake server refuses anything that does not, so both sides read this one file
// (docs/reports.md describes it field by field; docs/report-example.json is a valid instance).
import * as v from 'valibot';
import { LIMITS } from './limits';

/** Bumped when the shape changes in a way an older server could not read. */
export const REPORT_SCHEMA_VERSION = 1;

export const REPORT_REASONS = ['fact-wrong', 'fact-outdated', 'sentence-misread', 'not-this-person', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** The words the form shows for each reason. */
export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  'fact-wrong': 'The fact is wrong',
  'fact-outdated': 'The fact is outdated',
  'sentence-misread': 'The sentence was misread',
  'not-this-person': 'Not about this person',
  other: 'Other',
};

export { LIMITS } from './limits';

const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const NonEmptyText = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

const ReportedAnnotation = v.strictObject({
  quote: NonEmptyText(LIMITS.quote),
  sentence: Text(LIMITS.sentence),
  verdict: v.picklist(['supported', 'outdated', 'contradicted', 'context']),
  kind: v.picklist(['title', 'tenure', 'event', 'sanction', 'figure', 'membership', 'mention']),
  factIds: v.pipe(v.array(NonEmptyText(LIMITS.factId)), v.maxLength(LIMITS.factIds)),
  /** What the card told the reader, so maintainers see the claim as the reader saw it. */
  message: Text(LIMITS.message),
  asOf: IsoDate,
  asOfSource: v.picklist(['flag', 'jsonld', 'meta', 'time', 'url', 'dateline', 'today']),
});

export const Report = v.strictObject({
  schema: v.literal(REPORT_SCHEMA_VERSION),
  /** A random UUID made once when the form opens; the server stores a report once per id. */
  id: v.pipe(v.string(), v.uuid()),
  /** When the reader made it, ISO 8601. */
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  reason: v.picklist(REPORT_REASONS),
  comment: Text(LIMITS.comment),
  annotation: ReportedAnnotation,
  factBaseVersion: NonEmptyText(100),
  extension: v.strictObject({
    version: NonEmptyText(50),
    /** Build target and major version, e.g. "chrome 140": no full user-agent string. */
    browser: NonEmptyText(100),
  }),
  /** Present only when the reader ticked "include this page's address". */
  pageUrl: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.url), v.url(), v.regex(/^https?:/, 'expected an http(s) address'))),
});

type ReportedAnnotation = v.InferOutput<typeof ReportedAnnotation>;
export type Report = v.InferOutput<typeof Report>;

/** Problems with a candidate report as "path: message" lines; empty when it is valid. */
export function reportProblems(candidate: unknown): string[] {
  const result = v.safeParse(Report, candidate);
  return result.success ? [] : result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}
