import { describe, expect, it } from 'vitest';
import { loadStory } from '../../build/loader';
import type { SectionOf, Story } from '../../model/schema';
import { IDENTITY, MAX_ZOOM, innerFrame, wordsFrame } from './camera';
import { curvePoint } from './curves';
import { focusOf, labelText, neighbourhood, noteLineCount, numberNotes } from './focus';
import { compactPicture, focusState, notesReserve } from './focusState';
import { FRAMES, LAYOUT_KINDS } from './geometry';
import { graphModel, linkCurve, type GraphLink, type GraphModel } from './graphModel';
import { layoutNetworks } from './layout';
import { callParticipants, stepHighlight, storyLayoutOptions, storyNetwork } from './storyNetwork';
import { flagshipShape } from '../../../../tests/helpers/network/networks';
import { overlapping, shownBoxes } from '../../../../tests/helpers/network/shown';
import type { NetworkHighlight, NetworkView } from './types';

interface Case {
	name: string;
	model: GraphModel;
	keep: string[];
	steps: { id: string; highlight: NetworkHighlight; view: NetworkView }[];
}

/** A story's network laid out as the build lays it out, and its steps. */
function storyCase(name: string, story: Story): Case {
	const { nodes, links } = storyNetwork(story.entities, story.links);
	const keep = callParticipants(story);
	const layouts = layoutNetworks(nodes, links, storyLayoutOptions(story));
	const section = story.sections.find((s): s is SectionOf<'network'> => s.visual === 'network')!;
	return {
		name,
		model: graphModel(nodes, links, layouts),
		keep,
		steps: section.steps.map((step, i) => ({ id: step.id, ...stepHighlight(section, i) }))
	};
}

const flagship = loadStory('stories/american-plan');
const fixture = loadStory('tests/fixtures/stories/harbour-vote');
const shape = (() => {
	const { nodes, links, keep } = flagshipShape;
	const model = graphModel(nodes, links, layoutNetworks(nodes, links, { center: keep }));
	// Every link brought forward on its own, the camera moving in on it.
	const steps = links.map((l) => ({
		id: l.id!,
		highlight: { links: [l.id!] } as NetworkHighlight,
		view: 'focus' as const
	}));
	return { name: 'a network of the flagship’s shape', model, keep, steps };
})();
const cases = [storyCase('the flagship', flagship), storyCase('the fixture', fixture), shape];

/** How far a point is from a link's line, px (sampled finely along the curve). */
function distanceToLine(
	model: GraphModel,
	link: GraphLink,
	kind: (typeof LAYOUT_KINDS)[number],
	p: { x: number; y: number }
) {
	const curve = linkCurve(model, link, kind);
	let best = Infinity;
	for (let t = 0; t <= 1; t += 0.005) {
		const q = curvePoint(curve, t);
		best = Math.min(best, Math.hypot(q.x - p.x, q.y - p.y));
	}
	return best;
}

