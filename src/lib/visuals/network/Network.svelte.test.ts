import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Network from './Network.svelte';
import { layoutNetworks, networkPicture } from './layout';
import type { NetworkLink, NetworkNode } from './types';

// Plain arrays, no story around them: the component needs nothing but its props.
const nodes: NetworkNode[] = [
	{ id: 'levee', label: 'Delta Levee Co.', group: 'contractors', shape: 'square' },
	{ id: 'ruiz', label: 'Mayor Ruiz', group: 'city-hall' },
	{ id: 'tan', label: 'Clerk Tan', group: 'city-hall' }
];
const links: NetworkLink[] = [
	{ id: 'contract', source: 'ruiz', target: 'levee', label: 'signed contract', type: 'contract' },
	{
		id: 'donation',
		source: 'levee',
		target: 'ruiz',
		label: 'donated to',
		line: 'dashed',
		note: 'Claimed by a rival.'
	},
	{ id: 'boss', source: 'tan', target: 'ruiz', label: 'works for' }
];
const positions = layoutNetworks(nodes, links);

describe('Network, from plain data', () => {
	it('draws every node once, every link once per layout, and names the picture', () => {
		const { container } = render(Network, { nodes, links, positions, label: 'Who paid whom' });
		expect(container.querySelectorAll('[data-node]').length).toBe(3);
		expect(container.querySelectorAll('.nw-n [data-edge]').length).toBe(3);
		expect(container.querySelector('[data-node="levee"]')?.className).toContain('is-square');
		expect(container.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
			'Who paid whom'
		);
		expect(container.querySelector('.nw-warning')).toBeNull();
	});

	it('writes a highlighted link’s own label on its line, and numbers its note', () => {
		const highlight = { links: ['contract', 'donation'] };
		const { container } = render(Network, {
			nodes,
			links,
			positions,
			label: 'Test',
			highlight,
			view: 'focus',
			picture: networkPicture(nodes, links, positions, highlight, { view: 'focus' })
		});
		const words = [...container.querySelectorAll('[data-link-label] span')].map(
			(s) => s.textContent
		);
		expect(words).toEqual(['signed contract', 'donated to¹']);
		expect(container.querySelector('.nw-notes')?.textContent).toContain('Claimed by a rival.');
		expect(container.querySelector('path.is-lit.is-dashed')).not.toBeNull();
		expect(container.querySelector('[data-node="tan"]')?.className).toContain('is-dim');
	});

	it('without its build-time picture, brings the highlight forward in the whole frame, no words', () => {
		const { container } = render(Network, {
			nodes,
			links,
			positions,
			label: 'Test',
			highlight: { links: ['contract', 'donation'] },
			view: 'focus'
		});
		expect(container.querySelectorAll('[data-link-label]').length).toBe(0);
		expect(container.querySelector('path.is-lit.is-dashed')).not.toBeNull();
		expect(container.querySelector('[data-node="tan"]')?.className).toContain('is-dim');
		// No camera moves: the stylesheet's still cameras hold.
		expect(container.querySelector('[data-network]')?.getAttribute('style')).toBeNull();
	});

	it('colors a group no theme knows with a token and a colour of its own, and keys it', () => {
		const { container } = render(Network, {
			nodes,
			links,
			positions,
			label: 'Test',
			groupLabels: { 'city-hall': 'City Hall' }
		});
		const color = (id: string) =>
			(container.querySelector(`[data-node="${id}"]`) as HTMLElement).style.getPropertyValue(
				'--nw-group'
			);
		expect(color('ruiz')).toMatch(/^var\(--sc-group-city-hall, /);
		expect(color('levee')).toMatch(/^var\(--sc-group-contractors, /);
		expect(color('tan')).toBe(color('ruiz'));
		expect(color('ruiz')).not.toBe(color('levee'));
		const key = [...container.querySelectorAll('.nw-legend li')].map((li) =>
			li.textContent?.trim()
		);
		expect(key).toEqual(['contractors', 'City Hall']);
	});

	it('takes colors from a map', () => {
		const { container } = render(Network, {
			nodes,
			links,
			positions,
			label: 'Test',
			colors: { contractors: 'rgb(1, 2, 3)' },
			lineColors: { contract: 'rgb(4, 5, 6)' }
		});
		const levee = container.querySelector('[data-node="levee"]') as HTMLElement;
		expect(levee.style.getPropertyValue('--nw-group')).toBe('rgb(1, 2, 3)');
		const contract = container.querySelector('.nw-n [data-edge="contract"]') as SVGElement;
		// Its group of lines takes the colour the drawing names once.
		const run = contract.parentElement as unknown as SVGElement;
		const name = /^var\((--nw-l\d+)\)$/.exec(run.style.getPropertyValue('--nw-stroke'))![1]!;
		const svg = contract.ownerSVGElement!;
		expect(svg.style.getPropertyValue(name)).toBe('rgb(4, 5, 6)');
	});

	it('says so, in the picture, when positions are missing, and still names every node', () => {
		const { container } = render(Network, { nodes, links, label: 'Test' });
		expect(container.querySelector('.nw-warning')?.textContent).toMatch(
			/Positions missing for 3 of 3 nodes/
		);
		expect([...container.querySelectorAll('.nw-label')].map((l) => l.textContent)).toEqual([
			'Delta Levee Co.',
			'Mayor Ruiz',
			'Clerk Tan'
		]);
	});

	it('makes nodes buttons with one tab stop when interactive', () => {
		const { container } = render(Network, {
			nodes,
			links,
			positions,
			label: 'Test',
			interactive: true
		});
		const buttons = [...container.querySelectorAll('[data-node] button')];
		expect(buttons.length).toBe(3);
		expect(buttons.filter((b) => b.getAttribute('tabindex') === '0').length).toBe(1);
		expect(buttons[1]?.getAttribute('aria-label')).toBe('Mayor Ruiz, city-hall, 3 links');
	});
});
