/**
 * Adding a visual is one folder, its line in the catalog, and `npm run visuals` (README, "Adding
 * a visual"). This test does exactly that with a toy visual (tests/fixtures/toy-visual), in a
 * copy of the package, and proves each piece: the schema accepts a `toy` section, the loader
 * checks the ids its steps name, StorySection draws its graphic and its text alternative; and
 * TypeScript fails when the folder is not listed, the tables are not written again, or the
 * folder lacks a piece.
 *
 * (The copy keeps the toy out of the package's own type check: its folder adds `toy` to the
 * model's kinds of visual, which would make the real tables incomplete.)
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import { VISUALS } from '../../src/lib/visuals/catalog';
import { writeVisualTables } from '../../scripts/visualTables';

// Inside the repository, so that the copy finds the packages (.svelte-kit is generated, and
// ignored by git and the linters).
const root = mkdtempSync(resolve('.svelte-kit/toy-visual-'));
const lib = join(root, 'src/lib');
const visuals = join(lib, 'visuals');
cpSync(resolve('src/lib'), lib, { recursive: true, filter: (f) => !f.endsWith('.test.ts') });
cpSync(resolve('tests/fixtures/toy-visual'), join(visuals, 'toy'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Lists the toy in the copy's catalog (its import, and its entry after the last), and writes
 * the tables that follow from it as `npm run visuals` does; or leaves either step out. */
async function listToy({ catalog = true, tables = true } = {}) {
	const file = join(visuals, 'catalog.ts');
	const source = readFileSync(resolve('src/lib/visuals/catalog.ts'), 'utf8');
	const listed = source
		.replace(/^(import type .*\n)/m, "$1import { visual as toy } from './toy/visual.js';\n")
		.replace(/,?\n\};\n/, ',\n\ttoy\n};\n');
	expect(listed, "catalog.ts: the toy's line").toContain('\ttoy\n};');
	writeFileSync(file, catalog ? listed : source);
	for (const table of ['registry.ts', 'buildCatalog.ts'])
		cpSync(resolve('src/lib/visuals', table), join(visuals, table));
	if (tables) await writeVisualTables(visuals, [...VISUALS, 'toy']);
}

/** The story of tests/fixtures (harbour-vote) with a toy section showing these events. */
function storyWithToy(events: string[]): string {
	const story = join(root, `story-${events.join('-')}`);
	cpSync(resolve('tests/fixtures/stories/harbour-vote'), story, { recursive: true });
	const sections = join(story, 'data/sections.yaml');
	writeFileSync(
		sections,
		`${readFileSync(sections, 'utf8')}  - id: toy-section\n    visual: toy\n    steps:\n      - id: toy-first\n        caption: The proposal and the debate.\n        events: [${events.join(', ')}]\n`
	);
	const svx = join(story, 'story.svx');
	writeFileSync(
		svx,
		`${readFileSync(svx, 'utf8')}\n<StorySection id="toy-section">\n<Step id="toy-first">\n\nThe toy’s step.\n\n</Step>\n</StorySection>\n`
	);
	return story;
}

/** TypeScript's errors on the tables and the toy's folder, as they stand in the copy. */
function typeErrors(): string {
	writeFileSync(
		join(root, 'tsconfig.json'),
		JSON.stringify({
			compilerOptions: {
				strict: true,
				noEmit: true,
				skipLibCheck: true,
				module: 'esnext',
				target: 'es2022',
				moduleResolution: 'bundler',
				allowImportingTsExtensions: true,
				types: [],
				typeRoots: [resolve('node_modules/@types')],
				baseUrl: '.',
				paths: { '*': [`${resolve('node_modules')}/*`] }
			},
			files: [
				'svelte.d.ts',
				...['catalog', 'buildCatalog', 'registry', 'toy/visual', 'toy/build'].map(
					(f) => `src/lib/visuals/${f}.ts`
				)
			]
		})
	);
	// Components are typed by svelte-check, not tsc: here each is any component.
	writeFileSync(
		join(root, 'svelte.d.ts'),
		"declare module '*.svelte' { const component: import('svelte').Component<any>; export default component; }\n"
	);
	try {
		execFileSync(resolve('node_modules/.bin/tsc'), ['-p', root], { encoding: 'utf8' });
		return '';
	} catch (error) {
		return (error as { stdout: string }).stdout;
	}
}

