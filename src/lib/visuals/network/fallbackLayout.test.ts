import { describe, expect, it } from 'vitest';
import { IDENTITY, innerFrame, screenBox } from './camera';
import { circleLayouts, missingPositions } from './fallbackLayout';
import { LAYOUT_KINDS } from './geometry';
import { graphModel } from './graphModel';
import { layoutNetworks } from './layout';
import { smallNetwork } from '../../../../tests/helpers/network/networks';

describe('the stand-in layout', () => {
	// Long names on every side of the circle: "Delta Levee Co." was once cut to "elta Levee Co.".
	const nodes = [
		'Delta Levee Co.',
		'Mayor Ruiz',
		'The Harbour Trust',
		'Clerk Tan',
		'Gulf Dredging Ltd.',
		'Sen. Okoro'
	].map((label, i) => ({ id: `n${i}`, label }));

	it.each(LAYOUT_KINDS)('keeps every label whole inside the %s frame', (kind) => {
		const model = graphModel(nodes, []);
		expect(model.missing).toEqual(nodes.map((n) => n.id));
		const frame = innerFrame(kind);
		for (const node of model.nodes) {
			const b = screenBox(node, kind, IDENTITY);
			expect(b.left, node.label).toBeGreaterThanOrEqual(frame.left - 0.5);
			expect(b.right, node.label).toBeLessThanOrEqual(frame.right + 0.5);
			expect(b.top, node.label).toBeGreaterThanOrEqual(frame.top - 0.5);
			expect(b.bottom, node.label).toBeLessThanOrEqual(frame.bottom + 0.5);
		}
	});

	it('is used whole when the positions lack a node, and says which', () => {
		const layouts = layoutNetworks(smallNetwork.nodes, smallNetwork.links);
		const more = [...smallNetwork.nodes, { id: 'new', label: 'New' }];
		expect(missingPositions(more, layouts)).toEqual(['new']);
		expect(missingPositions(smallNetwork.nodes, layouts)).toEqual([]);
		expect(missingPositions(smallNetwork.nodes, undefined)).toEqual(
			smallNetwork.nodes.map((n) => n.id)
		);
		expect(graphModel(more, [], layouts).nodes[0]!.at).toEqual(
			graphModel(more, [], circleLayouts(more)).nodes[0]!.at
		);
	});
});
