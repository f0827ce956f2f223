/**
 * The scrolly engine's layout tokens: theme.css declares each with the default the components
 * fall back to (so a page without theme.css looks the same), and the components only ever read
 * them. A `--sc-*` property set on `.scrolly` itself would beat any value a parent sets.
 * And each box of theirs that sets a background sets its text colour too: on a host page whose
 * text colour is its own, a box with only a background can hide its text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const theme = readFileSync('src/lib/ui/theme.css', 'utf8');
const components = ['Scrolly.svelte', 'Step.svelte'].map((name) => ({
	name,
	css: /<style>([\s\S]*)<\/style>/.exec(readFileSync(`src/lib/scrolly/${name}`, 'utf8'))![1]!
}));

/** One spelling of a CSS value, however prettier wrapped it. */
const normal = (value: string) =>
	value
		.replace(/\s+/g, ' ')
		.replace(/\(\s/g, '(')
		.replace(/,?\s\)/g, ')')
		.trim();

/** The tokens of theme.css's "Scrolly layout" block, with their values. */
const layoutTokens = (() => {
	const start = theme.indexOf('/* # Scrolly layout */');
	const block = theme.slice(start, theme.indexOf('}', start));
	return [...block.matchAll(/(--sc-[\w-]+):\s*([^;]+);/g)].map(([, name, value]) => ({
		name: name!,
		value: normal(value!)
	}));
})();

/** Every `var(--token, fallback)` in `css`, the fallback with its nested parentheses. */
function fallbacksOf(css: string, token: string): string[] {
	const found: string[] = [];
	for (let at = css.indexOf(`var(${token}`); at >= 0; at = css.indexOf(`var(${token}`, at + 1)) {
		let depth = 0;
		let end = at + 4;
		for (; end < css.length; end++) {
			if (css[end] === '(') depth++;
			if (css[end] === ')' && depth-- === 0) break;
		}
		const inner = normal(css.slice(at + 4 + token.length, end));
		found.push(inner.startsWith(',') ? inner.slice(1).trim() : '');
	}
	return found;
}

describe('the layout tokens', () => {
	it('are declared in theme.css', () => {
		expect(layoutTokens.map((t) => t.name)).toEqual(
			expect.arrayContaining([
				'--sc-step-gap',
				'--sc-step-font',
				'--sc-stacked-graphic-height',
				'--sc-phone-graphic-height'
			])
		);
	});

	it.each(layoutTokens)('$name is read with the same default as theme.css gives', (token) => {
		const fallbacks = components.flatMap((c) => fallbacksOf(c.css, token.name));
		expect(fallbacks.length, `${token.name} is used`).toBeGreaterThan(0);
		// `initial` means not set: the fallback is whatever the component draws without it.
		if (token.value !== 'initial') expect(new Set(fallbacks)).toEqual(new Set([token.value]));
	});

	it('are never set by the components, only read', () => {
		for (const { name, css } of components)
			expect(css.match(/(?<![\w(,-])--sc-[\w-]+\s*:/g), name).toBeNull();
	});

	it('the check reads nested fallbacks whole', () => {
		expect(fallbacksOf('a { b: var(--x, min(1px, calc(2px + 3px))); }', '--x')).toEqual([
			'min(1px, calc(2px + 3px))'
		]);
	});

	it('go with a text colour wherever the components set a background', () => {
		const bare = components.flatMap(({ name, css }) =>
			[...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)]
				.filter(([, , body]) =>
					/(^|[\s;])background(-color)?:\s*(?!\s|transparent|none)/.test(body!)
				)
				.filter(([, , body]) => !/(^|[\s;])color:/.test(body!))
				.map(([, selector]) => `${name}: ${selector!.trim()}`)
		);
		expect(bare).toEqual([]);
	});
});
