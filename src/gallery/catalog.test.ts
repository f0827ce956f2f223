import { describe, expect, it } from 'vitest';
import { catalogFrom } from './catalog';

describe('catalogFrom', () => {
	it('orders pages by group, then order, then title, with their slugs', () => {
		const pages = catalogFrom({
			'./timeline/+page.svelte': {
				title: 'Timeline',
				group: 'Visuals',
				summary: '',
				components: []
			},
			'./tokens/+page.svelte': {
				title: 'Tokens',
				group: 'Foundations',
				summary: '',
				components: []
			},
			'./step/+page.svelte': {
				title: 'Step',
				group: 'Engine',
				summary: '',
				components: [],
				order: 2
			},
			'./scrolly/+page.svelte': {
				title: 'Scrolly',
				group: 'Engine',
				summary: '',
				components: [],
				order: 1
			}
		});
		expect(pages.map((p) => p.slug)).toEqual(['tokens', 'scrolly', 'step', 'timeline']);
	});

	it('names the page that forgot to declare itself', () => {
		expect(() => catalogFrom({ './network/+page.svelte': undefined })).toThrow(
			/network\/\+page\.svelte has no `export const entry`/
		);
	});
});
