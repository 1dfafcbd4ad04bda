/**
 * The building blocks every MDX page can use without importing them.
 * To add one: write the component in this folder and list it here; document it in the README.
 */
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Cite from './Cite.astro';
import GlossaryList from './GlossaryList.astro';
import GlossaryTerm from './GlossaryTerm.astro';
import KeyFacts from './KeyFacts.astro';
import SourceList from './SourceList.astro';
import Table from './Table.astro';
import Timeline from './Timeline.astro';
import TimelineEntry from './TimelineEntry.astro';
import TopicCards from './TopicCards.astro';

export const mdxComponents = { Callout, Checklist, Cite, GlossaryList, GlossaryTerm, KeyFacts, SourceList, Table, Timeline, TimelineEntry, TopicCards };
