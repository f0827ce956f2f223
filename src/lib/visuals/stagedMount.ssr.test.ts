/** stagedMount on the server: every part is in the markup (what hydration will find). */
import { render } from 'svelte/server';
import { expect, it } from 'vitest';
import StagedParts from '../../../tests/helpers/visuals/StagedParts.svelte';

it('draws every part on the server', () => {
	const { body } = render(StagedParts, { props: { parts: 3 } });
	expect(body.match(/<li>/g)).toHaveLength(3);
});
