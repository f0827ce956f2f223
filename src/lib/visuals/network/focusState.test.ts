import { describe, expect, it } from 'vitest';
import { loadStory } from '../../story/loader';
import type { Link, SectionOf } from '../../story/schema';
import {
	MAX_ZOOM,
	aimCamera,
	claimNotes,
	edgeLabel,
	edgeLabelWidth,
	focusState,
	lineStyle,
	nodeFocus,
	notesHeight,
	stepFocus,
	type Camera,
	type FocusState
} from './focusState';
import { FRAMES, TYPOGRAPHY, labelHeight, nodeBox, type LayoutKind } from './geometry';
import { graphModel, type GraphModel } from './graphModel';
import { layoutNetworks } from './layout';

const flagship = loadStory('stories/american-plan');
const fixture = loadStory('tests/fixtures/stories/harbour-vote');
const networkOf = (story: typeof flagship) =>
	story.sections.find((s): s is SectionOf<'network'> => s.visual === 'network')!;
const modelOf = (story: typeof flagship) =>
	graphModel(story.entities, story.links, layoutNetworks(story.entities, story.links));

const section = networkOf(flagship);
const model = modelOf(flagship);
const KINDS: LayoutKind[] = ['wide', 'narrow'];

const link = (over: Partial<Link>): Link =>
	({
		id: 'l',
		from: 'a',
		to: 'b',
		type: 'met',
		status: 'documented',
		sources: ['s'],
		...over
	}) as Link;

describe('stepFocus', () => {
	it('lights what the step names, and nothing else', () => {
		const focus = stepFocus(section, 0)!;
		expect(focus.nodes).toEqual(section.steps[0]!.nodes);
		expect(focus.links).toEqual(section.steps[0]!.links);
	});

	it('clamps the step index', () => {
		expect(stepFocus(section, -3)).toEqual(stepFocus(section, 0));
		expect(stepFocus(section, 99)).toEqual(stepFocus(section, section.steps.length - 1));
	});

	it('shows the whole network for a step that names nothing', () => {
		const empty = { ...section, steps: [{ id: 'x', caption: 'c', nodes: [], links: [] }] };
		expect(stepFocus(empty, 0)).toBeNull();
	});
});

describe('focusState', () => {
	const at = (i: number) => focusState(model, stepFocus(section, i), { zoom: true });

	it('lights the nodes of each step and the ends of its links', () => {
		section.steps.forEach((step, i) => {
			const state = at(i);
			const ends = flagship.links
				.filter((l) => step.links.includes(l.id))
				.flatMap((l) => [l.from, l.to]);
			expect([...state.nodes].sort()).toEqual([...new Set([...step.nodes, ...ends])].sort());
			expect([...state.links].sort()).toEqual([...step.links].sort());
		});
	});

	it('depends on the step alone: scrolling back gives the earlier state again', () => {
		const forward = section.steps.map((_, i) => at(i));
		const backward = section.steps.map((_, i) => at(i)).reverse();
		expect(backward.reverse()).toEqual(forward);
		expect(at(1)).toEqual(forward[1]);
	});

	it('labels lit lines only, and names every claimant of a lit claim', () => {
		const claims = section.steps.findIndex((s) => s.id === 'nw-claims');
		const state = at(claims);
		for (const view of state.edges.values()) {
			expect(view.label === '').toBe(!view.lit);
		}
		const claimants = new Set(
			flagship.links.filter((l) => state.links.has(l.id) && l.claimant).map((l) => l.claimant)
		);
		expect(state.notes.map((n) => n.text)).toEqual([...claimants].map((c) => `Claimed by ${c}.`));
		const svr = state.edges.get(
			model.edges.find((e) => e.links.some((l) => l.id === 'dmitriev-svr'))!.id
		)!;
		expect(svr.line).toBe('dashed');
		expect(svr.label).toMatch(/^tie[¹²³]$/);
	});

	it('draws the whole network with every node lit, unlabelled lines and no camera move', () => {
		const state = focusState(model, null, { zoom: true });
		expect(state.all).toBe(true);
		expect(state.nodes.size).toBe(flagship.entities.length);
		expect([...state.edges.values()].every((e) => e.lit && e.label === '')).toBe(true);
		expect(state.cameras).toEqual({
			wide: { s: 1, x: 0, y: 0 },
			narrow: { s: 1, x: 0, y: 0 }
		});
	});

	it('leaves lines unlabelled when asked (the explorer)', () => {
		const state = focusState(model, nodeFocus(flagship.links, 'dmitriev'), {
			linkLabels: false
		});
		expect([...state.edges.values()].every((e) => e.label === '')).toBe(true);
		expect(state.notes).toEqual([]);
	});
});

/** Screen boxes (design frame, px) of what a state shows in one layout. */
function shownBoxes(state: FocusState, kind: LayoutKind, m: GraphModel) {
	const { width, height } = FRAMES[kind];
	const cam: Camera = state.cameras[kind];
	const toPx = (p: { x: number; y: number }) => ({
		x: ((cam.s * p.x + cam.x) / 100) * width,
		y: ((cam.s * p.y + cam.y) / 100) * height
	});
	const boxes: { id: string; left: number; right: number; top: number; bottom: number }[] = [];
	for (const id of state.nodes) {
		const p = m.node.get(id)![kind];
		const c = toPx(p);
		const b = nodeBox(kind, p.w, p.side);
		boxes.push({
			id,
			left: c.x + b.left,
			right: c.x + b.right,
			top: c.y + b.top,
			bottom: c.y + b.bottom
		});
	}
	const h = labelHeight(TYPOGRAPHY[kind].linkFont);
	for (const [id, view] of state.edges) {
		if (!view.label || !view.at) continue;
		const c = toPx(view.at[kind]);
		const w = edgeLabelWidth(view.label, TYPOGRAPHY[kind].linkFont);
		boxes.push({
			id: `edge ${id}`,
			left: c.x - w / 2,
			right: c.x + w / 2,
			top: c.y - h / 2,
			bottom: c.y + h / 2
		});
	}
	return boxes;
}

