/**
 * `{@html}` writes markup without escaping it. It is allowed only where the markup is our own
 * components rendered at build time, or data we serialise and escape ourselves (JSON-LD), never
 * on text from a story's files as it stands.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ALLOWED = new Map([
	[
		'src/routes/(site)/[slug]/+page.svelte',
		'the story page and its head, rendered by renderStoryPage'
	],
	['src/lib/islands/Island.svelte', 'an island, rendered by svelte/server'],
	['src/routes/embed/[slug]/+page.svelte', 'the whole-feature embed, rendered by renderEmbedStory'],
	[
		'src/lib/embed/VisualEmbed.svelte',
		"a single visual's list of sources, rendered by renderEmbedSources"
	],
	['src/routes/embed/+layout.svelte', "the embeds' theme script, a constant hashed in the CSP"],
	[
		'src/routes/(site)/+layout.svelte',
		"the site's two links, written by src/site/chrome.ts, which escapes every attribute and the text"
	],
	[
		'src/lib/story/StoryHead.svelte',
		'JSON-LD built by serializeJsonLd, which escapes "<" so story text cannot end the script'
	]
]);

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return /\.(svelte|svx)$/.test(name) ? [path] : [];
	});
}

it('uses {@html} only on markup we render ourselves', () => {
	const found = [...sources('src'), ...sources('stories')].filter((file) =>
		readFileSync(file, 'utf8').includes('{@html')
	);
	expect(found.filter((file) => !ALLOWED.has(file))).toEqual([]);
});
