// The fact base, assembled from its data files. Each file is imported by name so that a
// maintainer adding a file sees exactly where it joins the whole (docs/fact-base.md).
import meta from './meta.json';
import peopleCore from './people/core.json';
import peopleNato from './people/nato.json';
import peopleUs from './people/us.json';
import peopleEurope from './people/europe.json';
import peopleRussiaUkraine from './people/russia-ukraine.json';
import peopleLeaders from './people/leaders.json';
import peopleMinisters from './people/ministers.json';
import peopleUsCabinet from './people/us-cabinet.json';
import peopleEuropeRussiaUkraine from './people/europe-russia-ukraine.json';
import peopleChanges2026 from './people/changes-2026.json';
import peoplePermanentRepresentatives from './people/permanent-representatives.json';
import peopleWorldRound18 from './people/world-round18.json';
import officesCore from './offices/core.json';
import officesNato from './offices/nato.json';
import officesHeadsOfGovernment from './offices/heads-of-government.json';
import officesHeadsOfState from './offices/heads-of-state.json';
import officesMinisters from './offices/ministers-and-officials.json';
import officesMinistersMembers from './offices/ministers-members.json';
import officesOfficialsUsEuUaRu from './offices/officials-us-eu-ua-ru.json';
import officesUsCabinet from './offices/us-cabinet.json';
import officesEuropeRussiaUkraine from './offices/europe-russia-ukraine.json';
import officesPermanentRepresentatives from './offices/permanent-representatives.json';
import officesWorldRound18 from './offices/world-round18.json';
import officesOfficialsRound19 from './offices/officials-round19.json';
import jurisdictions from './jurisdictions.json';
import places from './places.json';
import events from './events.json';
import euMeetings from './eu-meetings.json';
import eventSeries from './event-series.json';
import organisations from './organisations.json';
import sanctions from './sanctions.json';
import sanctionLaw from './sanction-law.json';
import figures from './figures.json';
import history from './alliance-history.json';
import euEnlargement from './eu-enlargement.json';

/** Unvalidated: pass it through `loadFactBase` (src/facts/load.ts) before use. */
export const rawFactBase: unknown = {
  version: meta.version,
  checkedThrough: meta.checkedThrough,
  listsCheckedThrough: meta.lists,
  people: [
    ...peopleCore,
    ...peopleNato,
    ...peopleUs,
    ...peopleEurope,
    ...peopleRussiaUkraine,
    ...peopleLeaders,
    ...peopleMinisters,
    ...peopleUsCabinet,
    ...peopleEuropeRussiaUkraine,
    ...peopleChanges2026,
    ...peoplePermanentRepresentatives,
    ...peopleWorldRound18,
  ],
  offices: [
    ...officesCore,
    ...officesNato,
    ...officesHeadsOfGovernment,
    ...officesHeadsOfState,
    ...officesMinisters,
    ...officesMinistersMembers,
    ...officesOfficialsUsEuUaRu,
    ...officesUsCabinet,
    ...officesEuropeRussiaUkraine,
    ...officesPermanentRepresentatives,
    ...officesWorldRound18,
    ...officesOfficialsRound19,
  ],
  jurisdictions,
  places,
  events,
  euMeetings,
  eventSeries,
  organisations,
  sanctions,
  sanctionLaw,
  figures,
  history: { ...history, euSteps: euEnlargement },
};