describe('a toy visual, added as README says', { timeout: 120_000 }, () => {
	it('types check with the toy listed in the catalog and the tables written again', async () => {
		await listToy();
		expect(typeErrors()).toBe('');
	});

	it('fails to type check without its line in catalog.ts', async () => {
		await listToy({ catalog: false });
		expect(typeErrors()).toMatch(/src\/lib\/visuals\/catalog\.ts.*Property 'toy' is missing/);
	});

	it('fails to type check until the tables are written again (npm run visuals)', async () => {
		await listToy({ tables: false });
		const errors = typeErrors();
		for (const table of ['registry', 'buildCatalog'])
			expect(errors).toMatch(
				new RegExp(`src/lib/visuals/${table}\\.ts.*Property 'toy' is missing`)
			);
	});

	// One type check for both pieces (each run of tsc takes seconds).
	it('fails to type check when its folder lacks its reference checks, or a language', async () => {
		await listToy();
		const build = join(visuals, 'toy/build.ts');
		const visual = join(visuals, 'toy/meta.ts');
		const sources = [build, visual].map((file) => readFileSync(file, 'utf8'));
		writeFileSync(build, sources[0]!.replace(/\tchecks\([\s\S]*?\n\t\}\n/, ''));
		writeFileSync(visual, sources[1]!.replace(/\tuk: \{.*\}\n/, ''));
		try {
			const errors = typeErrors();
			expect(errors).toMatch(/toy\/build\.ts.*Property 'checks' is missing/);
			expect(errors).toMatch(/toy\/meta\.ts.*Property 'uk' is missing/);
		} finally {
			writeFileSync(build, sources[0]!);
			writeFileSync(visual, sources[1]!);
		}
	});

	it('is validated, checked and drawn as any visual', async () => {
		await listToy();
		const { DataFiles } = await import(/* @vite-ignore */ join(visuals, 'schema.ts'));
		const { loadStory } = await import(/* @vite-ignore */ join(lib, 'build/loader.ts'));
		const ToyPage = (await import(/* @vite-ignore */ join(visuals, 'toy/ToyPage.svelte'))).default;

		// The schema knows the toy's shape: its steps need events.
		const section = { id: 's', visual: 'toy', steps: [{ id: 'a', caption: 'A.', events: [] }] };
		expect(DataFiles['sections.yaml'].safeParse({ sections: [section] }).success).toBe(false);
		section.steps[0]!.events = ['proposal' as never];
		expect(DataFiles['sections.yaml'].safeParse({ sections: [section] }).success).toBe(true);

		// The loader checks the ids its steps name.
		expect(() => loadStory(storyWithToy(['proposal', 'no-such-event']))).toThrow(
			/sections\.yaml.*"no-such-event" is not an event id in events\.yaml/
		);
		const story = loadStory(storyWithToy(['proposal', 'debate']));

		// StorySection draws its graphic and its text alternative.
		const { body } = render(ToyPage, { props: { story } });
		expect(body).toMatch(/<section class="story-section[^"]*"[^>]*data-visual="toy"/);
		expect(body).toContain('Toy at proposal, debate');
		expect(body).toMatch(/<summary[^>]*>Read the toy as a list<\/summary>/);
		expect(body.match(/<ul class="toy-text[\s\S]*?<\/ul>/)?.[0]).toMatch(
			/<li>The harbour master proposes a pier<\/li>.*<li>Six hours of debate<\/li>/
		);
	});
});
