import { describe, expect, it } from 'vitest';
import { loadStory } from '../../story/loader';
import { FRAMES, nodeBox, type LayoutKind } from './geometry';
import { layoutNetwork, layoutNetworks } from './layout';
import type { NetworkLayout } from './layoutTypes';

const flagship = loadStory('stories/american-plan');
const fixture = loadStory('tests/fixtures/stories/harbour-vote');
const KINDS: LayoutKind[] = ['wide', 'narrow'];

/** Pairs of nodes whose boxes (marker and label) overlap, in the layout's own frame. */
function overlappingPairs(layout: NetworkLayout, kind: LayoutKind): string[] {
	const boxes = Object.entries(layout.nodes).map(([id, p]) => {
		const x = (p.x / 100) * layout.width;
		const y = (p.y / 100) * layout.height;
		const b = nodeBox(kind, p.w, p.side);
		return { id, left: x + b.left, right: x + b.right, top: y + b.top, bottom: y + b.bottom };
	});
	const pairs: string[] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
				pairs.push(`${a.id}/${b.id}`);
		}
	}
	return pairs;
}

describe.each([
	['the flagship', flagship],
	['the fixture', fixture]
])('network layout of %s', (_name, story) => {
	const layouts = layoutNetworks(story.entities, story.links);

	it('is the same, to the byte, every time it runs', () => {
		const again = layoutNetworks(story.entities, story.links);
		expect(again).toEqual(layouts);
		expect(JSON.stringify(again)).toBe(JSON.stringify(layouts));
	});

	it('does not depend on anything but its input (a fresh copy of the data gives the same)', () => {
		const copy = structuredClone({ entities: story.entities, links: story.links });
		expect(JSON.stringify(layoutNetworks(copy.entities, copy.links))).toBe(JSON.stringify(layouts));
	});

	it.each(KINDS)('places every entity inside the %s frame, labels included', (kind) => {
		const layout = layouts[kind];
		expect(Object.keys(layout.nodes).sort()).toEqual(story.entities.map((e) => e.id).sort());
		expect(layout).toMatchObject(FRAMES[kind]);
		for (const p of Object.values(layout.nodes)) {
			const b = nodeBox(kind, p.w, p.side);
			const x = (p.x / 100) * layout.width;
			const y = (p.y / 100) * layout.height;
			expect(x + b.left).toBeGreaterThanOrEqual(0);
			expect(x + b.right).toBeLessThanOrEqual(layout.width);
			expect(y + b.top).toBeGreaterThanOrEqual(0);
			expect(y + b.bottom).toBeLessThanOrEqual(layout.height);
		}
	});

	it.each(KINDS)('keeps every two labels apart in the %s layout', (kind) => {
		expect(overlappingPairs(layouts[kind], kind)).toEqual([]);
	});

	it('ships plain, rounded numbers', () => {
		for (const kind of KINDS) {
			for (const p of Object.values(layouts[kind].nodes)) {
				expect(Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.w)).toBe(true);
				expect(Math.round(p.x * 100) / 100).toBe(p.x);
				expect(Math.round(p.y * 100) / 100).toBe(p.y);
			}
		}
	});
});

describe('network layout orientation', () => {
	it('puts the U.S. side left of the Russian side on wide frames, and above it on phones', () => {
		const { wide, narrow } = layoutNetworks(flagship.entities, flagship.links);
		const mean = (layout: NetworkLayout, group: string, axis: 'x' | 'y') => {
			const ids = flagship.entities.filter((e) => e.group === group).map((e) => e.id);
			return ids.reduce((s, id) => s + layout.nodes[id]![axis], 0) / ids.length;
		};
		expect(mean(wide, 'us', 'x')).toBeLessThan(mean(wide, 'russia', 'x'));
		expect(mean(narrow, 'us', 'y')).toBeLessThan(mean(narrow, 'russia', 'y'));
	});

	it('lays out a single node and a network without links', () => {
		const lone = layoutNetwork([{ id: 'a', name: 'A', group: 'other' }], [], 'narrow');
		expect(lone.nodes.a).toMatchObject({ x: expect.any(Number), y: expect.any(Number) });
		const unlinked = layoutNetworks(fixture.entities, []);
		expect(overlappingPairs(unlinked.wide, 'wide')).toEqual([]);
	});
});
