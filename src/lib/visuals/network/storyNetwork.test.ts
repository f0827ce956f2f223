import { describe, expect, it } from 'vitest';
import { loadStory } from '../../build/loader';
import type { Link, SectionOf } from '../../model/schema';
import {
	callParticipants,
	claimNote,
	drawnLabel,
	groupLabel,
	stepHighlight,
	storyLegend,
	storyNetwork,
	storyLayoutOptions,
	wholeViewLinks
} from './storyNetwork';

const flagship = loadStory('stories/american-plan');
const section = flagship.sections.find((s): s is SectionOf<'network'> => s.visual === 'network')!;

describe('the words on a story’s lines', () => {
	it.each([
		[{ type: 'call', date: '2025-10-14' }, /^call, Oct\.? 14$/],
		[{ type: 'met', date: '2025-10' }, /^met$/],
		[{ type: 'works-for', label: 'special envoy since February 2025 of' }, /^works for$/],
		[{ type: 'sanctioned-by', date: '2022-02-28' }, /^sanctioned$/],
		[{ type: 'funds-campaign' }, /^funds campaign$/]
	] as [Pick<Link, 'type' | 'date' | 'label'>, RegExp][])('%j reads %s', (link, words) => {
		expect(drawnLabel(link)).toMatch(words);
	});
});

describe('claimNote', () => {
	it.each([
		[{ status: 'documented' }, undefined],
		[{ status: 'claimed', claimant: 'The Insider' }, 'Claimed by The Insider.'],
		[{ status: 'claimed' }, 'Claimed.'],
		[
			{ status: 'disputed', denial: { by: 'Ben Okafor', text: 'never took money', quote: false } },
			'Disputed: Ben Okafor: never took money'
		],
		[
			{ status: 'disputed', denial: { by: 'Ben Okafor', text: 'It is false.', quote: true } },
			'Disputed: Ben Okafor: “It is false.”'
		]
	] as [Pick<Link, 'status' | 'claimant' | 'denial'>, string | undefined][])('%j', (link, note) => {
		expect(claimNote(link)).toBe(note);
	});
});

describe('storyNetwork', () => {
	const { nodes, links } = storyNetwork(flagship.entities, flagship.links);

	it('makes a node of every entity and a line of every link, by status', () => {
		expect(nodes.map((n) => n.id)).toEqual(flagship.entities.map((e) => e.id));
		expect(links.map((l) => l.id)).toEqual(flagship.links.map((l) => l.id));
		const kremlin = nodes.find((n) => n.id === 'kremlin')!;
		expect(kremlin).toMatchObject({ shape: 'square', label: 'Kremlin', group: 'russia' });
		for (const link of flagship.links) {
			const line = links.find((l) => l.id === link.id)!.line;
			expect(line).toBe(
				{ documented: 'solid', reported: 'solid', claimed: 'dashed', disputed: 'dotted' }[
					link.status
				]
			);
		}
	});

	it('names the men on the calls, whom every picture keeps', () => {
		expect(callParticipants(flagship).sort()).toEqual(['dmitriev', 'ushakov', 'witkoff']);
	});
});

describe('stepHighlight', () => {
	it('opens and ends the flagship on the whole network', () => {
		expect(stepHighlight(section, 0).view).toBe('whole');
		expect(stepHighlight(section, section.steps.length - 1).view).toBe('whole');
	});

	it('brings forward what a step names, and clamps the index', () => {
		const step = section.steps[1]!;
		expect(stepHighlight(section, 1).highlight).toEqual({ nodes: step.nodes, links: step.links });
		expect(stepHighlight(section, -3)).toEqual(stepHighlight(section, 0));
		expect(stepHighlight(section, 99)).toEqual(stepHighlight(section, section.steps.length - 1));
	});

	it('shows the whole network for a step that names nothing, whatever its view', () => {
		const empty = {
			...section,
			steps: [{ id: 'x', caption: 'c', nodes: [], links: [], view: 'focus' as const }]
		};
		expect(stepHighlight(empty, 0).view).toBe('whole');
	});

	it('lists the lines that whole-view steps highlight, for the layout to make room', () => {
		const whole = { ...section.steps[0]!, links: ['call-oct-14'], view: 'whole' as const };
		expect(wholeViewLinks([{ ...section, steps: [whole, section.steps[1]!] }])).toEqual([
			'call-oct-14'
		]);
	});

	it('lists the lines each step highlights together, for the layout to turn apart', () => {
		const { together } = storyLayoutOptions(flagship);
		expect(together).toContainEqual([
			'dmitriev-popova',
			'popova-innopraktika',
			'tikhonova-innopraktika',
			'tikhonova-putin',
			'popova-tikhonova'
		]);
		// A step with one line, or none, has no two lines to keep apart.
		expect(together.every((links) => links.length > 1)).toBe(true);
	});
});

describe('storyLegend', () => {
	it('keys what the data uses: shapes, each side, the line styles', () => {
		const labels = storyLegend(flagship.entities, flagship.links).map((i) => i.label);
		expect(labels).toEqual(
			expect.arrayContaining(['Person', 'Organization', 'U.S.', 'Russia', 'Ukraine'])
		);
		expect(labels).toContain('Documented or reported');
		expect(labels.includes('Disputed')).toBe(flagship.links.some((l) => l.status === 'disputed'));
	});

	it.each([
		['us', 'U.S.'],
		['city-council', 'City council']
	])('names the group %s “%s”', (group, label) => {
		expect(groupLabel(group)).toBe(label);
	});
});
