/**
 * Which folder may import which. `src/lib` is the package (svelte-package ships all of it), so
 * nothing in it may reach the site's own code (`src/site`, `$site`), its pages (`src/routes`) or
 * the gallery (`src/gallery`, `$gallery`): a designer's build would break on the missing file. Test
 * harnesses live in `tests/helpers/`, and only tests beside the components may import them.
 * The site's parts and the gallery's sit under the routes, never the other way round.
 *
 * Inside the package, its folders are floors (FLOORS): each imports only from the floors below
 * its own, so a change low down is never caught in a circle, and each floor can be read and
 * reused without the ones above it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Rule {
	/** The folder whose files are checked. */
	files: string;
	/** Folders they may not import from, however named (a relative path or an alias). */
	forbidden: string[];
	/** Files the rule leaves out (tests may import their harnesses). */
	except?: (file: string) => boolean;
	why: string;
}

const isTest = (file: string) => /\.test\.ts$/.test(file);

/**
 * The floors of src/lib, lowest first. The words of each language; the model (the schema and
 * its types, statuses, lookups, the story's and the islands' contexts, provenance); the small
 * UI parts and the scroll engine, side by side; the visuals; beside the islands, the Node-only
 * build (loader, checks, Vite plugin), which may call on the visuals' build-time preparation;
 * the story page; the embeds, built on the story page.
 */
const FLOORS = [
	['i18n'],
	['model'],
	['ui', 'scrolly'],
	['visuals'],
	['build', 'islands'],
	['story'],
	['embed']
];

const floorRules: Rule[] = FLOORS.flatMap((floor, level) =>
	floor.map((folder) => ({
		files: `src/lib/${folder}`,
		forbidden: FLOORS.slice(level)
			.flat()
			.filter((other) => other !== folder)
			.map((other) => `src/lib/${other}`),
		why: `${folder} sits below ${
			FLOORS.slice(level + 1)
				.flat()
				.join(', ') || 'nothing'
		}${floor.length > 1 ? `, beside ${floor.filter((f) => f !== folder).join(', ')}` : ''}`,
		except: isTest
	}))
);

const RULES: Rule[] = [
	{
		files: 'src/lib',
		forbidden: ['src/lib/build'],
		why: 'the build runs in Node only: zod, yaml and the file system stay out of pages (only the build itself, and the site, import it)',
		except: (file) => isTest(file) || file.startsWith('src/lib/build/')
	},
	{
		files: 'src/lib',
		forbidden: ['src/site', 'src/gallery', 'src/routes'],
		why: 'the package ships src/lib alone'
	},
	{
		files: 'src/lib',
		forbidden: ['tests'],
		why: 'the package does not ship test harnesses',
		except: isTest
	},
	{
		files: 'src/site',
		forbidden: ['src/routes'],
		why: 'routes stay thin and on top'
	},
	{
		files: 'src/gallery',
		forbidden: ['src/routes'],
		why: 'routes stay thin and on top'
	},
	...floorRules
];

/** Every module specifier in a source: static imports and re-exports, side-effect imports and
 * dynamic imports, in a script or a component. */
function specifiers(source: string): string[] {
	const found: string[] = [];
	const patterns = [
		/\b(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g,
		/\bimport\s*['"]([^'"]+)['"]/g,
		/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g
	];
	for (const pattern of patterns)
		for (const match of source.matchAll(pattern)) found.push(match[1]!);
	return found;
}

/** The aliases of svelte.config.js ($site, $gallery…) and SvelteKit's own $lib. (The config is
 * loaded by its URL so that TypeScript does not check it: it is plain JavaScript.) */
const config = (await import(pathToFileURL(resolve('svelte.config.js')).href)).default as {
	kit: { alias: Record<string, string> };
};
const ALIASES: Record<string, string> = { $lib: 'src/lib', ...config.kit.alias };

/** The repository-relative path a specifier names, or undefined for a package's. */
function target(file: string, specifier: string): string | undefined {
	for (const [alias, folder] of Object.entries(ALIASES))
		if (specifier === alias || specifier.startsWith(`${alias}/`))
			return folder + specifier.slice(alias.length);
	if (!specifier.startsWith('.')) return undefined;
	return relative(process.cwd(), join(dirname(file), specifier))
		.split(sep)
		.join('/');
}

/** "file imports specifier (rule)" for each import that breaks a rule. */
function breaches(file: string, source: string, rules: Rule[]): string[] {
	return rules.flatMap((rule) => {
		if (!file.startsWith(`${rule.files}/`) || rule.except?.(file)) return [];
		return specifiers(source).flatMap((specifier) => {
			const to = target(file, specifier);
			const hit = rule.forbidden.some(
				(folder) => to !== undefined && (to === folder || to.startsWith(`${folder}/`))
			);
			return hit ? [`${file} imports ${specifier} (${rule.why})`] : [];
		});
	});
}

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = `${dir}/${entry.name}`;
		if (entry.isDirectory()) return sources(path);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
	});
}

