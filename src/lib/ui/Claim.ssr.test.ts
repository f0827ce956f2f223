/**
 * What the server writes for a claim's note: the page readers get first, and all that readers
 * without JavaScript or in print ever get. (The server drops whitespace the browser's render
 * keeps: an `&#32;` before a source's hint once came out as "2025(First…" here only.)
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../build/loader';
import Claim from './Claim.svelte';
import WithStory from '../../../tests/helpers/ui/WithStory.svelte';

const story = loadStory('stories/american-plan');

describe('<Claim> on the server', () => {
	it('sets a hint apart from the date it follows, for two sources named alike', () => {
		const { body } = render(WithStory, {
			props: {
				story,
				component: Claim as unknown as Component<Record<string, unknown>>,
				props: { event: 'plan-reported' },
				text: 'the words'
			}
		});
		const links = [...body.matchAll(/<a href="#source-[^"]+">(.*?)<\/a>/g)].map((m) =>
			m[1]!.replace(/<!--.*?-->/g, '')
		);
		expect(links).toEqual([
			'Axios, Nov. 18, 2025 (First report of…)',
			'Axios, Nov. 18, 2025 (Scoop: U.S. secretly…)'
		]);
	});
});
