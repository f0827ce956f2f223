/**
 * Renders one run's results as readable Markdown (bench/results/latest.md).
 */
import type { BenchResults } from './types';
import type { KindBytes } from './weight';

const n = (value: number | undefined, unit = '') =>
	value === undefined ? '–' : `${value.toLocaleString('en-US')}${unit}`;
const kb = (b: KindBytes | undefined) => (b ? `${n(b.gzip)} B (${b.count})` : '–');
const ms = (value: number | undefined) => n(value, ' ms');
const triple = (s: { p50?: number; p95?: number; max?: number }) =>
	`${n(s.p50)} / ${n(s.p95)} / ${n(s.max)}`;

export function renderReport(r: BenchResults): string {
	const out: string[] = [];
	const line = (text = '') => out.push(text);
	const failed = r.budgets.filter((b) => b.pass !== true).length;

	line(`# Benchmark: ${r.pages.story} (${r.timestamp})`);
	line();
	line(
		`Commit \`${r.git.commit.slice(0, 12)}\`${r.git.dirty ? ' (with uncommitted changes)' : ''} on \`${r.git.branch}\`. ` +
			`Run took ${Math.round(r.durationMs / 1000)} s. ${failed ? `**${failed} of ${r.budgets.length} budgets fail.**` : `All ${r.budgets.length} budgets pass.`}`
	);
	line();
	line(
		`Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, ${r.machine.platform}; ` +
			`load average ${r.machine.loadAverageStart.map((v) => v.toFixed(1)).join(' / ')} at the start, ` +
			`${r.machine.loadAverageEnd.map((v) => v.toFixed(1)).join(' / ')} at the end (1 / 5 / 15 min). ` +
			`Node ${r.machine.node}, ${r.machine.chromium}.`
	);
	line();
	line(
		'Versions: ' +
			Object.entries(r.versions)
				.map(([name, version]) => `${name} ${version}`)
				.join(', ') +
			'.'
	);
	line();

	line('## Budgets');
	line();
	line('| Budget | Limit | Figure | Result |');
	line('| --- | --- | --- | --- |');
	for (const b of r.budgets) {
		const result = b.pass === true ? 'pass' : b.pass === false ? '**FAIL**' : '**not measured**';
		line(`| ${b.label} | ${b.limit} | ${b.figure} | ${result} |`);
	}
	line();

	line('## Build');
	line();
	line(
		`- Whole site (\`npm run build\`, stories/ only): ${r.build.siteMs === undefined ? `not built (${r.build.note})` : ms(r.build.siteMs)}`
	);
	line(`- Bare SvelteKit page (bench/bare, same packages): ${ms(r.build.bareMs)}`);
	line();

	line('## Page weight');
	line();
	line(
		'Gzipped bytes (zlib level 9, from the built files) and number of files. First load: from navigation at the top of the page until the network is idle (500 ms without a request). In total: after scrolling the whole page to the bottom.'
	);
	line();
	line(
		'| Page | Viewport | JS, first load | JS, in total | CSS, first load | HTML (gzipped; raw) | Fonts (raw bytes) |'
	);
	line('| --- | --- | --- | --- | --- | --- | --- |');
	for (const w of r.weight) {
		line(
			`| ${w.page} \`${w.path}\` | ${w.viewport.width}×${w.viewport.height} | ${kb(w.firstLoad.js)} | ${w.total ? kb(w.total.js) : '–'} | ${kb(w.firstLoad.css)} | ${kb(w.firstLoad.html)}; ${n(w.firstLoad.html.raw)} B | ${n(w.firstLoad.font.raw)} B (${w.firstLoad.font.count}) |`
		);
	}
	line();
	for (const [viewport, ratio] of Object.entries(r.ratio)) {
		line(`- Story / bare first-load JS, ${viewport}: **${ratio.toFixed(2)}×**`);
	}
	if (!r.pages.embed) line(`- Embed: ${r.pages.embedNote}`);
	const unmapped = r.weight.flatMap((w) => w.unmapped);
	if (unmapped.length) line(`- Responses not matched to a built file: ${unmapped.join(', ')}`);
	line();

	line('## Fonts preloaded');
	line();
	line(
		`Read from the built pages (\`<link rel="preload" as="font">\`), raw bytes on disk. ${r.fonts.length} pages; the most first:`
	);
	line();
	for (const f of r.fonts.slice(0, 5))
		line(`- \`${f.page}\`: ${n(f.bytes)} B (${f.files.join(', ') || 'none'})`);
	line();

	line('## Lighthouse');
	line();
	line(
		`Each page, preset and server ${r.runs} times; the budgets take the median of each figure. "gzip": served compressed, as a CDN serves it; "plain": the same files uncompressed, as a bare static host serves them.`
	);
	line();
	line(
		'| Page | Preset | Server | Run | Performance | Accessibility | Best practices | SEO | LCP | CLS | TBT | FCP | Speed Index | CPU index |'
	);
	line('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const l of r.lighthouse) {
		line(
			`| ${l.page} | ${l.preset} | ${l.server} | ${l.run} | ${n(l.scores.performance)} | ${n(l.scores.accessibility)} | ${n(l.scores.bestPractices)} | ${n(l.scores.seo)} | ${ms(l.lcpMs)} | ${n(l.cls)} | ${ms(l.tbtMs)} | ${ms(l.fcpMs)} | ${ms(l.speedIndexMs)} | ${n(l.benchmarkIndex)} |`
		);
	}
	line();
	line(
		"CPU index: Lighthouse's own benchmark of the machine during the run (its mobile preset assumes a fast desktop, around 1,000 or more, and slows the CPU 4× in simulation); a low index on a shared machine lowers the performance score and raises TBT."
	);
	for (const l of r.lighthouse) {
		if (l.failedAudits.length) {
			line(
				`- ${l.page} ${l.preset} ${l.server} run ${l.run} lost points on: ${l.failedAudits.map((a) => `${a.id} (${a.title})`).join('; ')}`
			);
		}
		for (const warning of l.warnings)
			line(
				`- ${l.page} ${l.preset} ${l.server} run ${l.run} warning: ${warning.replace(/\s+/g, ' ')}`
			);
	}
	for (const l of r.lighthouse) {
		const c = l.network.chromium;
		line(
			`- Network, ${l.page} ${l.preset} ${l.server} run ${l.run}: ${l.network.nothingDownloaded ? 'nothing fetched from beyond this machine' : '**something was fetched from beyond this machine**'}` +
				` (Lighthouse process: ${l.network.lighthouseProcess.length ? l.network.lighthouseProcess.join(', ') : 'no outside connection'};` +
				` page: ${l.network.page.length ? l.network.page.join(', ') : 'local requests only'};` +
				` Chromium: ${c ? `${c.dnsQueries} DNS queries, answered by ${c.answeredHosts.join(', ') || 'no outside host'}; its background services tried ${c.attemptedHosts.join(', ') || 'nothing'}, refused by the host-resolver rule` : 'no NetLog'}).`
		);
	}
	line();

	line('## Scrolling');
	line();
	line(
		'The whole story, top to bottom, scrolled by `Input.synthesizeScrollGesture` (a wheel gesture at a steady speed, through the browser\'s own input and compositor path). Frame times are the gaps between `requestAnimationFrame` callbacks on the main thread. "static" is a control run of the same page with the site\'s own scripts blocked (the server-rendered HTML and CSS only): what the browser and this machine cost without our JavaScript.'
	);
	line();
	line(
		'| Viewport | Page | Run | Distance, speed | Frame time p50 / p95 / max | Dropped frames | Long tasks (> 50 ms) | Long animation frames | CLS, load + scroll | Layouts / style recalcs during the scroll |'
	);
	line('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const s of r.scroll) {
		line(
			`| ${s.viewport.width}×${s.viewport.height} | ${s.variant} | ${s.run} | ${n(s.distance)} px at ${n(s.speed)} px/s, ${ms(s.durationMs)} | ${triple(s.frames)} ms | ${s.frames.dropped} of ${s.frames.count + s.frames.dropped} | ${s.longTasks.length}${s.longTasks.length ? ` (${s.longTasks.map((t) => t.duration).join(', ')} ms)` : ''} | ${s.longAnimationFrames.length} | ${n(s.cls.visit)} | ${n(s.rendering.LayoutCount)} / ${n(s.rendering.RecalcStyleCount)} |`
		);
	}
	line();
	const shifts = r.scroll
		.filter((s) => s.variant === 'site')
		.flatMap((s) =>
			s.layoutShifts.filter((shift) => shift.value >= 0.001).map((shift) => ({ s, shift }))
		);
	if (shifts.length) {
		line(
			'Layout shifts on the story page (time from the start of the scroll; negative: while loading):'
		);
		line();
		for (const { s, shift } of shifts) {
			line(
				`- ${s.viewportName} run ${s.run}, ${shift.start} ms: ${shift.value} — ${shift.sources.map((src) => `\`${src.node}\` ${src.from} → ${src.to}`).join(', ')}`
			);
		}
		line();
	}

	line('## Step → graphic');
	line();
	line(
		"For every step after the first of each section (the first is active from the start): the probe marks when the step's top crosses its trigger line, from the scroll position in the `scroll` event of the frame that carries it; then when the step gets `.is-active`; then when the pinned graphic's DOM changes (MutationObserver on `.scrolly-graphic`). The graphic's new state is painted at the next rendering of the page after that. \"Stale frames\" counts frames that began between the crossing and the change: 0 means the reader sees the new state in the first frame rendered after the crossing."
	);
	line();
	line(
		'| Viewport | Run | Crossings | → active, p50 / p95 / max | → graphic, p50 / p95 / max | Stale frames (0 / 1 / 2+) | Steps whose graphic did not change |'
	);
	line('| --- | --- | --- | --- | --- | --- | --- |');
	for (const s of r.scroll.filter((row) => row.variant === 'site')) {
		const g = s.stepToGraphic;
		line(
			`| ${s.viewport.width}×${s.viewport.height} | ${s.run} | ${g.crossings} | ${triple(g.toActive)} ms | ${triple(g.toGraphic)} ms | ${g.staleFrames['0'] ?? 0} / ${g.staleFrames['1'] ?? 0} / ${g.staleFrames['2+'] ?? 0} | ${g.graphicUnchanged.join(', ') || 'none'}${g.skipped.length ? `; skipped (a later step crossed in the same frame): ${g.skipped.join(', ')}` : ''}${g.neverActive.length ? `; **never active**: ${g.neverActive.join(', ')}` : ''} |`
		);
	}
	line();

	if (r.errors.length) {
		line('## Errors');
		line();
		for (const error of r.errors) line(`- ${error.split('\n')[0]}`);
		line();
	}
	return out.join('\n');
}
