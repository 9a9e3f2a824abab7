// Dated milestones of the war (war-milestones.ts; days in figures.json, war.milestones): told with their day they are
// supported, two days or more away contradicted, a day away left alone; other episodes of the same story say nothing.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('Ukraine declares martial law (24 February 2022)', () => {
  // A timeline line of a machine-written page of February 2024 (held-out 17 vd304), in the same form.
  const line =
    'February 26th, 2022: Ukraine’s President Volodymyr Zelenskyy declares martial law and orders a general military mobilization to defend against Russian advances.';

  it('flags a wrong day, on the date alone (not over the title)', () => {
    expect(verdictsOn(line, 'February 26th, 2022', '2024-02-24')).toContain('contradicted');
    expect(verdictsOn(line, 'Ukraine’s President Volodymyr Zelenskyy', '2024-02-24')).toEqual(['supported']);
  });

  it('confirms the right day, and leaves a day away alone', () => {
    expect(verdictsOn(line.replace('26th', '24th'), 'February 24th, 2022', '2024-02-24')).toContain('supported');
    expect(isRed(verdictsOn('On 25 February 2022 Zelenskyy declared martial law across Ukraine.', 'martial law', '2024-02-24'))).toBe(
      false,
    );
  });

  it("says nothing of martial law extended, or Russia's in the regions it occupies", () => {
    expect(verdictsOn('The Verkhovna Rada extended martial law in Ukraine on February 7, 2023.', 'martial law', '2023-05-01')).toEqual([]);
    expect(
      verdictsOn(
        'Russia declared martial law in four Ukrainian regions on October 19.',
        'martial law in four Ukrainian regions',
        '2022-10-20',
      ),
    ).toEqual([]);
  });
});

describe('the Black Sea Grain Initiative signed in Istanbul (22 July 2022)', () => {
  it("flags the signing ceremony's wrong day, and confirms the right one", () => {
    const ceremony =
      'The resumption of Ukrainian grain exports via the Black Sea is a beacon of hope, UN Secretary-General António Guterres said at the signing ceremony on 27 July in Istanbul, Türkiye.';
    expect(verdictsOn(ceremony, 'signing ceremony on 27 July', '2022-09-01')).toContain('contradicted');
    expect(verdictsOn(ceremony.replace('27 July', '22 July'), 'signing ceremony on 22 July', '2022-09-01')).toContain('supported');
    expect(verdictsOn('The grain deal was signed in Istanbul on 22 July.', 'signed in Istanbul on 22 July', '2022-09-01')).toContain(
      'supported',
    );
  });

  it("says nothing of its renewal, Russia's exit, or a signing still to come", () => {
    expect(isRed(verdictsOn('Russia quit the grain deal on July 17, a year after it was signed.', 'July 17', '2023-07-20'))).toBe(false);
    expect(isRed(verdictsOn('The grain deal was extended on November 17.', 'November 17', '2022-11-20'))).toBe(false);
    expect(isRed(verdictsOn('Russia and Ukraine are expected to sign the grain deal on July 24.', 'July 24', '2022-07-20'))).toBe(false);
  });
});

describe('Ukrainian forces enter Kherson (11 November 2022)', () => {
  it('flags a wrong day and confirms the right one', () => {
    const text = 'Ukrainian forces entered the city of Kherson on Nov. 14.';
    expect(verdictsOn(text, 'Nov. 14', '2022-11-15')).toContain('contradicted');
    expect(verdictsOn(text.replace('14', '11'), 'Nov. 11', '2022-11-15')).toContain('supported');
  });

  it("says nothing of Russia's capture in March, nor of a visit to the liberated city", () => {
    expect(verdictsOn('Russian troops entered the Ukrainian city of Kherson on March 1.', 'March 1', '2022-03-05')).toEqual([]);
    expect(verdictsOn('Zelensky visited liberated Kherson on Nov. 14.', 'Nov. 14', '2022-11-20')).toEqual([]);
  });
});

describe('the Wagner mutiny, Prigozhin, the Kakhovka dam, Navalny', () => {
  it('flags a wrong day', () => {
    expect(verdictsOn('Wagner fighters took Rostov in the mutiny on June 20.', 'June 20', '2023-07-01')).toContain('contradicted');
    expect(verdictsOn('Wagner chief Yevgeny Prigozhin died in a plane crash on August 21.', 'August 21', '2023-09-01')).toContain(
      'contradicted',
    );
    expect(verdictsOn('The Kakhovka dam was destroyed on June 9, 2023.', 'June 9, 2023', '2023-07-01')).toContain('contradicted');
  });

  it('confirms the right day, either day of a two-day span', () => {
    expect(verdictsOn('The Wagner mutiny on June 24 shook the Kremlin.', 'June 24', '2023-07-01')).toContain('supported');
    expect(verdictsOn('Prigozhin was killed in a plane crash on August 23, 2023.', 'August 23, 2023', '2023-09-01')).toContain('supported');
    expect(verdictsOn('The prison service said Navalny died on February 16.', 'February 16', '2024-02-20')).toContain('supported');
  });

  it('says nothing of other days of the same story', () => {
    expect(isRed(verdictsOn('Prigozhin said his fighters were killed by Russian shelling on June 8.', 'June 8', '2023-06-10'))).toBe(false);
    expect(isRed(verdictsOn("Navalny's funeral was held in Moscow on March 1.", 'March 1', '2024-03-05'))).toBe(false);
    expect(isRed(verdictsOn('Navalny was poisoned on August 20, 2020, and nearly died.', 'August 20, 2020', '2021-01-20'))).toBe(false);
    expect(
      isRed(
        verdictsOn(
          'A year after the Kakhovka dam was destroyed, on June 6, 2024, the reservoir was a forest.',
          'June 6, 2024',
          '2024-06-10',
        ),
      ),
    ).toBe(false);
  });
});

describe('the Moskva sunk (13-14 April 2022), and Russia’s partial mobilisation (21 September 2022)', () => {
  it('flags a wrong day and confirms the right one', () => {
    const line = 'April 18th, 2022: Russia’s flagship Moskva cruiser sinks in the Black Sea.';
    expect(verdictsOn(line, 'April 18th, 2022', '2024-02-24')).toContain('contradicted');
    expect(verdictsOn(line.replace('18th', '14th'), 'April 14th, 2022', '2024-02-24')).toContain('supported');
    expect(verdictsOn('Putin announced a partial mobilization on September 24, 2022.', 'September 24, 2022', '2022-10-01')).toContain(
      'contradicted',
    );
    expect(verdictsOn('Putin announced a partial mobilisation on September 21.', 'September 21', '2022-10-01')).toContain('supported');
  });

  it("says nothing of Ukraine's general mobilisation, nor of another Moskva", () => {
    expect(
      isRed(
        verdictsOn(
          'Zelensky ordered a general mobilisation; Putin announced a partial mobilisation on September 24.',
          'September 24',
          '2022-10-01',
        ),
      ),
    ).toBe(false);
    expect(verdictsOn('The Moskva hotel reopened on March 3.', 'March 3', '2023-01-10')).toEqual([]);
  });
});
