// Titles given by description or anaphora, and stale titles, twenty-second round (held-out 20 ye402, ye408, ye411,
// ye412, yb103). The held-out texts are not in the repository; short quotes carry their ids. Each red-flag form has true
// look-alikes.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

describe("a country's title it has no office of, before someone who held it elsewhere (title.ts)", () => {
  it('"Ukraine\'s Foreign Secretary David Lammy" is contradicted (held-out 20 yb103)', () => {
    const text = "During the commemoration, Ukraine's Foreign Secretary David Lammy emphasized the UK's commitment to support Ukraine.";
    expect(red(text, '2024-11-19')).toEqual(["Ukraine's Foreign Secretary David Lammy"]);
    expect(red('At the meeting, French Foreign Secretary David Lammy spoke first.', '2024-11-19')).toEqual([
      'French Foreign Secretary David Lammy',
    ]);
  });
  it('true look-alikes and unread ones stay quiet', () => {
    // Ukraine's own minister, loosely called so.
    expect(red("Ukraine's Foreign Secretary Andrii Sybiha emphasized the commitment.", '2024-11-19')).toEqual([]);
    expect(red('Ukrainian Foreign Secretary Dmytro Kuleba spoke.', '2021-02-19')).toEqual([]);
    // Two countries before the title.
    expect(red("The UK and Ukraine's Foreign Secretary David Lammy spoke.", '2024-11-19')).toEqual([]);
    // An organisation's office, and a nationality before it.
    expect(red('Estonian High Representative Kaja Kallas spoke.', '2025-02-19')).toEqual([]);
    expect(red('Dutch Secretary General Mark Rutte spoke.', '2025-02-19')).toEqual([]);
    // A role no office of the person's country names.
    expect(red('US Foreign Secretary Antony Blinken spoke.', '2021-02-19')).toEqual([]);
  });
});

describe('"the former president" read of those named just before (title-bare.ts, title-short.ts)', () => {
  const ye412 =
    "“This war is Joe Biden's fault.”\n\nWhile Biden imposed sweeping sanctions following Russia's 2022 invasion of Ukraine, Trump has so far held off on targeting Russian banks.\n\nShift in tone\n\nTrump's recent rhetoric marks a sharp departure from his typically warm stance toward Putin. The former president had previously claimed he could end the war in 24 hours.";
  const names = 'President Donald Trump and Russian President Vladimir Putin spoke on the phone. ';
  it('everyone named in the sentence and the two before holds the office again: outdated (held-out 20 ye412)', () => {
    expect(red(names + ye412, '2025-05-28')).toContain('The former president');
    // Not confirmed as Biden, named further back.
    expect(ok(names + ye412, '2025-05-28')).not.toContain('The former president');
  });
  it('the sentence before opens with the returned holder; the others in a first tenure (held-out 20 ye408)', () => {
    const text =
      names +
      "In an interview, Trump had expressed his anger towards Putin. Later that evening, Trump voiced his discontent regarding Putin's recent criticisms of Ukrainian President Volodymyr Zelenskyy. The former president noted that he was not happy.";
    expect(red(text, '2025-03-31')).toContain('The former president');
  });
  it('a true reading nearby, a quote, an earlier year or another subject: not red', () => {
    // Biden named in the sentence before.
    expect(
      red(
        names +
          "Biden criticised Trump's stance toward Putin. Trump answered on Sunday. The former president had previously claimed he could end the war.",
        '2025-05-28',
      ),
    ).not.toContain('The former president');
    // Before the inauguration: Biden sitting, Trump the former president.
    expect(red(names.replace('President Donald', 'Donald') + ye412, '2024-11-28')).not.toContain('The former president');
    // An earlier year told.
    expect(
      red(
        names + "In 2023, Trump's rhetoric marked a departure from his stance toward Putin. The former president had claimed so.",
        '2025-05-28',
      ),
    ).not.toContain('The former president');
    // In quotation marks (Biden named further back, as in ye412).
    expect(
      red(
        names +
          ye412.replace(
            'The former president had previously claimed he could end the war in 24 hours.',
            '“The former president had claimed so,” he said.',
          ),
        '2025-05-28',
      ),
    ).not.toContain('The former president');
    // The sentence before opens with a holder in a first tenure: their predecessor may be meant.
    expect(
      red(
        names +
          'Ukrainian President Volodymyr Zelenskyy met Trump at the White House. Later that evening, Zelenskyy criticised Trump. The former president noted that he was not happy.',
        '2025-03-31',
      ),
    ).not.toContain('The former president');
    // A quote with only sitting holders named before it (allSitting's reading): the speaker may mean someone unnamed.
    expect(red(names + 'Trump spoke with Putin for two hours. “The former president left us a mess,” Trump said.', '2025-05-28')).toEqual(
      [],
    );
    // A predecessor told of.
    expect(
      red(
        names + "Trump's rhetoric marks a departure from his predecessor's stance toward Putin. The former president had claimed so.",
        '2025-05-28',
      ),
    ).not.toContain('The former president');
  });
  it('"the former president" is not confirmed of a former holder named further back than the nearest holder (held-out 20 ye411)', () => {
    const text =
      'US President Donald Trump criticised Ukrainian President Volodymyr Zelensky on Wednesday. “Crimea was lost years ago under the auspices of President Barack Hussein Obama,” Trump wrote. The former president’s social media post coincided with reports of a peace proposal.';
    expect(ok(text, '2025-04-23')).not.toContain('The former president');
    // Obama the nearest: confirmed, as before.
    const obama =
      'US President Donald Trump criticised Ukrainian President Volodymyr Zelensky on Wednesday. Crimea was lost under President Barack Obama, Trump wrote. The former president did not answer.';
    expect(red(obama, '2025-04-23')).toEqual([]);
  });
});

