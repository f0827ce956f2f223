import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAME_QUERIES, FRAMES, LABEL, stageStyle } from './geometry';

describe('FRAME_QUERIES', () => {
	const files = ['./Network.svelte', './NetworkLines.svelte', './NetworkNodes.svelte'];
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
	const style = props(stageStyle(cameras, 3));

	it.each([
		['narrow', 'n'],
		['landscape', 'l'],
		['wide', 'w']
	] as const)('gives the %s layout its frame, type and camera (suffix %s)', (kind, k) => {
		const f = FRAMES[kind];
		const c = cameras[kind];
		expect(style.get(`--W${k}`)).toBe(String(f.width));
		expect(style.get(`--H${k}`)).toBe(String(f.height));
		expect(style.get(`--font${k}`)).toBe(String(f.font));
		expect(style.get(`--lfont${k}`)).toBe(String(f.linkFont));
		expect(style.get(`--mark${k}`)).toBe(String(f.marker));
		expect([style.get(`--cs${k}`), style.get(`--cx${k}`), style.get(`--cy${k}`)]).toEqual(
			[c.s, c.x, c.y].map(String)
		);
	});

	it('sets the label spacing and the notes’ room once, with no empty property', () => {
		expect(style.get('--gap')).toBe(String(LABEL.gap));
		expect(style.get('--padx')).toBe(String(LABEL.padX));
		expect(style.get('--pady')).toBe(String(LABEL.padY));
		expect(style.get('--nw-note-lines')).toBe('3');
		expect(style.size).toBe(3 * 8 + 4);
		expect(style.has('')).toBe(false);
	});
});
