// The intake server's storage: one SQLite file (better-sqlite3, embedded, synchronous).
// WAL with synchronous=FULL: a report acknowledged to the extension is on disk before the answer.
import Database from 'better-sqlite3';
import type { Report } from '../src/report/schema';

export const TRIAGE_STATUSES = ['new', 'accepted', 'rejected', 'fixed'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

export interface StoredReport {
  id: string;
  report: Report;
  status: TriageStatus;
  receivedAt: string;
  /** How many times this id arrived; more than 1 means a resend after a lost acknowledgement. */
  deliveries: number;
  statusChangedAt: string | null;
}

interface Row {
  id: string;
  report: string;
  status: TriageStatus;
  received_at: string;
  deliveries: number;
  status_changed_at: string | null;
}

const fromRow = (row: Row): StoredReport => ({
  id: row.id,
  report: JSON.parse(row.report) as Report,
  status: row.status,
  receivedAt: row.received_at,
  deliveries: row.deliveries,
  statusChangedAt: row.status_changed_at,
});

/** One line for a database error: SQLite's message and code, no stack. */
export function describeDatabaseError(error: unknown): string {
  const { message, code } = error as { message?: string; code?: string };
  return `${message ?? String(error)}${code && !message?.includes(code) ? ` (${code})` : ''}`;
}

export class ReportStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS reports (
        id TEXT PRIMARY KEY,
        report TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'rejected', 'fixed')),
        received_at TEXT NOT NULL,
        deliveries INTEGER NOT NULL DEFAULT 1,
        status_changed_at TEXT
      );
      CREATE TABLE IF NOT EXISTS report_facts (
        report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        fact_id TEXT NOT NULL,
        PRIMARY KEY (report_id, fact_id)
      );
      CREATE INDEX IF NOT EXISTS report_facts_by_fact ON report_facts(fact_id);
      CREATE TABLE IF NOT EXISTS health_probe (id INTEGER PRIMARY KEY CHECK (id = 1), at TEXT NOT NULL);
    `);
  }

  /**
   * Writes one row (the same row each time), as a report would be written: undefined when that
   * works, else what SQLite said ("attempt to write a readonly database", "database or disk is
   * full"). /health answers with it, and start-up refuses a database that fails it.
   */
  probeWrite(): string | undefined {
    try {
      this.db
        .prepare('INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at')
        .run(new Date().toISOString());
      return undefined;
    } catch (error) {
      return describeDatabaseError(error);
    }
  }

  /** Stores a report unless its id is known; either way counts the delivery. True when it was new. */
  add(report: Report, receivedAt = new Date().toISOString()): boolean {
    const insert = this.db.transaction((r: Report) => {
      const inserted = this.db
        .prepare('INSERT INTO reports (id, report, received_at) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING')
        .run(r.id, JSON.stringify(r), receivedAt);
      if (inserted.changes === 0) {
        // Same id again: the first copy stays as it was; only the count records the resend.
        this.db.prepare('UPDATE reports SET deliveries = deliveries + 1 WHERE id = ?').run(r.id);
        return false;
      }
      const fact = this.db.prepare('INSERT OR IGNORE INTO report_facts (report_id, fact_id) VALUES (?, ?)');
      for (const factId of r.annotation.factIds) fact.run(r.id, factId);
      return true;
    });
    return insert(report);
  }

  get(id: string): StoredReport | undefined {
    const row = this.db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as Row | undefined;
    return row && fromRow(row);
  }

  list(filter: { factId?: string; status?: TriageStatus } = {}): StoredReport[] {
    const where: string[] = [];
    const params: string[] = [];
    if (filter.factId) {
      where.push('id IN (SELECT report_id FROM report_facts WHERE fact_id = ?)');
      params.push(filter.factId);
    }
    if (filter.status) {
      where.push('status = ?');
      params.push(filter.status);
    }
    const sql = `SELECT * FROM reports ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY received_at, id`;
    return (this.db.prepare(sql).all(...params) as Row[]).map(fromRow);
  }

  setStatus(id: string, status: TriageStatus): boolean {
    return (
      this.db.prepare('UPDATE reports SET status = ?, status_changed_at = ? WHERE id = ?').run(status, new Date().toISOString(), id)
        .changes > 0
    );
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM reports').get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}