describe('a bare title the page gave before to someone who no longer held it (title-bare.ts)', () => {
  const ye402 =
    'Mark Rutte, the Dutch Prime Minister and a seasoned diplomat, drew significant attention during the recent NATO summit held in The Hague, Netherlands. Rutte’s comments underscored Trump’s undeniable impact on NATO’s defense spending policy. The Dutch Prime Minister congratulated Trump, calling him a “man of strength.”';
  it('outdated with the earlier title (held-out 20 ye402)', () => {
    expect(red(ye402, '2025-06-26')).toEqual(['Mark Rutte, the Dutch Prime Minister', 'Dutch Prime Minister']);
  });
  it('true look-alikes: the title true then, "former" before, the holder named, another holder named', () => {
    expect(red(ye402, '2023-06-26')).toEqual([]);
    expect(red(ye402.replace('the Dutch Prime Minister and', 'the former Dutch Prime Minister and'), '2025-06-26')).toEqual([]);
    expect(red(ye402 + ' Dutch Prime Minister Dick Schoof agreed.', '2025-06-26')).toEqual(['Mark Rutte, the Dutch Prime Minister']);
    // Someone else who held the office named between.
    expect(
      red(ye402.replace('Rutte’s comments underscored', 'Rutte, like Jan Peter Balkenende before him, underscored'), '2025-06-26'),
    ).toEqual(['Mark Rutte, the Dutch Prime Minister']);
  });
});

describe('a title and surname in the headline, the person named in full below it (doc.ts, title.ts)', () => {
  const yc203 =
    'German Foreign Minister Baerbock Elected President of UN General Assembly\n\nAnnalena Baerbock, former German Foreign Minister, was elected as president of the 80th session on Monday.';
  it('the stale headline title is outdated (held-out 20 yc203), a true one confirmed', () => {
    expect(red(yc203, '2025-06-03')).toEqual(['German Foreign Minister Baerbock']);
    expect(ok('German Foreign Minister Baerbock Visits Kyiv\n\nAnnalena Baerbock arrived on Monday.', '2024-06-03')).toContain(
      'German Foreign Minister Baerbock',
    );
  });
  it('look-alikes: "former" in the headline, no full name on the page, the surname not in the first line', () => {
    expect(
      red(yc203.replace('German Foreign Minister Baerbock Elected', 'Former German Foreign Minister Baerbock Elected'), '2025-06-03'),
    ).toEqual([]);
    expect(
      red('German Foreign Minister Baerbock Elected President of UN General Assembly\n\nThe former minister won.', '2025-06-03'),
    ).toEqual([]);
    // Not a headline: a capitalised word after the surname still makes it another name's part.
    expect(red('She met German Foreign Minister Baerbock Foundation staff. Annalena Baerbock spoke.', '2025-06-03')).toEqual([]);
  });
});
