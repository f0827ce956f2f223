/**
 * Proof that the package installs and works in someone else's SvelteKit app:
 * 1. `npm pack` (which runs `npm run package`, i.e. svelte-package) and publint on the tarball;
 * 2. a throwaway app in a temporary folder outside the repository installs the tarball and the
 *    app's own dependencies at the versions of this project's lockfile (from the npm cache when
 *    it has them: `npm ci` filled it);
 * 3. the app renders a page with <Scrolly>, <Step>, the timeline visual and a status badge,
 *    fed by the Node-only story loader at build time, and builds with adapter-static;
 * 4. the built HTML, CSS and JavaScript are checked.
 */
import { execFileSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/story/loader';
import type { Entity, Link } from '../../src/lib/story/schema';
import { layoutNetworks } from '../../src/lib/visuals/network/layout';

const root = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const timings: Record<string, number> = {};
let temp: string;
let tarball: string;
let packedFiles: string[];
let app: string;

function timed<T>(label: string, run: () => T): T {
	const start = performance.now();
	try {
		return run();
	} finally {
		timings[label] = Math.round(performance.now() - start);
	}
}

function run(command: string, args: string[], cwd: string): string {
	try {
		return execFileSync(command, args, {
			cwd,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' }
		});
	} catch (error) {
		const e = error as { stdout?: string; stderr?: string; message: string };
		throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${e.stdout}\n${e.stderr}`);
	}
}

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
	return buffer.buffer.slice(
		buffer.byteOffset,
		buffer.byteOffset + buffer.byteLength
	) as ArrayBuffer;
}

/** All files under `dir`, relative to it. */
function filesIn(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = join(prefix, entry.name);
		return entry.isDirectory() ? filesIn(dir, path) : [path];
	});
}

beforeAll(() => {
	temp = mkdtempSync(join(tmpdir(), 'scrolly-install-'));
	const packed = timed('npm pack (svelte-package)', () =>
		run('npm', ['pack', '--json', '--pack-destination', temp], root)
	);
	const [info] = JSON.parse(packed.slice(packed.indexOf('['))) as {
		filename: string;
		files: { path: string }[];
	}[];
	tarball = join(temp, info!.filename);
	packedFiles = info!.files.map((f) => f.path);
});

afterAll(() => {
	console.log('install test timings (ms):', JSON.stringify(timings));
	if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('the packed package', () => {
	it('has no problem publint can find', async () => {
		const { messages, pkg: linted } = await publint({
			pack: { tarball: toArrayBuffer(readFileSync(tarball)) },
			level: 'suggestion',
			strict: true
		});
		expect(messages.map((m) => formatMessage(m, linted, { color: false }))).toEqual([]);
	});

	it('ships the built library, not its tests or the site', () => {
		expect(packedFiles).toContain('dist/index.js');
		expect(packedFiles).toContain('dist/index.d.ts');
		expect(packedFiles).toContain('dist/scrolly/Scrolly.svelte');
		expect(packedFiles).toContain('dist/ui/theme.css');
		expect(packedFiles).toContain('dist/story/loader.js');
		expect(packedFiles).toContain('CHANGELOG.md');
		expect(
			packedFiles.filter((f) => /\.test\.|\/test\/|dist\/server|^src\/|stories\//.test(f))
		).toEqual([]);
	});
});

describe('a SvelteKit app that installs the tarball', () => {
	beforeAll(() => {
		app = join(temp, 'app');
		writeApp(app);
		timed('npm install', () =>
			run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], app)
		);
		timed('vite build', () => run('npx', ['vite', 'build'], app));
	});

	it('renders the steps, the timeline and the loader data into the built HTML', () => {
		const html = readFileSync(join(app, 'build/index.html'), 'utf8');
		expect(html).toContain('How the harbour vote was won');
		expect(html).toContain('class="scrolly');
		for (const text of [
			'The pier is proposed.',
			'Six hours of debate follow.',
			'The council votes.'
		])
			expect(html).toContain(text);
		// The timeline visual, with the fixture's events read by the Node-only loader.
		expect(html).toMatch(/<li[^>]*data-event="proposal"/);
		expect(html).toContain('The council votes 7–4');
		// Stacked copies of the graphic for each step (no JavaScript, print), and a status badge.
		expect(html.match(/class="scrolly-step-graphic/g)?.length).toBe(3);
		expect(html).toMatch(/class="status-badge[^"]*"[^>]*data-status="documented"/);
	});

	it('ships the components’ styles scoped, and the theme tokens', () => {
		const assets = filesIn(join(app, 'build/_app'));
		const css = assets
			.filter((f) => f.endsWith('.css'))
			.map((f) => readFileSync(join(app, 'build/_app', f), 'utf8'))
			.join('\n');
		expect(css).toMatch(/\.scrolly\.svelte-[a-z0-9]+/);
		expect(css).toMatch(/\.scrolly-step\.svelte-[a-z0-9]+/);
		expect(css).toMatch(/\.timeline\.svelte-[a-z0-9]+/);
		expect(css).toContain('--sc-status-documented');
	});

	it('keeps the loader and its validator out of the browser', () => {
		const js = filesIn(join(app, 'build/_app'))
			.filter((f) => f.endsWith('.js'))
			.map((f) => readFileSync(join(app, 'build/_app', f), 'utf8'))
			.join('\n');
		expect(js).toContain('scrolly-step'); // the engine is there…
		expect(js).not.toContain('is not a known data file'); // …the loader is not,
		expect(js).not.toContain('ZodError'); // nor zod,
		expect(js).not.toContain('LineCounter'); // nor yaml.
	});

	it('loads a story with the loader in plain Node', () => {
		const out = run(
			'node',
			[
				'--input-type=module',
				'-e',
				"import { loadStory, StoryValidationError } from '@newsroom/scrolly/story/loader';" +
					"const story = loadStory('stories/harbour-vote');" +
					'console.log(story.meta.title, story.events.length, typeof StoryValidationError);'
			],
			app
		);
		expect(out.trim()).toBe('How the harbour vote was won 3 function');
	});

	it('computes a network layout in plain Node, the same as the site computes it', () => {
		const out = run(
			'node',
			[
				'--input-type=module',
				'-e',
				"import { loadStory } from '@newsroom/scrolly/story/loader';" +
					"import { layoutNetworks } from '@newsroom/scrolly/visuals/network/layout';" +
					"const story = loadStory('stories/harbour-vote');" +
					`const plain = ${plainNetwork.toString()};` +
					'const { nodes, links } = plain(story);' +
					'console.log(JSON.stringify(layoutNetworks(nodes, links)));'
			],
			app
		);
		const { nodes, links } = plainNetwork(loadStory('tests/fixtures/stories/harbour-vote'));
		expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(layoutNetworks(nodes, links))));
	});
});

/** A story's network as the plain arrays the layout takes (the same code runs in the app). */
function plainNetwork(story: { entities: Entity[]; links: Link[] }) {
	return {
		nodes: story.entities.map((e) => ({ id: e.id, label: e.short ?? e.name, group: e.group })),
		links: story.links.map((l) => ({ id: l.id, source: l.from, target: l.to, label: l.type }))
	};
}

/** The throwaway app: its own package.json, the lockfile's versions, four small source files. */
function writeApp(dir: string) {
	mkdirSync(join(dir, 'src/routes'), { recursive: true });
	const versionOf = (name: string) => pkg.devDependencies[name] ?? pkg.dependencies[name];
	const appDevDependencies = Object.fromEntries(
		[
			'@sveltejs/adapter-static',
			'@sveltejs/kit',
			'@sveltejs/vite-plugin-svelte',
			'svelte',
			'vite'
		].map((name) => [name, versionOf(name)])
	);
	const appPackage = {
		name: 'scrolly-install-check',
		private: true,
		type: 'module',
		dependencies: { [pkg.name]: `file:${tarball}` },
		devDependencies: appDevDependencies
	};
	writeFileSync(join(dir, 'package.json'), JSON.stringify(appPackage, null, 2));
	// Start from this project's lockfile so that every shared dependency resolves to the version
	// tested here (and found in the npm cache); npm drops what the app does not use.
	const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
	lock.name = appPackage.name;
	lock.packages[''] = {
		name: appPackage.name,
		dependencies: appPackage.dependencies,
		devDependencies: appDevDependencies
	};
	writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));

	cpSync(join(root, 'tests/fixtures/stories/harbour-vote'), join(dir, 'stories/harbour-vote'), {
		recursive: true
	});
	writeFileSync(
		join(dir, 'svelte.config.js'),
		`import adapter from '@sveltejs/adapter-static';
export default { kit: { adapter: adapter() } };
`
	);
	writeFileSync(
		join(dir, 'vite.config.js'),
		`import { sveltekit } from '@sveltejs/kit/vite';
export default { plugins: [sveltekit()] };
`
	);
	writeFileSync(
		join(dir, 'src/app.html'),
		`<!doctype html>
<html lang="en">
	<head><meta charset="utf-8" />%sveltekit.head%</head>
	<body><div>%sveltekit.body%</div></body>
</html>
`
	);
	writeFileSync(join(dir, 'src/routes/+layout.js'), 'export const prerender = true;\n');
	writeFileSync(
		join(dir, 'src/routes/+layout.svelte'),
		`<script>
	import '@newsroom/scrolly/theme.css';
	let { children } = $props();
</script>

{@render children()}
`
	);
	writeFileSync(
		join(dir, 'src/routes/+page.server.js'),
		`import { loadStory } from '@newsroom/scrolly/story/loader';

export function load() {
	const story = loadStory('stories/harbour-vote');
	return { title: story.meta.title, events: story.events };
}
`
	);
	writeFileSync(
		join(dir, 'src/routes/+page.svelte'),
		`<script>
	import { Scrolly, Step, StatusBadge } from '@newsroom/scrolly';
	import { Timeline } from '@newsroom/scrolly/visuals/timeline';

	let { data } = $props();
	const steps = [['proposal'], ['debate'], ['vote']];
</script>

<h1>{data.title}</h1>
<p>Every fact is <StatusBadge status="documented" />.</p>
<Scrolly label="The vote">
	{#snippet graphic(state)}
		<Timeline events={data.events} active={new Set(steps[state.index])} title="March" />
	{/snippet}
	<Step id="proposed"><p>The pier is proposed.</p></Step>
	<Step id="debated"><p>Six hours of debate follow.</p></Step>
	<Step id="voted"><p>The council votes.</p></Step>
</Scrolly>
`
	);
}
