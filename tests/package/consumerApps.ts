/**
 * The throwaway apps that the package test installs the packed tarball into, as a designer's
 * own apps: one on SvelteKit 2 under this machine's Node 20, one on SvelteKit 3 under Node 22
 * (the npm registry ships Node as the package `node`; the app installs it and builds with it).
 * SvelteKit 3 takes its configuration in the Vite plugin and refuses a svelte.config.js.
 *
 * Both apps get the same pages (PAGES). To add one, say a visual fed with plain data, add its
 * files under `src/routes/<name>/` here and its checks to install.test.ts: both apps build it.
 * Imports are relative (SvelteKit 3 has no `$lib`).
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const versionOf = (name: string): string => pkg.devDependencies[name] ?? pkg.dependencies[name];

export interface ConsumerApp {
	name: string;
	/** The app's own dependencies, at exact versions (the tarball is added to them). */
	dependencies: Record<string, string>;
	devDependencies: Record<string, string>;
	/** Start from this project's lockfile, so that shared dependencies resolve to the versions
	 * tested here (and come from the npm cache that `npm ci` filled). */
	lockfileFromRepo: boolean;
	/** The Node that builds the app and runs its plain-Node checks (absolute, or in the app). */
	node: string;
	/** Its major version, e.g. "v22". */
	nodeMajor: string;
	/** Configuration files, by path. */
	config: Record<string, string>;
}

export const APPS: ConsumerApp[] = [
	{
		name: 'SvelteKit 2 on Node 20',
		dependencies: { layercake: versionOf('layercake') },
		devDependencies: Object.fromEntries(
			[
				'@sveltejs/adapter-static',
				'@sveltejs/kit',
				'@sveltejs/vite-plugin-svelte',
				'svelte',
				'vite'
			].map((name) => [name, versionOf(name)])
		),
		lockfileFromRepo: true,
		node: process.execPath,
		nodeMajor: process.version.split('.')[0]!,
		config: {
			'svelte.config.js': `import adapter from '@sveltejs/adapter-static';
export default { kit: { adapter: adapter() } };
`,
			'vite.config.js': `import { sveltekit } from '@sveltejs/kit/vite';
export default { plugins: [sveltekit()] };
`
		}
	},
	{
		name: 'SvelteKit 3 on Node 22',
		dependencies: { layercake: versionOf('layercake') },
		devDependencies: {
			node: '22.23.3',
			'@sveltejs/adapter-static': '4.0.1',
			'@sveltejs/kit': '3.2.0',
			'@sveltejs/vite-plugin-svelte': '7.3.2',
			svelte: '5.59.1',
			typescript: '6.0.3',
			vite: '8.4.1'
		},
		lockfileFromRepo: false,
		node: 'node_modules/.bin/node',
		nodeMajor: 'v22',
		config: {
			'vite.config.js': `import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
export default { plugins: [sveltekit({ adapter: adapter() })] };
`
		}
	}
];

