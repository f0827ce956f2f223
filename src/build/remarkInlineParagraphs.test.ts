import { compile } from 'mdsvex';
import { describe, expect, it } from 'vitest';
import { remarkInlineParagraphs } from './remarkInlineParagraphs.js';

/** The markup mdsvex writes for `source`, with the plugin, without blank lines. */
async function html(source: string) {
	const out = await compile(source, { remarkPlugins: [remarkInlineParagraphs], highlight: false });
	return (out?.code ?? '').trim().replace(/\n+/g, '\n');
}

describe('remarkInlineParagraphs', () => {
	it.each([
		[
			'a paragraph that begins with a claim, its markdown turned into HTML',
			'<Claim reaction="cheung">“Quote.”</Claim> <Claim reaction="trump">Trump.</Claim> We found *no* defense.',
			'<p><Claim reaction="cheung">“Quote.”</Claim> <Claim reaction="trump">Trump.</Claim> We found <em>no</em> defense.</p>'
		],
		[
			'one that begins with a translated quotation',
			'<Translated original="…">Words.</Translated> And more.',
			'<p><Translated original="…">Words.</Translated> And more.</p>'
		],
		[
			'one that begins with text (markdown made it a paragraph already)',
			'In Moscow, <Claim status="documented">it was “unacceptable”.</Claim>',
			'<p>In Moscow, <Claim status="documented">it was “unacceptable”.</Claim></p>'
		],
		['a block component, left as it is', '<ReactionCards />', '<ReactionCards />'],
		[
			'a component of a longer name that begins like an inline one',
			'<ClaimList />',
			'<ClaimList />'
		],
		[
			'a step whose text begins with a claim',
			'<Step id="s1">\n\n<Claim call="oct-29">The transcript</Claim> and text.\n\n</Step>',
			'<Step id="s1">\n<p><Claim call="oct-29">The transcript</Claim> and text.</p>\n</Step>'
		],
		[
			'a paragraph of two lines that begins with a claim',
			'<Claim call="oct-29">The\ntranscript</Claim> was published.',
			'<p><Claim call="oct-29">The\ntranscript</Claim> was published.</p>'
		],
		[
			'a paragraph that begins with a claim, then a block: not one paragraph, left as it is',
			'<Claim call="oct-29">The transcript</Claim>\n# Heading',
			'<Claim call="oct-29">The transcript</Claim>\n# Heading'
		]
	])('%s', async (_what, source, expected) => {
		expect(await html(source)).toBe(expected);
	});
});
