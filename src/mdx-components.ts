/**
 * The building blocks every MDX page can use without importing them.
 * To add one: write the component in its feature folder (src/features/<feature>/) and list it
 * here; document it in the README.
 */
import AsOf from './features/review/AsOf.astro';
import Callout from './features/boxes/Callout.astro';
import Checklist from './features/boxes/Checklist.astro';
import Cite from './features/citations/Cite.astro';
import CorrectionsList from './features/review/CorrectionsList.astro';
import EvidenceTable from './features/evidence/EvidenceTable.astro';
import FeedLink from './features/review/FeedLink.astro';
import GlossaryList from './features/glossary/GlossaryList.astro';
import GlossaryTerm from './features/glossary/GlossaryTerm.astro';
import KeyFacts from './features/boxes/KeyFacts.astro';
import MoreDetail from './features/boxes/MoreDetail.astro';
import NotesSpace from './features/boxes/NotesSpace.astro';
import SourceList from './features/citations/SourceList.astro';
import StudyFact from './features/evidence/StudyFact.astro';
import Table from './features/tables/Table.astro';
import Timeline from './features/boxes/Timeline.astro';
import TimelineEntry from './features/boxes/TimelineEntry.astro';
import TrialsTable from './features/trials/TrialsTable.astro';
import UpdatesList from './features/review/UpdatesList.astro';
import TopicCards from './features/boxes/TopicCards.astro';
import TopTasks from './features/boxes/TopTasks.astro';
import Urgency from './features/boxes/Urgency.astro';

export const mdxComponents = {
  AsOf,
  Callout,
  Checklist,
  Cite,
  CorrectionsList,
  EvidenceTable,
  FeedLink,
  GlossaryList,
  GlossaryTerm,
  KeyFacts,
  MoreDetail,
  NotesSpace,
  SourceList,
  StudyFact,
  Table,
  Timeline,
  TimelineEntry,
  TopicCards,
  TopTasks,
  TrialsTable,
  UpdatesList,
  Urgency,
};
