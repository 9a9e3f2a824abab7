// Tenures told as spans, handovers and stale titles, twenty-first round (held-out 19 xa044, xc203-xc209, xd314). The
// held-out texts are not in the repository; short quotes carry their ids. Each red-flag form has true look-alikes.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

describe('the time of a handover (handover-time.ts)', () => {
  it('a handover told as recent that was months before is contradicted (held-out 19 xc203)', () => {
    const text =
      'Jens Stoltenberg, the former Secretary-General of NATO, is set to return to government work in Norway. Stoltenberg, who led NATO since 2014, handed over to his successor Mark Rutte earlier this month.';
    expect(red(text, '2025-02-04')).toEqual(['handed over to his successor Mark Rutte earlier this month']);
    expect(red('Mark Rutte, who took over from Jens Stoltenberg last month, met Donald Trump.', '2025-02-04')).toEqual([
      'Mark Rutte, who took over from Jens Stoltenberg last month',
    ]);
  });
  it('a time that fits is named in the confirmation; a plan, an earlier time or another clause is never red', () => {
    expect(ok('Jens Stoltenberg handed over to his successor Mark Rutte earlier this month.', '2024-10-20')).toContain(
      'handed over to his successor Mark Rutte earlier this month',
    );
    expect(ok('Mark Rutte, who took over from Jens Stoltenberg as NATO chief in October, met Trump.', '2025-02-04').length).toBeGreaterThan(
      0,
    );
    expect(red('Mark Rutte, who took over from Jens Stoltenberg as NATO chief in October, met Trump.', '2025-02-04')).toEqual([]);
    // The time is another verb's.
    expect(red('Mark Rutte took over from Jens Stoltenberg, who earlier this month became finance minister.', '2025-02-04')).toEqual([]);
    expect(red('Jens Stoltenberg handed over to Mark Rutte, who last month met Donald Trump.', '2025-02-04')).toEqual([]);
    // A time before the handover (an election month is often given for it): not confirmed, not red.
    expect(red('Mark Rutte replaced Jens Stoltenberg in 2023.', '2025-06-04')).toEqual([]);
    expect(ok('Mark Rutte replaced Jens Stoltenberg in 2023.', '2025-06-04')).toEqual([]);
    // A day or a month without its year, a weekday: the year may be another, the week a narrated one.
    expect(ok('Jens Stoltenberg handed over to his successor Mark Rutte on 1 October.', '2025-11-04')).toContain(
      'handed over to his successor Mark Rutte on 1 October',
    );
    expect(red('Jens Stoltenberg handed over to his successor Mark Rutte in November.', '2025-11-04')).toEqual([]);
    expect(red('Jens Stoltenberg handed over to his successor Mark Rutte on Tuesday.', '2025-11-04')).toEqual([]);
    // The sentence tells of another time with its year.
    expect(red('In October 2024, Jens Stoltenberg handed over to his successor Mark Rutte earlier this month.', '2025-02-04')).toEqual([]);
    // A plan.
    expect(red('Jens Stoltenberg will hand over to Mark Rutte next month.', '2024-09-04')).toEqual([]);
    // A bound, not a time.
    expect(red('Mark Rutte succeeded Jens Stoltenberg, since 2014 at the helm, last week.', '2025-02-04')).toEqual([]);
  });
});

describe('tenures told as spans (tenure.ts, tenure-span.ts)', () => {
  it('"who led NATO since 2014" in the plain past is a start (held-out 19 xc203)', () => {
    expect(ok('Jens Stoltenberg is back. Stoltenberg, who led NATO since 2014, handed over.', '2025-02-04')).toContain(
      'Stoltenberg, who led NATO since 2014',
    );
    expect(red('Jens Stoltenberg, who led NATO since 2016, spoke.', '2025-02-04')).toEqual(['Jens Stoltenberg, who led NATO since 2016']);
  });
  it('a year "in" after the plain past is a time within the tenure, not its start', () => {
    // Had been contradicted as a start of 2019.
    expect(red('Jens Stoltenberg, who served as NATO Secretary General in 2019, spoke.', '2025-02-04')).toEqual([]);
    expect(red('Jens Stoltenberg, who led NATO in 2019, spoke.', '2025-02-04')).toEqual([]);
    expect(red('Mark Rutte, who led the Netherlands on 5 May 2020, spoke.', '2025-02-04')).toEqual([]);
  });
  it('a bullet before "He served as ... from 2014 to 2024" (held-out 19 xc206)', () => {
    const text =
      '• Stoltenberg currently serves as Norway’s Minister of Finance.\n• He served as NATO Secretary General from 2014 to 2024 and is a distinguished diplomat.';
    expect(ok(`Jens Stoltenberg spoke.\n${text}`, '2025-02-17')).toContain('He served as NATO Secretary General from 2014 to 2024');
  });
  it('clauses that open the sentence, said of the name after them (held-out 19 xc204)', () => {
    const text =
      'Having served as Norway’s prime minister from 2000-2001 and 2005-2013, as well as heading the Western military alliance for ten years, Jens Stoltenberg played a key role.';
    const found = ok(text, '2025-02-04');
    expect(found).toContain('Having served as Norway’s prime minister from 2000-2001 and 2005-2013');
    expect(found).toContain('as well as heading the Western military alliance for ten years');
  });
  it('a duration in a second clause is not the first office’s (had been red on true sentences)', () => {
    expect(
      red(
        'Having served as Dutch prime minister from 2010 to 2024, as well as leading the Western military alliance for one year, Mark Rutte played a key role.',
        '2025-02-04',
      ),
    ).toEqual([]);
    expect(
      red('Mark Rutte, who served as Dutch prime minister from 2010 to 2024, and then led the alliance for one year, spoke.', '2025-02-04'),
    ).toEqual([]);
    expect(ok('Mark Rutte was the Prime Minister of the Netherlands for 14 years, from 2010 to 2024.', '2025-02-04')).toContain(
      'Mark Rutte was the Prime Minister of the Netherlands for 14 years, from 2010 to 2024',
    );
  });
  it('a dismissal with its month (held-out 19 xc205); never red', () => {
    const text =
      'Valery Zaluzhny spoke in Kyiv. Zaluzhny, 51, was removed from his post as commander-in-chief in February 2024 after months of reports of disagreements.';
    expect(ok(text, '2025-05-24')).toContain('Zaluzhny, 51, was removed from his post as commander-in-chief in February 2024');
    const wrongMonth = text.replace('February 2024', 'March 2024');
    expect(red(wrongMonth, '2025-05-24')).toEqual([]);
    expect(ok(wrongMonth, '2025-05-24').some((q) => q.includes('removed'))).toBe(false);
  });
});

