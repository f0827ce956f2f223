/**
 * The lengths a visual works out from its frame's size (container query units) and hands down to
 * every element inside are registered with `@property` as lengths, in the file that declares
 * them, so that the browser computes each once, where it is declared. Unregistered, a custom
 * property is a run of tokens: every element that uses it resolved the whole calc() again
 * whenever an inherited value changed, which a change of step does (issue 17, measured in
 * Chromium: a full restyle of the network's graphic went from 7.3 to 2.6 ms, the timeline's
 * from 5.9 to 1.8 ms).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const REGISTERED: [file: string, properties: string[]][] = [
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

describe.each(REGISTERED)('%s', (file, properties) => {
	const css = readFileSync(file, 'utf8');
	const registered = registrations(css);

	it.each(properties)('registers %s as an inherited length', (name) => {
		expect(registered.get(name)).toEqual({
			syntax: "'<length>'",
			inherits: 'true',
			'initial-value': '0px'
		});
	});

	it.each(properties)('declares %s itself', (name) => {
		expect(css).toMatch(new RegExp(`\\s${name}:\\s*[^;]+;`));
	});
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
