import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractComponentDoc, parseMembers } from './componentDoc';
import { DEFAULT_OFFSET } from '../lib/scrolly/progress';

describe('parseMembers', () => {
	it('reads names, optional marks, multi-line types and JSDoc', () => {
		const members = parseMembers(`
		/** Index of the active step (0-based). Bindable. */
		index?: number;
		/** Draws the graphic for a state: once pinned, and once
		 * after every step. */
		graphic?: Snippet<[GraphicState]>;
		children: Snippet;
		// a line comment is not a doc
		onstep?: (step: { index: number; id: string; direction: ScrollDirection }) => void;
		readonly mode: 'auto' | 'stacked';
		`);
		expect(members).toEqual([
			{
				name: 'index',
				type: 'number',
				optional: true,
				description: 'Index of the active step (0-based). Bindable.'
			},
			{
				name: 'graphic',
				type: 'Snippet<[GraphicState]>',
				optional: true,
				description: 'Draws the graphic for a state: once pinned, and once after every step.'
			},
			{ name: 'children', type: 'Snippet', optional: false, description: '' },
			{
				name: 'onstep',
				type: '(step: { index: number; id: string; direction: ScrollDirection }) => void',
				optional: true,
				description: ''
			},
			{ name: 'mode', type: "'auto' | 'stacked'", optional: false, description: '' }
		]);
	});
});

describe('extractComponentDoc', () => {
	const component = `<!--
@component
A thing that shows things.

\`\`\`svelte
<Thing />
\`\`\`
-->
<script module lang="ts">
	export const unrelated = { a: 1 };
</script>
<script lang="ts">
	interface Props {
		/** How many. Bindable. */
		count?: number;
		/** Its label. */
		label: string;
		/** Highlighted ids. */
		active?: ReadonlySet<string>;
	}

	let { count = $bindable(0), label, active = new Set() }: Props = $props();
</script>`;

	it('joins the interface with the defaults and bindings of the destructuring', () => {
		const doc = extractComponentDoc(component, { file: 'src/lib/Thing.svelte' });
		expect(doc.name).toBe('Thing');
		expect(doc.description).toBe('A thing that shows things.');
		expect(doc.props).toEqual([
			{
				name: 'count',
				type: 'number',
				optional: true,
				bindable: true,
				default: '0',
				description: 'How many. Bindable.'
			},
			{
				name: 'label',
				type: 'string',
				optional: false,
				bindable: false,
				description: 'Its label.'
			},
			{
				name: 'active',
				type: 'ReadonlySet<string>',
				optional: true,
				bindable: false,
				default: 'new Set()',
				description: 'Highlighted ids.'
			}
		]);
	});

	it('follows a props type imported from another module, with its type arguments', () => {
		const visual = `<script lang="ts">
	import type { SectionVisualProps } from '../types';
	let { story, section }: SectionVisualProps<'timeline'> = $props();
</script>`;
		const types = `export interface SectionVisualProps<V extends VisualKind = VisualKind> {
	/** The story. */
	story: Story;
	/** The section. */
	section: SectionOf<V>;
}`;
		const doc = extractComponentDoc(visual, {
			file: 'src/lib/visuals/timeline/TimelineSection.svelte',
			readModule: (specifier) => (specifier === '../types' ? types : undefined)
		});
		expect(doc.props.map((p) => [p.name, p.type, p.description])).toEqual([
			['story', 'Story', 'The story.'],
			['section', "SectionOf<'timeline'>", 'The section.']
		]);
	});

	it('says what it cannot read instead of guessing', () => {
		const unknown = `<script lang="ts">let { a }: Missing = $props();</script>`;
		expect(() => extractComponentDoc(unknown, { file: 'X.svelte' })).toThrow(
			/X.svelte: cannot find the declaration of `Missing`/
		);
	});

	it('reads the real Scrolly component', () => {
		const file = 'src/lib/scrolly/Scrolly.svelte';
		const doc = extractComponentDoc(readFileSync(file, 'utf8'), { file });
		const byName = Object.fromEntries(doc.props.map((p) => [p.name, p]));
		expect(byName.index).toMatchObject({ type: 'number', bindable: true, default: '0' });
		// The engine's default, written out in the component for the props table.
		expect(byName.offset).toMatchObject({
			type: 'number | string',
			default: String(DEFAULT_OFFSET)
		});
		expect(byName.onstep!.type).toContain('=> void');
		expect(byName.children).toMatchObject({ optional: false });
		expect(doc.description).toMatch(/^A column of `<Step>`s/);
	});
});