describe('the import rules', () => {
	it.each([
		['src/lib/ui/A.svelte', `import B from '$site/embed/B.svelte';`, 1],
		['src/lib/ui/a.ts', `import { x } from '../../site/x';`, 1],
		['src/lib/ui/a.ts', `export * from '$gallery/catalog';`, 1],
		['src/lib/ui/a.ts', `const m = await import('../../routes/+page.svelte');`, 1],
		['src/lib/ui/a.ts', `import '../../gallery/tokens.css';`, 1],
		['src/lib/ui/a.ts', `import type {\n\tSite\n} from '../../site/site.server';`, 1],
		['src/lib/ui/a.ts', `import W from '../../../tests/helpers/ui/WithStory.svelte';`, 1],
		['src/lib/ui/a.svelte.test.ts', `import W from '../../../tests/helpers/ui/W.svelte';`, 0],
		['src/lib/ui/a.ts', `import { x } from '$lib/model/site';`, 0],
		['src/lib/ui/a.ts', `import { x } from './site';`, 0],
		['src/lib/ui/a.ts', `import { x } from 'site';`, 0],
		['src/lib/ui/a.ts', `// the build (src/site/stories.server.ts) does it`, 0],
		['src/site/a.ts', `import { x } from '$lib/model/schema';`, 0],
		['src/site/a.ts', `import { x } from '../routes/+layout';`, 1],
		['src/gallery/a.ts', `import { x } from '$site/site.server';`, 0],
		['src/lib/model/schema.ts', `import type { L } from '../visuals/network/layoutTypes.js';`, 1],
		['src/lib/ui/A.svelte', `import { getMessages } from '../model/context';`, 0],
		['src/lib/ui/a.ts', `import { stepAt } from '../scrolly/progress';`, 1],
		['src/lib/visuals/a.ts', `import { getIslandElement } from '../islands/context';`, 1],
		['src/lib/islands/index.ts', `export { startStoryIslands } from '../story/storyIslands';`, 1],
		['src/lib/embed/a.ts', `import StoryPage from '../story/StoryPage.svelte';`, 0],
		['src/lib/story/a.ts', `import { x } from '$lib/embed/embeddables';`, 1],
		['src/lib/model/a.test.ts', `import { x } from '../ui/dates';`, 0],
		['src/lib/story/StoryPage.svelte', `import { loadStory } from '../build/loader';`, 1],
		['src/lib/embed/a.ts', `import type { P } from '$lib/build/problems';`, 1],
		[
			'src/lib/build/loader.ts',
			`import { prepareDraftPath } from '../visuals/draft-path/prepare';`,
			0
		],
		['src/lib/build/loader.ts', `import { x } from '../story/publishing';`, 1],
		['src/lib/visuals/a.ts', `import { x } from '../build/references';`, 2],
		['src/lib/story/a.test.ts', `import { loadStory } from '../build/loader';`, 0]
	] as const)('in %s, finds %j: %i breach(es)', (file, source, count) => {
		expect(breaches(file, source, RULES)).toHaveLength(count);
	});

	it('hold in every file of the package, the site and the gallery', () => {
		const files = ['src/lib', 'src/site', 'src/gallery'].flatMap((dir) => sources(dir));
		expect(files).toContain('src/lib/index.ts');
		expect(files).toContain('src/site/stories.server.ts');
		const found = files.flatMap((file) => breaches(file, readFileSync(file, 'utf8'), RULES));
		expect(found).toEqual([]);
	});
});