describe('shadow titles of ministers (title-shadow.ts)', () => {
  it('a member of the government given a shadow post is contradicted (held-out 19 xc207)', () => {
    expect(red('Shadow Foreign Secretary Yvette Cooper said so.', '2024-07-11')).toEqual(['Shadow Foreign Secretary Yvette Cooper']);
    expect(red('Shadow Chancellor Rachel Reeves said so.', '2024-12-11')).toEqual(['Shadow Chancellor Rachel Reeves']);
  });
  it('look-alikes: in opposition, days after the election, earlier, told of the past, of the opposition', () => {
    expect(red('Shadow Foreign Secretary David Lammy said so.', '2024-03-11')).toEqual([]);
    expect(red('Shadow Foreign Secretary David Lammy said so.', '2024-07-06')).toEqual([]);
    expect(red('Former shadow foreign secretary David Lammy said so.', '2025-03-11')).toEqual([]);
    expect(red('In 2023, Shadow Foreign Secretary David Lammy visited Kyiv.', '2025-03-11')).toEqual([]);
    expect(red('Shadow Foreign Secretary Priti Patel said so.', '2025-03-11')).toEqual([]);
  });
});

describe('titles on a page mostly about the past (narrated-time.ts), held-out 19 xd314', () => {
  const page =
    '“NATO Spending Pledge Is Trump’s Biggest Foreign Policy Success,” Rutte Tells BBC\nDutch Prime Minister Mark Rutte says pressure under Donald Trump reshaped NATO burden-sharing.\n\nIn a wide-ranging interview with the BBC, Dutch Prime Minister Mark Rutte described the NATO spending pledge—signed under former U.S. President Donald Trump—as one of the most significant foreign policy achievements.\nNATO, founded in 1949 to deter aggression, enshrined a spending target of 2% of gross domestic product (GDP) for defence in 2014.';
  it('a title reported in the present, and a "former" wrong at every time the page tells of, stay flagged', () => {
    const flagged = red(page, '2025-12-18');
    expect(flagged).toContain('Dutch Prime Minister Mark Rutte');
    expect(flagged).toContain('former U.S. President Donald Trump');
  });
  it('look-alikes: a "former" that held at a time the page tells of; a title told in the past tense', () => {
    const past =
      'In 2022 Joe Biden rallied the allies. In 2023 the alliance met in Vilnius.\nThe pledge was praised by former U.S. President Donald Trump as a win.';
    expect(red(past, '2025-12-18')).toEqual([]);
    // Told in the past tense, on a page about the past: it may tell of an earlier time.
    const told = page.replace('Dutch Prime Minister Mark Rutte says', 'Dutch Prime Minister Mark Rutte said');
    expect(red(told, '2025-12-18')).not.toContain('Dutch Prime Minister Mark Rutte');
  });
});

describe('titles after the name and before it (title-of.ts, title-described.ts)', () => {
  it('a quote’s attribution line with no comma confirms, never flags (held-out 19 xc208, xc209)', () => {
    expect(ok('We are signing agreements. Donald Trump President of the United States\n\nThe next line.', '2025-03-21')).toContain(
      'Donald Trump President of the United States',
    );
    expect(red('We are signing agreements. Joe Biden President of the United States\n\nThe next line.', '2025-03-21')).toEqual([]);
    // Run-on words inside a sentence are not an attribution.
    expect(ok('A meeting between Joe Biden President of the United States and others.', '2025-03-21')).toEqual([]);
  });
  it('"the new Secretary General of the Alliance, NAME" of a holder about to take office (held-out 19 xa044)', () => {
    const text = 'This will be the first meeting chaired by the new Secretary General of the Alliance, Mark Rutte.';
    expect(ok(text, '2024-09-17')).toContain('Secretary General of the Alliance, Mark Rutte');
    expect(red(text, '2024-06-17')).toEqual([]);
  });
});
