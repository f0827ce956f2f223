/**
 * What a visual's folder declares for the build (Node only; buildCatalog.ts lists them): the
 * schema of its sections in sections.yaml and the checks of the ids they refer to; and the
 * shape of what it may compute once at build time. The build floor calls these; no page imports
 * them.
 */
import type { z } from 'zod';
import type { DataPath } from '../model/problems';
import type { SectionOf, Story, StoryLayouts, VisualKind } from '../model/schema';

/** The story's collections a section's steps may name, and how a problem names each. */
export const REFERABLE = {
	entities: 'an entity id in entities.yaml',
	links: 'a link id in links.yaml',
	events: 'an event id in events.yaml',
	calls: 'a call id in calls.yaml',
	stages: 'a stage id in stages.yaml',
	flows: 'a flow id in stages.yaml'
} as const;
export type Referable = keyof typeof REFERABLE;

/** What the reference checks (build/references.ts) hand a visual's checks for one section.
 * Paths are the section's own (`['steps', 0, 'events', 1]`); problems name sections.yaml. */
export interface SectionChecks {
	/** The story's data, every collection parsed (some items may have failed the schema). */
	data: Pick<Story, Referable>;
	/** Reports a problem at `path` in this section. */
	report(path: DataPath, message: string): void;
	/** Reports `id` unless the collection defines it (with a suggestion, if one is close). */
	refer(path: DataPath, id: string, collection: Referable): void;
	/** Reports `id` unless `ids` has it; `what` completes "… is not <what>". */
	mustExist(path: DataPath, id: string, ids: ReadonlySet<string>, what: string): void;
	/** Checks a line of a call and the phrase quoted from it (`path` is where `line` and `phrase`
	 * sit). */
	checkLine(path: DataPath, call: string, line: string, phrase?: string): void;
}

/** What a visual computes once at build time for a story that shows it: its entry of the
 * story's layouts. A folder that has one exports it as `prepareStory` from its
 * `prepareStory.ts`, which the site's build runs (src/site/stories.server.ts). `warn` tells the
 * build of a flaw that does not stop it, naming the story's file (`data/stages.yaml`). */
export type StoryPreparation = (
	story: Story,
	warn: (file: string, message: string) => void
) => Partial<StoryLayouts>;

export interface VisualBuild<V extends VisualKind = VisualKind> {
	/** Its section in sections.yaml (built with the model's `sectionSchema`). */
	schema: z.ZodType<SectionOf<V>, unknown> & z.core.$ZodTypeDiscriminable;
	/** The checks of what a section's steps refer to, beyond the schema's. */
	checks(section: SectionOf<V>, check: SectionChecks): void;
}