/** The apps' source files, by path: the same in both apps. */
export const PAGES: Record<string, string> = {
	'src/app.html': `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link rel="icon" href="data:," />
		%sveltekit.head%
	</head>
	<body><div>%sveltekit.body%</div></body>
</html>
`,
	'src/routes/+layout.js': 'export const prerender = true;\n',
	// The host's own text colour and no background, as in a newsroom's light page.
	'src/routes/+layout.svelte': `<script>
	import '@newsroom/scrolly/theme.css';
	import '@newsroom/scrolly/visuals/properties.css';
	let { children } = $props();
</script>

{@render children()}

<style>
	:global(body) { margin: 0; color: #111; font-family: Georgia, serif; }
</style>
`,

	// The story loader at build time, the package's timeline and a status badge.
	'src/routes/+page.server.js': `import { loadStory } from '@newsroom/scrolly/story/loader';

export function load() {
	const story = loadStory('stories/harbour-vote');
	return { title: story.meta.title, events: story.events };
}
`,
	'src/routes/+page.svelte': `<script>
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
`,

	// The app's own LayerCake chart in a four-step <Scrolly>; it renders on the server (ssr,
	// percentages), so its stills are whole without JavaScript. Two boxes ask for dark.
	'src/lib/StepBars.svelte': `<script>
	import { Html, LayerCake } from 'layercake';

	let { step, still = false } = $props();
	const bars = [
		{ id: 'north', value: 4 },
		{ id: 'east', value: 7 },
		{ id: 'south', value: 3 },
		{ id: 'west', value: 9 }
	];
</script>

<div class="step-bars" data-step={step} data-still={still}>
	<LayerCake ssr percentRange data={bars} x="value" xDomain={[0, 10]}>
		{#snippet children(k)}
			<Html>
				{#each bars as bar, i (bar.id)}
					<div
						class="bar"
						class:active={i === step}
						style="top:{i * 25}%;width:{k.xScale(bar.value)}%"
					>{bar.id}</div>
				{/each}
			</Html>
		{/snippet}
	</LayerCake>
</div>

<style>
	.step-bars { height: 100%; min-height: 12rem; }
	.bar { position: absolute; left: 0; height: 20%; background: #9bb; color: #111; }
	.bar.active { background: #246; color: #fff; }
</style>
`,
	'src/routes/one-graphic/+page.svelte': `<script>
	import { Scrolly, Step } from '@newsroom/scrolly';
	import StepBars from '../../lib/StepBars.svelte';

	let index = $state(0);
</script>

<h1>Four steps, one chart</h1>
<Scrolly bind:index label="The four bars">
	{#snippet graphic(state)}<StepBars step={state.index} still={state.stacked} />{/snippet}
	<Step id="north"><p>The north bar.</p></Step>
	<Step id="east"><p>The east bar.</p></Step>
	<Step id="south"><p>The south bar.</p></Step>
	<Step id="west"><p>The west bar.</p></Step>
</Scrolly>
<p class="index">Step {index + 1}</p>
<section class="asks-dark" data-theme="dark"><p>Always dark.</p></section>
<section class="asks-auto" data-theme="auto"><p>Dark when the reader’s system is.</p></section>
`,

	// Three of the package's visuals fed only plain arrays: events over three years, two
	// speakers, and a network with a group and link types no story defines.
	'src/lib/plain.js': `export const events = [
	{ id: 'filed', date: '2019-03-04', title: 'The plan is filed' },
	{ id: 'hearing', date: '2020-06-15', end: '2020-06-16', title: 'Two days of hearings' },
	{ id: 'vote', date: '2021-01-02', title: 'The council votes' }
];
export const speakers = [
	{ id: 'cal', name: 'Cal Reyes', role: 'Council leader' },
	{ id: 'ada', name: 'Ada Marsh', role: 'Town engineer' }
];
export const lines = [
	{ id: 'ask', speaker: 'cal', text: 'Can you have it by Thursday?' },
	{ id: 'yes', speaker: 'ada', text: 'Thursday, if the costs hold.' }
];
export const nodes = [
	{ id: 'mayor', label: 'The mayor' },
	{ id: 'firm', label: 'Harbour Works', group: 'harbour-board' },
	{ id: 'clerk', label: 'The clerk' }
];
export const links = [
	{ id: 'contract', source: 'mayor', target: 'firm', label: 'signed the contract', type: 'money' },
	{ id: 'minutes', source: 'clerk', target: 'mayor', label: 'took the minutes' }
];
`,
	'src/routes/plain-visuals/+page.server.js': `import { layoutNetworks, networkPicture } from '@newsroom/scrolly/visuals/network/layout';
import { links, nodes } from '../../lib/plain.js';

export function load() {
	const positions = layoutNetworks(nodes, links);
	const picture = networkPicture(nodes, links, positions, { links: ['contract'] });
	return { positions, picture };
}
`,
	'src/routes/plain-visuals/+page.svelte': `<script>
	import { Network } from '@newsroom/scrolly/visuals/network';
	import { Timeline } from '@newsroom/scrolly/visuals/timeline';
	import { Transcript } from '@newsroom/scrolly/visuals/transcript';
	import { events, lines, links, nodes, speakers } from '../../lib/plain.js';

	let { data } = $props();
</script>

<div class="box timeline-box"><Timeline {events} active={['vote']} title="Three years" /></div>
<div class="box transcript-box">
	<Transcript {speakers} {lines} active={['ask']} date="2026-04-08" />
</div>
<div class="box network-box">
	<Network
		{nodes}
		{links}
		positions={data.positions}
		highlight={{ links: ['contract'] }}
		picture={data.picture}
		colors={{ 'harbour-board': 'rgb(138, 90, 0)' }}
		groupLabels={{ 'harbour-board': 'Harbour board' }}
		label="The mayor signed the contract with Harbour Works"
	/>
</div>

<style>
	.box { height: 26rem; margin: 1rem; }
</style>
`
};

/** Writes `app` into `dir`, with the tarball as its dependency. */
export function writeConsumerApp(dir: string, app: ConsumerApp, tarball: string): void {
	const manifest = {
		name: 'scrolly-consumer-app',
		private: true,
		type: 'module',
		dependencies: { [pkg.name]: `file:${tarball}`, ...app.dependencies },
		devDependencies: app.devDependencies
	};
	const files: Record<string, string> = {
		'package.json': JSON.stringify(manifest, null, 2),
		...app.config,
		...PAGES
	};
	if (app.lockfileFromRepo) {
		// npm drops from it what the app does not use.
		const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
		lock.name = manifest.name;
		lock.packages[''] = {
			name: manifest.name,
			dependencies: manifest.dependencies,
			devDependencies: manifest.devDependencies
		};
		files['package-lock.json'] = JSON.stringify(lock, null, 2);
	}
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	cpSync(join(root, 'tests/fixtures/stories/harbour-vote'), join(dir, 'stories/harbour-vote'), {
		recursive: true
	});
}
