import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Entity, Link } from '../../story/schema';
import NetworkGraph from './NetworkGraph.svelte';
import { layoutNetworks } from './layout';

// Plain data, no story around it: the component needs nothing but its props.
const entities = [
	{ id: 'ann', name: 'Ann Example', kind: 'person', group: 'other', role: 'Writer' },
	{ id: 'bob', name: 'Bob Example', kind: 'person', group: 'other', role: 'Editor' },
	{ id: 'desk', name: 'The Desk', kind: 'organisation', group: 'other', role: 'A newsroom' }
].map((e) => ({ ...e, status: 'documented', sources: ['s'], facts: [] })) as Entity[];
const links = [
	{ id: 'ann-desk', from: 'ann', to: 'desk', type: 'works-for', status: 'documented' },
	{
		id: 'bob-ann',
		from: 'bob',
		to: 'ann',
		type: 'reported-tie',
		status: 'claimed',
		claimant: 'A rival paper'
	}
].map((l) => ({ ...l, sources: ['s'] })) as Link[];
const layouts = layoutNetworks(entities, links);

const lit = (container: HTMLElement) =>
	[...container.querySelectorAll('.nw-node.is-lit')].map((el) => el.getAttribute('data-node'));

describe('NetworkGraph', () => {
	it('draws every entity once and every connected pair once per layout', () => {
		const { container } = render(NetworkGraph, { entities, links, layouts, label: 'Test' });
		expect(container.querySelectorAll('[data-node]').length).toBe(3);
		expect(container.querySelectorAll('.nw-wide line').length).toBe(2);
		expect(container.querySelectorAll('.nw-narrow line').length).toBe(2);
		expect(container.querySelector('[data-node="desk"]')?.className).toContain('is-organisation');
		expect(container.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Test');
	});

	it('lights a focus, labels its lines and names the claimant', () => {
		const { container } = render(NetworkGraph, {
			entities,
			links,
			layouts,
			label: 'Test',
			focus: { nodes: [], links: ['bob-ann'] },
			zoom: true
		});
		expect(lit(container).sort()).toEqual(['ann', 'bob']);
		expect(container.querySelector('[data-edge-label] span')?.textContent).toBe('tie¹');
		expect(container.querySelector('.nw-notes')?.textContent).toContain(
			'Claimed by A rival paper.'
		);
		expect(container.querySelector('.nw-line.is-lit.is-dashed')).not.toBeNull();
	});

	it('makes nodes buttons with one tab stop when interactive', () => {
		const { container } = render(NetworkGraph, {
			entities,
			links,
			layouts,
			label: 'Test',
			interactive: true
		});
		const buttons = [...container.querySelectorAll('[data-node] button')];
		expect(buttons.length).toBe(3);
		expect(buttons.filter((b) => b.getAttribute('tabindex') === '0').length).toBe(1);
		expect(buttons[0]?.getAttribute('aria-label')).toBe('Ann Example, person, other, 2 links');
	});

	it('still draws without a build-time layout', () => {
		const { container } = render(NetworkGraph, { entities, links, label: 'Test' });
		expect(container.querySelectorAll('[data-node]').length).toBe(3);
	});
});
