// The validator on the real fact base (it must pass) and on broken copies of it (each kind of
// mistake a maintainer can make must be caught and named).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { rawFactBase } from '../../../src/facts/data';
import { validateFactBase, earliestDay, latestDay, isCalendarDate } from '../../../src/facts/validate';
import { checkDataFiles, DATA_DIR } from '../../../src/cli/facts-check';

const today = new Date().toISOString().slice(0, 10);
type Raw = any;
const copy = (): Raw => structuredClone(rawFactBase);
const office = (raw: Raw, id: string) => raw.offices.find((o: { id: string }) => o.id === id);
const validate = (raw: Raw, at = today) => validateFactBase(raw, { today: at });
const problemsOf = (raw: Raw) => validate(raw).problems.join('\n');

describe('the real fact base', () => {
  it('has no problems', () => {
    const report = validate(rawFactBase);
    expect(report.problems, report.problems.join('\n')).toEqual([]);
    expect(report.counts.people).toBeGreaterThan(50);
  });

  it('has every data file valid and imported by index.ts', () => {
    const files = checkDataFiles(DATA_DIR);
    expect(files.problems).toEqual([]);
    expect(files.warnings).toEqual([]);
  });

  it('has a current head of government recorded for every member state', () => {
    const missing = validate(rawFactBase).coverage.filter((line) => line.startsWith('member '));
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('passes through the command line with exit status 0', () => {
    const output = execFileSync('npx', ['tsx', 'src/cli/facts-check.ts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toMatch(/facts:check OK: \d+ people/);
  }, 60_000);
});

describe('broken copies', () => {
  it('reports a schema error with the id of the record', () => {
    const raw = copy();
    raw.people[0].sources = [];
    expect(problemsOf(raw)).toMatch(new RegExp(`schema: people\\[0\\] ${raw.people[0].id} › sources`));
  });

  it('catches a duplicate id', () => {
    const raw = copy();
    raw.people.push({ ...raw.people[0] });
    expect(problemsOf(raw)).toContain(`duplicate person id "${raw.people[0].id}"`);
  });

  it('catches a holder who is not a known person', () => {
    const raw = copy();
    office(raw, 'nato-secretary-general').holders.at(-1).person = 'mark-ruttte';
    expect(problemsOf(raw)).toContain('refers to unknown person "mark-ruttte"');
  });

  it('catches an office in an unknown jurisdiction', () => {
    const raw = copy();
    office(raw, 'us-president').jurisdiction = 'united-states';
    expect(problemsOf(raw)).toContain('office us-president refers to unknown jurisdiction "united-states"');
  });

  it('catches an event at an unknown place or with an unknown participant', () => {
    const raw = copy();
    const event = raw.events.find((e: { id: string }) => e.id === 'alaska-summit-2025-08-15');
    event.place = 'anchorage-alaska';
    event.participants.push('vladimir-poutine');
    const problems = problemsOf(raw);
    expect(problems).toContain('event alaska-summit-2025-08-15 (place) refers to unknown place "anchorage-alaska"');
    expect(problems).toContain('refers to unknown person "vladimir-poutine"');
  });

  it('catches a sanction with an unknown target or a company as issuer', () => {
    const raw = copy();
    const sanction = raw.sanctions.find((s: { id: string }) => s.id === 'ofac-2025-10-22-rosneft-lukoil');
    sanction.targets.push('rosnef');
    sanction.issuer = 'lukoil';
    const problems = problemsOf(raw);
    expect(problems).toContain('(target) refers to unknown organisation "rosnef"');
    expect(problems).toContain('issuer lukoil is a company, not an authority');
  });

  it('catches a place inside an unknown place and a loop of places', () => {
    const raw = copy();
    raw.places.find((p: { id: string }) => p.id === 'budapest').within = 'hungaria';
    raw.places.find((p: { id: string }) => p.id === 'washington').within = 'white-house';
    const problems = problemsOf(raw);
    expect(problems).toContain('place budapest (within) refers to unknown place "hungaria"');
    expect(problems).toMatch(/"within" chain loops back/);
  });

  it('catches a tenure that ends before it starts', () => {
    const raw = copy();
    const stoltenberg = office(raw, 'nato-secretary-general').holders.find((h: { person: string }) => h.person === 'jens-stoltenberg');
    stoltenberg.end = '2014-09-30';
    expect(problemsOf(raw)).toMatch(/jens-stoltenberg.*ends \(2014-09-30\) before or when it starts \(2014-10-01\)/);
  });

  it('catches overlapping holders of a single-holder office', () => {
    const raw = copy();
    const stoltenberg = office(raw, 'nato-secretary-general').holders.find((h: { person: string }) => h.person === 'jens-stoltenberg');
    stoltenberg.end = '2024-10-02';
    expect(problemsOf(raw)).toContain(
      'office nato-secretary-general: jens-stoltenberg (2014-10-01 → 2024-10-02) and mark-rutte (2024-10-01 → present) overlap',
    );
  });

  it('lets an acting holder overlap, with a warning', () => {
    const raw = copy();
    const holders = office(raw, 'nato-secretary-general').holders;
    holders.push({ ...holders.at(-1), person: 'mark-rutte', start: '2025-03-01', end: '2025-04-01', acting: true });
    holders.at(-2).acting = undefined;
    const report = validate(raw);
    expect(report.problems.join('\n')).not.toMatch(/overlap/);
    expect(report.warnings.join('\n')).toMatch(/overlap \(one is acting\)/);
  });

  it('does not call partial dates an overlap when they may only touch', () => {
    const raw = copy();
    const holders = office(raw, 'nato-spokesperson').holders;
    const lungescu = holders.find((h: { person: string }) => h.person === 'oana-lungescu');
    lungescu.end = '2023';
    expect(problemsOf(raw)).not.toMatch(/nato-spokesperson/);
  });

  it('catches a date that is not on the calendar', () => {
    const raw = copy();
    raw.sanctions[0].date = '2025-02-30';
    expect(problemsOf(raw)).toContain('"2025-02-30" is not a calendar date');
  });

  it('catches a source that is not a web address', () => {
    const raw = copy();
    raw.events[0].sources = [{ url: 'ftp://example.org/summit.txt' }];
    expect(problemsOf(raw)).toMatch(/not an http\(s\) address|schema: events\[0\]/);
  });

  it('catches spending-target components that do not add up', () => {
    const raw = copy();
    const hague = raw.figures.spendingTargets.find((t: { id: string }) => t.id === 'spending-target-hague-2025');
    hague.components[1].percent = 2;
    expect(problemsOf(raw)).toContain('components add up to 5.5%, not 5%');
  });
});

describe('coverage and staleness', () => {
  it('reports a gap when a holder is missing', () => {
    const raw = copy();
    const sg = office(raw, 'nato-secretary-general');
    sg.holders = sg.holders.filter((h: { person: string }) => h.person !== 'jens-stoltenberg');
    expect(validate(raw).coverage).toContain('office nato-secretary-general: nobody recorded from 2014-10-01 to 2024-10-01');
  });

  it('reports a member state whose head of government has left with no successor', () => {
    const raw = copy();
    const dutch = office(raw, 'nld-prime-minister');
    dutch.holders = dutch.holders.slice(0, -1);
    expect(validate(raw).coverage.join('\n')).toContain('member nld (Netherlands): no current head of government');
  });

  it('reports current officeholders not checked for over a year', () => {
    const raw = copy();
    const rutte = office(raw, 'nato-secretary-general').holders.at(-1);
    rutte.checked = '2020-01-01';
    expect(validate(raw).stale).toContain('office nato-secretary-general holder mark-rutte: last checked 2020-01-01');
    // Stoltenberg is no longer in office: an old check date on his tenure is not staleness.
    const stoltenberg = office(raw, 'nato-secretary-general').holders.find((h: { person: string }) => h.person === 'jens-stoltenberg');
    stoltenberg.checked = '2020-01-01';
    expect(validate(raw).stale.join('\n')).not.toContain('holder jens-stoltenberg');
  });
});

describe('data files on disk', () => {
  it('names the file and line of malformed JSON, and files index.ts does not import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-'));
    mkdirSync(join(dir, 'people'));
    writeFileSync(join(dir, 'index.ts'), "import a from './people/good.json';\n");
    writeFileSync(join(dir, 'people', 'good.json'), '[]');
    writeFileSync(join(dir, 'people', 'bad.json'), '[\n {"id": "x",}\n]');
    const result = checkDataFiles(dir);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^people\/bad\.json is not valid JSON \(line 2, column \d+\)/);
    expect(result.warnings).toEqual(['people/bad.json is not imported by index.ts, so it is not part of the fact base']);
  });
});

describe('date helpers', () => {
  it('reads partial dates as ranges and checks the calendar', () => {
    expect([earliestDay('2024'), latestDay('2024')]).toEqual(['2024-01-01', '2024-12-31']);
    expect([earliestDay('2024-02'), latestDay('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13')).toBe(false);
  });
});
