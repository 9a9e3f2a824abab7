// Fact bases that differ from the real one in a single, visible way: what an update test
// publishes as "version N+1", so that a verdict on a test page changes when it is taken.
import { rawFactBase } from '../../src/facts/data';

/** The real fact base with NATO's Secretary-General changing on 2025-10-01, a year later than he did. */
export function withLaterRutte(): unknown {
  const raw = structuredClone(rawFactBase) as {
    offices: Array<{ id: string; holders: Array<{ person: string; start: string; end?: string }> }>;
  };
  const office = raw.offices.find((o) => o.id === 'nato-secretary-general')!;
  office.holders.find((h) => h.person === 'jens-stoltenberg')!.end = '2025-10-01';
  office.holders.find((h) => h.person === 'mark-rutte')!.start = '2025-10-01';
  return raw;
}
