// The title detector with the other ways real articles give a title added: a country's possessive
// before a bare name ("Turkey's Recep Tayyip Erdogan"), counterparts and colleagues ("her
// Ukrainian counterpart Dmytro Kuleba"), plural titles ("the Ministers of Defense of Great
// Britain and Germany, John Healey and Boris Pistorius") and "sworn in as". Each form is read in
// its own file and judged by title.ts's rules; a name that already has a title claim keeps it.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { mapFound, mergeOver, type ClaimDetector } from '../detector';
import { possessiveCountryTitles } from './title-possessive';
import { counterpartTitles } from './counterpart';
import { pluralTitles } from './title-plural';
import { interleavedListTitles } from './title-interleaved';
import { natoSecretaryTitles } from './title-nato-secretary';
import { senatorFromStateTitles } from './title-senator';
import { bodiesLedTitles } from './title-leads';
import { swornInTitles } from './title-sworn';
import { aheadHeldTitles } from './title-ahead-held';
import { oldPostTitles } from './title-old-post';
import { shortTitles } from './title-short';
import { formerTitles, outOfOfficeClaims, thenPrefixForSitting } from './title-former';
import { portfolioTitles } from './title-portfolio';
import { parenTitles } from './title-paren';
import { stackedTitles } from './title-stacked';
import { splitTitles } from './title-split';
import { absentOfficeTitles, underLeaderTitles } from './title';
import { bareTitles, electBareTitles, formerBareTitles, staleBareTitles } from './title-bare';
import { presentPerfectAccessions, remainingHolders } from './tenure-remain';
import { contendersTold } from './tenure-contender';
import { returnsIfTold } from './tenure-return-if';
import { presidentsOfKingdoms } from './title-no-president';
import { absentOfficeNameless } from './title-no-office';
import { absentHeadTitles } from './title-absent-head';
import { orgTopMisnamed } from './title-org-top';
import { bodyPossessiveTitles } from './title-body-possessive';
import { headKindSwaps } from './title-head-kind';
import { newTitleNameless } from './title-new';
import { epithetTitles } from './title-epithet';
import { ambassadorTitles } from './title-ambassador';
import { shadowTitles } from './title-shadow';
import { oppositionLeaderTitles } from './title-opposition';
import { andSecondTitles } from './title-and-second';
import { deputyOfHolderTitles } from './title-deputy';
import { bareMinisterTitles, secretaryForMinisterTitles } from './title-minister-bare';
import { militaryRankTitles } from './title-military-rank';
import { ownAideTitles } from './title-own-aide';
import { withPartyLabels } from './title-party-label';
import { postHeldTitles } from './title-post-held';
import { spansOverlap } from '../sentences';

const FORMS: ReadonlyArray<(doc: Doc) => Annotation[]> = [
  pluralTitles,
  counterpartTitles,
  interleavedListTitles,
  natoSecretaryTitles,
  senatorFromStateTitles,
  swornInTitles,
  aheadHeldTitles,
  oldPostTitles,
  possessiveCountryTitles,
  shortTitles,
  formerTitles,
  outOfOfficeClaims,
  portfolioTitles,
  parenTitles,
  stackedTitles,
  splitTitles,
  absentOfficeTitles,
  underLeaderTitles,
  formerBareTitles,
  electBareTitles,
  bareTitles,
  staleBareTitles,
  remainingHolders,
  presentPerfectAccessions,
  contendersTold,
  returnsIfTold,
  presidentsOfKingdoms,
  // Round 44: "the Canadian president", "the German prime minister": an office the country does not have, with no name.
  absentOfficeNameless,
  absentHeadTitles,
  orgTopMisnamed,
  // Round 39: "the organization's Secretary General NAME" on a page that names NATO only.
  bodyPossessiveTitles,
  epithetTitles,
  ambassadorTitles,
  shadowTitles,
  oppositionLeaderTitles,
  andSecondTitles,
  deputyOfHolderTitles,
  bareMinisterTitles,
  bodiesLedTitles,
  militaryRankTitles,
  ownAideTitles,
  secretaryForMinisterTitles,
  newTitleNameless,
];

export function withTitleForms(titles: ClaimDetector): ClaimDetector {
  return {
    kind: titles.kind,
    triggers: titles.triggers,
    find(doc, ctx) {
      // "then-NATO Secretary-General Mark Rutte" for the sitting holder, read by title.ts: "then" says they left.
      let out = mapFound(titles.find(doc, ctx), (a) => thenPrefixForSitting(doc, a));
      // Round 37: "Swedish head of state Ulf Kristersson": the loose word's "not known to have held" gives way to the swap read.
      const swaps = headKindSwaps(doc);
      if (swaps.length) {
        out = out.filter((b) => !(b.kind === 'title' && b.verdict === 'context' && swaps.some((a) => spansOverlap(a, b))));
        out.push(...swaps.filter((a) => !out.some((b) => b.kind === 'title' && spansOverlap(b, a))));
      }
      // Round 43: "the post is held by Jens Stoltenberg of Norway": the office "the post" stands for is confirmed over a
      // context note on the name's nationality ("of Norway" read as a title said in passing).
      const posts = postHeldTitles(doc);
      if (posts.length) {
        out = out.filter((b) => !(b.kind === 'title' && b.verdict === 'context' && posts.some((a) => spansOverlap(a, b))));
        out.push(...posts.filter((a) => !out.some((b) => b.kind === 'title' && spansOverlap(b, a))));
      }
      for (const form of FORMS) {
        for (const a of form(doc)) {
          // Round 48: a rank the person never held outranks the office confirmed on the same words ("Defence Minister
          // Gen. Oleksii Reznikov": the office is right, the rank is not).
          if (form === militaryRankTitles && a.verdict === 'contradicted') mergeOver(out, a);
          else if (!out.some((b) => b.kind === 'title' && spansOverlap(b, a))) out.push(a);
        }
      }
      // "Democratic Senator Marco Rubio": a wrong party's label before a title read of a person whose party is on record.
      return withPartyLabels(doc, out);
    },
  };
}
