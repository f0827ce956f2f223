/**
 * The lengths a visual works out from its frame's size (container query units) and hands down to
 * every element inside are registered with `@property` as lengths, so that the browser computes
 * each once, where it is declared. Unregistered, a custom property is a run of tokens: every
 * element that uses it resolved the whole calc() again whenever an inherited value changed, which
 * a change of step does (issue 17, measured in Chromium: a full restyle of the network's graphic
 * went from 7.3 to 2.6 ms, the timeline's from 5.9 to 1.8 ms).
 *
 * They are registered in visuals/properties.css, which the site loads first (app.css), and in no
 * component's styles: on a story page those load with the visual as the reader scrolls, and a
 * stylesheet that registers a property restyles the whole page (17 ms on a phone).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PROPERTIES = 'src/lib/visuals/properties.css';
const DECLARED: [file: string, properties: string[]][] = [
	['src/lib/visuals/network/NetworkStage.svelte', ['--nw-u', '--nw-k']],
	['src/lib/visuals/timeline/Timeline.svelte', ['--tl-plot']]
];

/** The descriptors of each `@property` rule of a stylesheet. */
function registrations(css: string): Map<string, Record<string, string>> {
	const rules = css.matchAll(/@property\s+(--[\w-]+)\s*\{([^}]*)\}/g);
	return new Map(
		[...rules].map(([, name, body]) => [
			name!,
			Object.fromEntries(
				body!
					.split(';')
					.map((d) => d.split(':').map((s) => s.trim()))
					.filter((d) => d.length === 2)
			)
		])
	);
}

const registered = registrations(readFileSync(PROPERTIES, 'utf8'));

describe.each(DECLARED)('%s', (file, properties) => {
	const css = readFileSync(file, 'utf8');

	it.each(properties)('declares %s, registered as an inherited length', (name) => {
		expect(css).toMatch(new RegExp(`\\s${name}:\\s*[^;]+;`));
		expect(registered.get(name)).toEqual({
			syntax: "'<length>'",
			inherits: 'true',
			'initial-value': '0px'
		});
	});
});

/** Every .svelte file under `dir`. */
const components = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return components(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});

it('registers no property in a visual, whose styles load late on a story page', () => {
	const registering = components('src/lib/visuals').filter((file) =>
		/@property\s/.test(readFileSync(file, 'utf8'))
	);
	expect(registering).toEqual([]);
});

it('registers only the lengths the visuals declare, in a stylesheet the site loads first', () => {
	expect([...registered.keys()].sort()).toEqual(DECLARED.flatMap(([, names]) => names).sort());
	expect(readFileSync('src/app.css', 'utf8')).toContain("@import '$lib/visuals/properties.css';");
});

it('reads the descriptors of a registration', () => {
	const css = "@property --a { syntax: '<length>'; inherits: true; initial-value: 0px; }";
	expect(registrations(css).get('--a')).toEqual({
		syntax: "'<length>'",
		inherits: 'true',
		'initial-value': '0px'
	});
	expect(registrations('.x { --a: 1px; }').size).toBe(0);
});
