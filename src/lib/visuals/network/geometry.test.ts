import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAME_QUERIES, FRAMES, LABEL, stageStyle } from './geometry';

describe('FRAME_QUERIES', () => {
	const files = ['./NetworkStage.svelte', './NetworkLines.svelte', './NetworkNodes.svelte'];
	it.each(files)(
		'are the container queries of %s, wide then landscape, a later one winning',
		(file) => {
			const css = readFileSync(new URL(file, import.meta.url), 'utf8');
			const queries = [...css.matchAll(/@container nw-chart (\([^{]*\)) \{/g)].map((m) => m[1]);
			expect(queries.length).toBeGreaterThan(0);
			for (const [i, query] of queries.entries())
				expect(query).toBe(i % 2 ? FRAME_QUERIES.landscape : FRAME_QUERIES.wide);
		}
	);
});

describe('stageStyle', () => {
	const cameras = {
		narrow: { s: 1, x: 0, y: 0 },
		landscape: { s: 1.5, x: -10, y: 4 },
		wide: { s: 2, x: -25.5, y: -12 }
	};
	const props = (style: string) =>
		new Map(style.split(';').map((p) => p.split(':') as [string, string]));

	it('sets the cameras that move, and the notes’ room, with no empty property', () => {
		const style = props(stageStyle(cameras, 3));
		expect(Object.fromEntries(style)).toEqual({
			'--csl': '1.5',
			'--cxl': '-10',
			'--cyl': '4',
			'--csw': '2',
			'--cxw': '-25.5',
			'--cyw': '-12',
			'--nw-note-lines': '3'
		});
	});

	it('sets nothing for the whole picture: the stylesheet’s defaults hold', () => {
		const still = { s: 1, x: 0, y: 0 };
		expect(stageStyle({ narrow: still, landscape: still, wide: still }, 0)).toBe('');
	});
});

describe('the stage’s stylesheet', () => {
	const css = readFileSync(new URL('./NetworkStage.svelte', import.meta.url), 'utf8');
	// The rules that set --W: the phone's, then the queries' (wide, then landscape).
	const rules = [...css.matchAll(/\.nw-stage \{([^}]*--W:[^}]*)\}/g)].map((m) =>
		Object.fromEntries(
			[...m[1]!.matchAll(/(--[\w-]+):\s*([-\d.]+);/g)].map((d) => [d[1], Number(d[2])])
		)
	);

	it.each([
		['narrow', 0],
		['wide', 1],
		['landscape', 2]
	] as const)('gives the %s layout its frame and type sizes', (kind, i) => {
		const f = FRAMES[kind];
		expect(rules[i]).toEqual({
			'--W': f.width,
			'--H': f.height,
			'--font': f.font,
			'--lfont': f.linkFont,
			'--mark': f.marker
		});
	});

	it('spaces labels as the layout does', () => {
		const k = (v: number) => `calc(var(--nw-k) * ${v})`;
		expect(css).toContain(`--nw-gap: ${k(LABEL.gap)};`);
		expect(css).toContain(`--nw-pad-x: ${k(LABEL.padX)};`);
		expect(css).toContain(`--nw-pad-y: ${k(LABEL.padY)};`);
	});
});