describe.each(cases)('the picture of $name, step by step', ({ model, keep, steps }) => {
	const states = steps.map((step) => ({
		step,
		state: focusState(model, step.highlight, { view: step.view, keep })
	}));

	it.each(LAYOUT_KINDS)('shows nothing overlapping in the %s layout', (kind) => {
		const clashes = states.flatMap(({ step, state }) =>
			overlapping(shownBoxes(model, state, kind)).map((pair) => `${step.id}: ${pair}`)
		);
		expect(clashes).toEqual([]);
	});

	it.each(LAYOUT_KINDS)('keeps everything it shows inside the %s frame', (kind) => {
		for (const { step, state } of states) {
			for (const { id, box } of shownBoxes(model, state, kind)) {
				// Nodes stay out of the band where lines fade; words on lines may go into it. Both
				// stay above the notes written over the picture.
				const reserve = state.notesOver ? notesReserve(state.notes, kind) : 0;
				const frame = id.startsWith('node') ? innerFrame(kind, reserve) : wordsFrame(kind, reserve);
				const where = `${step.id}: ${id}`;
				expect(box.left, where).toBeGreaterThanOrEqual(frame.left - 0.5);
				expect(box.right, where).toBeLessThanOrEqual(frame.right + 0.5);
				expect(box.top, where).toBeGreaterThanOrEqual(frame.top - 0.5);
				expect(box.bottom, where).toBeLessThanOrEqual(frame.bottom + 0.5);
			}
		}
	});

	it.each(LAYOUT_KINDS)('writes each highlighted link’s words on its own line (%s)', (kind) => {
		const { width, height } = FRAMES[kind];
		for (const { step, state } of states) {
			for (const [id, label] of state.labels) {
				const link = model.links.find((l) => l.id === id)!;
				const at = { x: (label.at[kind].x / 100) * width, y: (label.at[kind].y / 100) * height };
				expect(distanceToLine(model, link, kind, at), `${step.id}: ${id}`).toBeLessThan(0.6);
			}
		}
	});

	it('names the men on the calls and every highlighted node in every picture', () => {
		for (const { step, state } of states) {
			for (const kind of LAYOUT_KINDS) {
				for (const id of [...keep, ...state.lit])
					expect(state.hidden[kind].has(id), `${step.id} ${kind}: ${id}`).toBe(false);
			}
		}
	});

	it('brings forward the named nodes and both ends of the named links, and frames them', () => {
		for (const { step, state } of states) {
			const named = new Set(step.highlight.links ?? []);
			const ends = model.links.filter((l) => named.has(l.id)).flatMap((l) => [l.source, l.target]);
			if (state.all) continue;
			expect([...state.lit].sort()).toEqual(
				[...new Set([...(step.highlight.nodes ?? []), ...ends])].sort()
			);
			for (const kind of LAYOUT_KINDS) {
				const camera = state.cameras[kind];
				if (step.view === 'whole') expect(camera).toEqual(IDENTITY);
				expect(camera.s).toBeGreaterThanOrEqual(1);
				expect(camera.s).toBeLessThanOrEqual(MAX_ZOOM[kind]);
			}
		}
	});

	it('depends on the step alone: coming back gives the same picture', () => {
		const again = steps.map((step) => focusState(model, step.highlight, { view: step.view, keep }));
		expect(again).toEqual(states.map((s) => s.state));
	});

	it('travels as a compact picture that the page unpacks into the same state', () => {
		for (const { step, state } of states) {
			// Through JSON, as the page gets it.
			const picture = JSON.parse(JSON.stringify(compactPicture(state)));
			expect(focusOf(model, step.highlight, picture, step.view), step.id).toEqual(state);
		}
	});

	it('gives the explorer one picture for whatever node the reader picks', () => {
		const explore = compactPicture(focusState(model, null, { keep, linkLabels: false }));
		for (const node of model.nodes) {
			const highlight = neighbourhood(model.links, node.id);
			const state = focusState(model, highlight, { keep, linkLabels: false });
			expect(focusOf(model, highlight, explore), node.id).toEqual(state);
		}
	});
});

describe('the staged flagship network', () => {
	const section = flagship.sections.find((s): s is SectionOf<'network'> => s.visual === 'network')!;

	it('opens and ends on the whole network, every node named', () => {
		const model = cases[0]!.model;
		for (const i of [0, section.steps.length - 1]) {
			const { highlight, view } = stepHighlight(section, i);
			expect(view).toBe('whole');
			const state = focusState(model, highlight, { view });
			for (const kind of LAYOUT_KINDS) expect(state.hidden[kind].size).toBe(0);
		}
	});
});

describe('the whole network', () => {
	const { model } = shape;

	it('draws everything at full strength, no words on lines, no camera move', () => {
		const state = focusState(model, null, { view: 'focus' });
		expect(state.all).toBe(true);
		expect(state.lit.size).toBe(model.nodes.length);
		expect(state.labels.size).toBe(0);
		expect(state.cameras).toEqual({ narrow: IDENTITY, landscape: IDENTITY, wide: IDENTITY });
	});

	it('leaves lines without words when asked (the explorer)', () => {
		const state = focusState(model, neighbourhood(flagshipShape.links, 'dmitriev'), {
			linkLabels: false
		});
		expect(state.labels.size).toBe(0);
		expect(state.notes).toEqual([]);
		expect(state.lit.has('popova')).toBe(true);
	});
});

describe('notes under the picture', () => {
	const link = (id: string, note?: string) =>
		({
			id,
			source: 'a',
			target: 'b',
			label: 'met',
			type: '',
			line: 'solid',
			note,
			offset: 0
		}) as GraphLink;

	it('numbers one note per distinct text, in order, and marks each line with its number', () => {
		const links = [
			link('a', 'Claimed by X.'),
			link('b'),
			link('c', 'Disputed.'),
			link('d', 'Claimed by X.')
		];
		const notes = numberNotes(links);
		expect(notes).toEqual([
			{ n: 1, text: 'Claimed by X.', links: ['a', 'd'] },
			{ n: 2, text: 'Disputed.', links: ['c'] }
		]);
		expect(links.map((l) => labelText(l, notes))).toEqual(['met¹', 'met', 'met²', 'met¹']);
	});

	it('counts the lines of notes a highlight writes on a phone', () => {
		const links = [
			{ id: 'a', source: 'x', target: 'y', label: 'met', note: 'N.' },
			{ id: 'b', source: 'x', target: 'y', label: 'met', note: 'N.' },
			{ id: 'c', source: 'x', target: 'y', note: 'Without words, no mark.' }
		];
		expect(noteLineCount(links, { links: ['a', 'b', 'c'] })).toBe(1);
		const long = [{ ...links[0]!, note: 'x'.repeat(120) }];
		expect(noteLineCount(long, { links: ['a'] })).toBe(3);
		expect(noteLineCount(links, {})).toBe(0);
	});
});
