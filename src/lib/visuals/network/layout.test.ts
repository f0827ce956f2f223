import { describe, expect, it } from 'vitest';
import { loadStory } from '../../build/loader';
import type { Story } from '../../model/schema';
import { IDENTITY, innerFrame, screenBox } from './camera';
import { FRAMES, LAYOUT_KINDS, bounds, oriented, segmentCrossesBox, separation } from './geometry';
import { graphModel, linkCurve, nodePoint } from './graphModel';
import { groupOrder, layoutNetwork, layoutNetworks, type LayoutOptions } from './layout';
import { ALONG, linkLabelSize, readingAngle } from './linkLabels';
import { curvePoint, curveTangent } from './curves';
import { storyLayoutOptions, storyNetwork } from './storyNetwork';
import { flagshipShape, smallNetwork } from '../../../../tests/helpers/network/networks';
import type { NetworkLink, NetworkNode } from './types';

const fromStory = (path: string) => {
	const story: Story = loadStory(path);
	const { nodes, links } = storyNetwork(story.entities, story.links);
	const options = storyLayoutOptions(story);
	return { nodes, links, options };
};

const cases: [string, { nodes: NetworkNode[]; links: NetworkLink[]; options: LayoutOptions }][] = [
	['the flagship', fromStory('stories/american-plan')],
	['the fixture', fromStory('tests/fixtures/stories/harbour-vote')],
	[
		'a network of the flagship’s shape',
		{ ...flagshipShape, options: { center: flagshipShape.keep } }
	],
	['a small network', { ...smallNetwork, options: {} }]
];

describe.each(cases)('the layout of %s', (_name, { nodes, links, options }) => {
	const layouts = layoutNetworks(nodes, links, options);
	const model = graphModel(nodes, links, layouts);

	// Laying out takes a few seconds on a busy machine.
	it(
		'is the same, to the byte, every time it runs, and depends on its input alone',
		{ timeout: 60_000 },
		() => {
			const copy = structuredClone({ nodes, links, options });
			expect(JSON.stringify(layoutNetworks(copy.nodes, copy.links, copy.options))).toBe(
				JSON.stringify(layouts)
			);
		}
	);

	it.each(LAYOUT_KINDS)('places every node, label included, inside the %s frame', (kind) => {
		expect(Object.keys(layouts[kind].nodes).sort()).toEqual(nodes.map((n) => n.id).sort());
		expect(layouts[kind]).toMatchObject({ width: FRAMES[kind].width, height: FRAMES[kind].height });
		const frame = innerFrame(kind);
		for (const node of model.nodes) {
			const b = screenBox(node, kind, IDENTITY);
			expect(b.left, node.id).toBeGreaterThanOrEqual(frame.left);
			expect(b.right, node.id).toBeLessThanOrEqual(frame.right);
			expect(b.top, node.id).toBeGreaterThanOrEqual(frame.top);
			expect(b.bottom, node.id).toBeLessThanOrEqual(frame.bottom);
		}
	});

	it.each(LAYOUT_KINDS)('keeps every two nodes and their labels apart (%s)', (kind) => {
		const boxes = model.nodes.map((n) => ({
			id: n.id,
			shape: oriented(screenBox(n, kind, IDENTITY))
		}));
		const clashes = boxes.flatMap((a, i) =>
			boxes
				.slice(i + 1)
				.flatMap((b) => (separation(a.shape, b.shape) < 0 ? [`${a.id}/${b.id}`] : []))
		);
		expect(clashes).toEqual([]);
	});

	it.each(LAYOUT_KINDS)('runs no line through a marker it does not join (%s)', (kind) => {
		const { marker } = FRAMES[kind];
		const through: string[] = [];
		for (const link of model.links) {
			const curve = linkCurve(model, link, kind);
			const points = Array.from({ length: 21 }, (_, i) => curvePoint(curve, i / 20));
			for (const node of model.nodes) {
				if (node.id === link.source || node.id === link.target) continue;
				const p = nodePoint(node, kind);
				const m = marker / 2 + 1;
				const mark = { left: p.x - m, right: p.x + m, top: p.y - m, bottom: p.y + m };
				if (points.some((q, i) => i > 0 && segmentCrossesBox(points[i - 1]!, q, mark)))
					through.push(`${link.id} through ${node.id}`);
			}
		}
		expect(through).toEqual([]);
	});

	// Lines a step highlights on the whole picture must have room for their words there; the
	// others get room when the camera moves in (focusState.test.ts checks every step).
	it.each(LAYOUT_KINDS)(
		'leaves room on the whole picture for the words of its whole-view lines (%s)',
		(kind) => {
			const boxes = model.nodes.map((n) => oriented(screenBox(n, kind, IDENTITY)));
			const frame = innerFrame(kind);
			const cramped = model.links.filter((link) => {
				if (!link.label || !options.whole?.includes(link.id)) return false;
				const { w, h } = linkLabelSize(link.label, kind);
				const curve = linkCurve(model, link, kind);
				return !ALONG.some((t) =>
					[0, readingAngle(curveTangent(curve, t))].some((angle) => {
						const p = curvePoint(curve, t);
						const shape = { x: p.x, y: p.y, hw: w / 2, hh: h / 2, angle };
						const r = bounds(shape);
						const inside =
							r.left >= frame.left &&
							r.right <= frame.right &&
							r.top >= frame.top &&
							r.bottom <= frame.bottom;
						return inside && boxes.every((b) => separation(shape, b) >= -0.5);
					})
				);
			});
			expect(cramped.map((l) => l.id)).toEqual([]);
		}
	);
});

describe('the order of the groups', () => {
	it.each([
		['one group', [['a', 'x']], [], ['x']],
		[
			'two groups, as they appear',
			[
				['a', 'x'],
				['b', 'y']
			],
			[['a', 'b']],
			['x', 'y']
		],
		[
			'the go-between in the middle',
			[
				['a', 'x'],
				['b', 'y'],
				['c', 'z']
			],
			[
				['a', 'c'],
				['b', 'c']
			],
			['x', 'z', 'y']
		]
	] as const)('%s', (_name, nodes, links, expected) => {
		expect(
			groupOrder(
				nodes.map(([id, group]) => ({ id, label: id, group })),
				links.map(([source, target]) => ({ source, target }))
			)
		).toEqual(expected);
	});

	it('sets the flagship’s sides as the story runs: Russia, the U.S. between, then Ukraine', () => {
		const { nodes, links } = fromStory('stories/american-plan');
		expect(groupOrder(nodes, links)).toEqual(['russia', 'us', 'ukraine']);
	});
});

describe('small cases', () => {
	it('lays out no node, a single node, and nodes without links', () => {
		expect(layoutNetwork([], [], 'narrow').nodes).toEqual({});
		const lone = layoutNetwork([{ id: 'a', label: 'A' }], [], 'narrow');
		expect(lone.nodes.a).toMatchObject({ x: expect.any(Number), y: expect.any(Number) });
		const unlinked = layoutNetworks(smallNetwork.nodes, []);
		expect(Object.keys(unlinked.wide.nodes).length).toBe(smallNetwork.nodes.length);
	});

	it('ships plain numbers, rounded to the hundredth of a percent', () => {
		const { narrow } = layoutNetworks(smallNetwork.nodes, smallNetwork.links);
		for (const p of Object.values(narrow.nodes)) {
			expect(Math.round(p.x * 100) / 100).toBe(p.x);
			expect(Math.round(p.y * 100) / 100).toBe(p.y);
			expect(Number.isInteger(p.w)).toBe(true);
		}
	});
});
