/**
 * From a story's data to the plain data `<Network>` draws: entities become nodes, links become
 * lines with a few words each, statuses become line styles and numbered notes, a step becomes
 * a highlight and a view. Pure; the section, the explorer and the build all go through it.
 */
import { en, type Messages } from '../../i18n/en';
import { linkTypeShort } from '../../model/linkTypes';
import type { Entity, Link, Section, SectionOf, Story } from '../../model/schema';
import { formatDayRange } from '../../ui/dates';
import type {
	NetworkHighlight,
	NetworkLegendItem,
	NetworkLink,
	NetworkNode,
	NetworkView
} from './types';

/** What the flagship's sides are called; any other group reads as its words. */
export const GROUP_LABELS: Readonly<Record<string, string>> = {
	us: 'U.S.',
	russia: 'Russia',
	ukraine: 'Ukraine',
	press: 'Press',
	other: 'Other'
};

/** The name of a group: "U.S.", "City council" (from "city-council"). */
export function groupLabel(group: string): string {
	const words = group.replace(/-/g, ' ');
	return GROUP_LABELS[group] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

export const KIND_LABELS: Record<Entity['kind'], string> = en.network.kinds;

/** A group's name in the reader's language: the catalogue's, else the story's own words. */
export function groupName(group: string, t: Messages = en): string {
	return t.network.groups[group] ?? groupLabel(group);
}

/** What an entity is, after its name: "person, Russia". */
export function entityKind(entity: Pick<Entity, 'kind' | 'group'>, t: Messages = en): string {
	return `${t.network.kinds[entity.kind]}, ${groupName(entity.group, t)}`;
}

/**
 * The words on a link's line: its type in a word or two, with the day of a call or a meeting
 * ("call, Oct. 14"). A story's `label` is a phrase for a sentence ("special envoy since
 * February 2025 of"), written in full in the table and the explorer, too long for a line.
 */
export function drawnLabel(link: Pick<Link, 'type' | 'date'>, t: Messages = en): string {
	const short = t.network.linkShort[link.type] ?? linkTypeShort(link.type);
	const dated = (link.type === 'call' || link.type === 'met') && link.date?.length === 10;
	return dated ? `${short}, ${formatDayRange(link.date!, undefined, { locale: t.lang })}` : short;
}

/** What the picture says under a claimed or disputed link; nothing for one that stands up. */
export function claimNote(
	link: Pick<Link, 'status' | 'claimant' | 'denial'>,
	t: Messages = en
): string | undefined {
	const claimed = link.claimant && `${t.status.claimed} ${t.provenance.by} ${link.claimant}.`;
	if (link.status === 'claimed') return claimed || `${t.status.claimed}.`;
	if (link.status !== 'disputed') return undefined;
	const { denial } = link;
	const said = denial ? (denial.quote ? `“${denial.text}”` : denial.text) : '';
	const text = denial ? `${t.status.disputed}: ${denial.by}: ${said}` : `${t.status.disputed}.`;
	return claimed ? `${claimed} ${text}` : text;
}

const LINE: Record<Link['status'], NonNullable<NetworkLink['line']>> = {
	documented: 'solid',
	reported: 'solid',
	claimed: 'dashed',
	disputed: 'dotted'
};

const MARKER: Record<Entity['status'], NonNullable<NetworkNode['marker']>> = {
	documented: 'filled',
	reported: 'filled',
	claimed: 'dashed',
	disputed: 'double'
};

/** A story's entities and links as plain nodes and links. */
export function storyNetwork(
	entities: readonly Entity[],
	links: readonly Link[],
	/** The words of the page's language (English by default). */
	t: Messages = en
): { nodes: NetworkNode[]; links: NetworkLink[] } {
	return {
		nodes: entities.map((e) => ({
			id: e.id,
			label: e.short ?? e.name,
			name: e.name,
			group: e.group,
			shape: e.kind === 'organisation' ? 'square' : 'circle',
			marker: MARKER[e.status]
		})),
		links: links.map((l) => ({
			id: l.id,
			source: l.from,
			target: l.to,
			label: drawnLabel(l, t),
			type: l.type,
			line: LINE[l.status],
			note: claimNote(l, t)
		}))
	};
}

/** The people on the story's calls: named in every picture of the network. */
export function callParticipants(story: Pick<Story, 'calls' | 'entities'>): string[] {
	const ids = new Set(story.entities.map((e) => e.id));
	return [...new Set(story.calls.flatMap((c) => c.participants))].filter((id) => ids.has(id));
}

/** What a scrolly step brings forward, and how it frames it. */
export function stepHighlight(
	section: SectionOf<'network'>,
	index: number
): { highlight: NetworkHighlight; view: NetworkView } {
	const step = section.steps[Math.max(0, Math.min(index, section.steps.length - 1))];
	if (!step) return { highlight: {}, view: 'whole' };
	const empty = step.nodes.length === 0 && step.links.length === 0;
	return {
		highlight: { nodes: step.nodes, links: step.links },
		view: empty ? 'whole' : step.view
	};
}

/**
 * The links that steps highlight while showing the whole network: the layout makes room for
 * their words on the unzoomed picture.
 */
export function wholeViewLinks(sections: readonly Section[]): string[] {
	const steps = sections.flatMap((s) => (s.visual === 'network' ? s.steps : []));
	return [...new Set(steps.filter((s) => s.view === 'whole').flatMap((s) => s.links))];
}

/** How the build lays out a story's network: room for the words of the whole-view lines and
 * of the lines each step highlights together, the men on the calls in the middle. The site,
 * the gallery and the tests all lay it out so. */
export function storyLayoutOptions(story: Pick<Story, 'sections' | 'calls' | 'entities'>): {
	whole: string[];
	together: string[][];
	center: string[];
} {
	const steps = story.sections.flatMap((s) => (s.visual === 'network' ? s.steps : []));
	return {
		whole: wholeViewLinks(story.sections),
		together: steps.filter((s) => s.links.length > 1).map((s) => [...s.links]),
		center: callParticipants(story)
	};
}

/** The key to a story's network: shapes, sides (when more than one) and the line styles used. */
export function storyLegend(
	entities: readonly Entity[],
	links: readonly Link[],
	t: Messages = en
): NetworkLegendItem[] {
	const items: NetworkLegendItem[] = [];
	const kinds = new Set(entities.map((e) => e.kind));
	if (kinds.has('person'))
		items.push({ kind: 'shape', shape: 'circle', label: t.network.legend.person });
	if (kinds.has('organisation'))
		items.push({ kind: 'shape', shape: 'square', label: t.network.legend.organization });
	const groups = [...new Set(entities.map((e) => e.group))];
	if (groups.length > 1)
		for (const group of groups) items.push({ kind: 'group', group, label: groupName(group, t) });
	const has = (status: Link['status']) =>
		links.some((l) => l.status === status) || entities.some((e) => e.status === status);
	items.push({ kind: 'line', line: 'solid', label: t.network.legend.established });
	if (has('claimed')) items.push({ kind: 'line', line: 'dashed', label: t.status.claimed });
	if (has('disputed')) items.push({ kind: 'line', line: 'dotted', label: t.status.disputed });
	if (entities.some((e) => e.status === 'claimed'))
		items.push({
			kind: 'shape',
			shape: 'circle',
			marker: 'dashed',
			label: t.network.legend.onlyInClaims
		});
	return items;
}
