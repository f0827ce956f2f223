/**
 * No global CSS leaks into a designer's page: every selector in every component the package
 * ships is scoped to that component (Svelte adds a `svelte-…` class to each), and the one
 * stylesheet it ships, theme.css, only declares `--sc-*` custom properties (and the colour
 * scheme they are meant for).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

/** Every .svelte file under src/lib: what the package ships (test harnesses live in tests/). */
function packagedComponents(dir = 'src/lib'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return packagedComponents(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

/** Selector lists of every style rule, skipping at-rule preludes (@media, @container…). */
export function selectorsOf(css: string): string[] {
	const selectors: string[] = [];
	let prelude = '';
	for (let i = 0; i < css.length; i++) {
		const c = css[i]!;
		if (c === '/' && css[i + 1] === '*') {
			i = css.indexOf('*/', i) + 1;
			continue;
		}
		if (c === '{') {
			const text = prelude.trim();
			if (text && !text.startsWith('@') && !/^(from|to|\d+%)/.test(text)) selectors.push(text);
			prelude = '';
		} else if (c === '}' || c === ';') prelude = '';
		else prelude += c;
	}
	return selectors.flatMap(splitSelectorList);
}

function splitSelectorList(list: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let current = '';
	for (const c of list) {
		if (c === '(') depth++;
		if (c === ')') depth--;
		if (c === ',' && depth === 0) {
			out.push(current.trim());
			current = '';
		} else current += c;
	}
	out.push(current.trim());
	return out;
}

describe('component styles', () => {
	const files = packagedComponents();

	it('finds the components', () => {
		expect(files.length).toBeGreaterThan(10);
		expect(files).toContain('src/lib/scrolly/Scrolly.svelte');
	});

	it.each(files)('%s scopes every selector', (file) => {
		const { css } = compile(readFileSync(file, 'utf8'), { filename: file, css: 'external' });
		if (!css) return;
		const unscoped = selectorsOf(css.code).filter(
			(selector) => !/\.svelte-[a-z0-9]+/.test(selector)
		);
		expect(unscoped, `global selectors in ${file}`).toEqual([]);
	});

	it('the check catches a global selector', () => {
		const { css } = compile('<p>x</p><style>p { color: red } :global(body) { margin: 0 }</style>', {
			filename: 'Leaky.svelte',
			css: 'external'
		});
		const unscoped = selectorsOf(css!.code).filter((s) => !/\.svelte-[a-z0-9]+/.test(s));
		expect(unscoped).toEqual(['body']);
	});
});

describe('theme.css', () => {
	const css = readFileSync('src/lib/ui/theme.css', 'utf8');

	it('declares only --sc-* custom properties and color-scheme', () => {
		const declarations = [
			...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([\w-]+)\s*:\s*[^;{}]+;/g)
		].map((m) => m[1]);
		expect(declarations.length).toBeGreaterThan(30);
		expect(declarations.filter((p) => !p!.startsWith('--sc-') && p !== 'color-scheme')).toEqual([]);
	});

	/** The declarations of the first rule whose selector matches, in order. */
	const declarationsOf = (selector: RegExp) => {
		const start = css.search(selector);
		expect(start, String(selector)).toBeGreaterThanOrEqual(0);
		const open = css.indexOf('{', start);
		return css
			.slice(open + 1, css.indexOf('}', open))
			.replace(/\/\*[\s\S]*?\*\//g, '')
			.split(';')
			.map((d) => d.trim().replace(/\s+/g, ' '))
			.filter(Boolean);
	};
	const block = (selector: RegExp) =>
		new Set(declarationsOf(selector).map((d) => d.slice(0, d.indexOf(':'))));

	it('gives the dark theme a value for every colour the light theme sets', () => {
		const light = block(/^:root,\s*\[data-theme='light'\]\s*\{/m);
		const dark = block(/^\[data-theme='dark'\]\s*\{/m);
		const colors = [...light].filter((name) =>
			/^--sc-(bg|fg|muted|rule|accent|focus|link|mark|status|group)/.test(name!)
		);
		expect(colors.length).toBeGreaterThan(15);
		expect(colors.filter((name) => !dark.has(name))).toEqual([]);
	});

	it('is light unless a page asks for dark: data-theme="dark", or "auto" in a dark system', () => {
		const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
		const rules = [...code.matchAll(/([^{}]+)\{([^{}]*)\}/g)];
		// What applies to a page that asks nothing: the :root rules, which declare no dark colour
		// and no colour scheme (which would turn the browser's own canvas and controls dark).
		const root = rules.filter((m) =>
			m[1]!
				.trim()
				.split(/\s*,\s*/)
				.includes(':root')
		);
		expect(root.length).toBeGreaterThan(1);
		for (const [, , body] of root) {
			expect(body).not.toMatch(/color-scheme/);
			expect(body).not.toMatch(/#141414/);
		}
		// The system's preference is only followed where the page said `auto`.
		const inMedia = /@media \(prefers-color-scheme: dark\)\s*\{\s*([^{]+)\{/.exec(code)?.[1];
		expect(inMedia?.trim()).toBe("[data-theme='auto']");
		expect(code.match(/prefers-color-scheme/g)).toHaveLength(1);
	});

	it('gives dark the same values whether asked for with "dark" or "auto"', () => {
		const forced = declarationsOf(/^\[data-theme='dark'\]\s*\{/m).filter(
			(d) => !d.startsWith('color-scheme')
		);
		expect(forced.length).toBeGreaterThan(15);
		expect(declarationsOf(/^\t\[data-theme='auto'\]\s*\{/m)).toEqual(forced);
	});
});