describe.each([
	['the flagship', flagship],
	['the fixture', fixture]
])('the camera and the labels of %s, step by step', (_name, story) => {
	const m = modelOf(story);
	const net = networkOf(story);

	it.each(KINDS)('keep every lit label inside the %s frame, above the notes', (kind) => {
		net.steps.forEach((_, i) => {
			const state = focusState(m, stepFocus(net, i), { zoom: true });
			const cam = state.cameras[kind];
			expect(cam.s).toBeGreaterThanOrEqual(1);
			expect(cam.s).toBeLessThanOrEqual(MAX_ZOOM);
			const { width, height } = FRAMES[kind];
			const bottom = height - notesHeight(state.notes, width);
			for (const box of shownBoxes(state, kind, m)) {
				expect(box.left, box.id).toBeGreaterThanOrEqual(0);
				expect(box.right, box.id).toBeLessThanOrEqual(width);
				expect(box.top, box.id).toBeGreaterThanOrEqual(0);
				expect(box.bottom, box.id).toBeLessThanOrEqual(bottom + 0.5);
			}
		});
	});

	it.each(KINDS)('keep the lit labels apart from each other in the %s layout', (kind) => {
		net.steps.forEach((step, i) => {
			const boxes = shownBoxes(focusState(m, stepFocus(net, i), { zoom: true }), kind, m);
			const clashes: string[] = [];
			for (let a = 0; a < boxes.length; a++)
				for (let b = a + 1; b < boxes.length; b++) {
					const p = boxes[a]!;
					const q = boxes[b]!;
					if (
						p.left < q.right - 0.5 &&
						q.left < p.right - 0.5 &&
						p.top < q.bottom - 0.5 &&
						q.top < p.bottom - 0.5
					)
						clashes.push(`${step.id}: ${p.id} / ${q.id}`);
				}
			expect(clashes).toEqual([]);
		});
	});
});

describe('aimCamera', () => {
	it('does not move for nothing lit', () => {
		expect(aimCamera(model, new Set(), 'wide')).toEqual({ s: 1, x: 0, y: 0 });
	});

	it('zooms in on two nodes as far as it may', () => {
		expect(aimCamera(model, new Set(['witkoff', 'ushakov']), 'wide').s).toBe(MAX_ZOOM);
	});
});

describe('nodeFocus', () => {
	it('lights a node, its links and its neighbours', () => {
		const focus = nodeFocus(flagship.links, 'popova');
		expect([...focus.nodes].sort()).toEqual(
			['popova', 'dmitriev', 'us-treasury', 'innopraktika', 'tikhonova'].sort()
		);
		expect(focus.links.length).toBe(
			flagship.links.filter((l) => l.from === 'popova' || l.to === 'popova').length
		);
	});
});

describe('claim notes and line labels', () => {
	it('numbers one note per claimant, in order of first appearance', () => {
		const notes = claimNotes([
			link({ id: 'a', status: 'claimed', claimant: 'The Insider' }),
			link({ id: 'b', status: 'documented' }),
			link({ id: 'c', status: 'claimed', claimant: 'A blog' }),
			link({ id: 'd', status: 'claimed', claimant: 'The Insider' })
		]);
		expect(notes).toEqual([
			{ n: 1, kind: 'claimed', text: 'Claimed by The Insider.', links: ['a', 'd'] },
			{ n: 2, kind: 'claimed', text: 'Claimed by A blog.', links: ['c'] }
		]);
	});

	it('gives the denial of a disputed link, quoted only when it is a quote', () => {
		const [said] = claimNotes([
			link({
				id: 'a',
				status: 'disputed',
				denial: { by: 'Ben Okafor', text: 'never took money', quote: false, sources: ['s'] }
			})
		]);
		expect(said!.text).toBe('Disputed: Ben Okafor: never took money');
		const [quoted] = claimNotes([
			link({
				id: 'a',
				status: 'disputed',
				denial: { by: 'Ben Okafor', text: 'It is false.', quote: true, sources: ['s'] }
			})
		]);
		expect(quoted!.text).toBe('Disputed: Ben Okafor: “It is false.”');
	});

	it('draws a line solid when any of its links stands up', () => {
		expect(
			lineStyle([link({ status: 'claimed', claimant: 'x' }), link({ status: 'reported' })])
		).toBe('solid');
		expect(lineStyle([link({ status: 'claimed', claimant: 'x' })])).toBe('dashed');
		expect(lineStyle([link({ status: 'disputed' }), link({ status: 'claimed' })])).toBe('disputed');
	});

	it('says what a line is, with the day of a call and the number of its claim note', () => {
		expect(edgeLabel([link({ type: 'call', date: '2025-10-14' })])).toBe('call, Oct. 14');
		expect(edgeLabel([link({ type: 'met', date: '2025-10' })])).toBe('met');
		const claimed = link({ id: 'x', type: 'reported-tie', status: 'claimed', claimant: 'Y' });
		expect(edgeLabel([claimed], claimNotes([claimed]))).toBe('tie¹');
		expect(edgeLabel([link({ type: 'works-for' }), link({ type: 'friend-of' })])).toBe(
			'works for · friends'
		);
	});
});
