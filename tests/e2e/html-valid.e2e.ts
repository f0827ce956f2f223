/**
 * The prerendered HTML is sound: every page of the build goes through the Nu HTML Checker
 * (vnu-jar, the W3C validator's engine; it needs Java, which .ci/run installs), and every
 * component it shows has its stylesheet in the page.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { SCOPED_CLASS } from '../../src/build/cssHash.js';
import { builtPages } from './sitePages';

it('passes the Nu HTML Checker on every page, with no error', () => {
	const java = spawnSync('java', ['-version']);
	if (java.error) {
		throw new Error(
			'The HTML validator needs Java: sudo apt-get install -y default-jre-headless (bash .ci/run does it)'
		);
	}
	const jar = createRequire(import.meta.url).resolve('vnu-jar');
	const vnu = jar.replace(/vnu-jar\.js$/, 'build/dist/vnu.jar');
	// A page's inline <style>s are its critical CSS and its font faces (src/build/): copies of
	// rules of its stylesheets, which the checker does not read either (its CSS grammar predates
	// container queries and anchor positioning). The HTML is checked as it is otherwise.
	const copies = mkdtempSync(join(tmpdir(), 'html-valid-'));
	const files = builtPages().map((page) => {
		const copy = join(copies, `${page}index.html`);
		mkdirSync(dirname(copy), { recursive: true });
		const html = readFileSync(`build${page}index.html`, 'utf8');
		writeFileSync(copy, html.replace(/(<style>)[\s\S]*?(<\/style>)/g, '$1$2'));
		return copy;
	});
	expect(files.length).toBeGreaterThan(2);
	const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'text', ...files], {
		encoding: 'utf8'
	});
	rmSync(copies, { recursive: true, force: true });
	const output = (result.stdout + result.stderr).trim();
	const errors = output.split('\n').filter((line) => !/^Document checking completed/.test(line));
	expect(errors.filter(Boolean)).toEqual([]);
	expect(result.status).toBe(0);
}, 180_000);

/**
 * A component with styles marks its elements with a scoping class (`s-<hash>`, src/build/cssHash.js), and its rules carry
 * the same class. SvelteKit links the stylesheets of what the server rendered, but it finds them
 * by walking the bundle's import graph, and a chunking change once hid the explorer's styles
 * from the embed page: stacked (no host loader) it stayed unstyled, and it grew by 600 px when
 * the island hydrated. This reads every page and its stylesheets from disk.
 */
it('links the stylesheet of every component on every page', () => {
	const missing: string[] = [];
	for (const page of builtPages()) {
		const html = readFileSync(`build${page}index.html`, 'utf8');
		const css = [
			...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]),
			...[...html.matchAll(/<link[^>]*rel="stylesheet"(?![^>]*disabled)[^>]*>/g)].map((m) => {
				const href = /href="([^"]+)"/.exec(m[0])![1]!;
				return readFileSync(new URL(href, `file://${process.cwd()}/build${page}`), 'utf8');
			})
		].join('\n');
		const scoped = new Set(
			[...html.matchAll(/class="([^"]*)"/g)].flatMap((m) =>
				m[1]!.split(/\s+/).filter((name) => SCOPED_CLASS.test(name))
			)
		);
		for (const name of scoped) if (!css.includes(`.${name}`)) missing.push(`${page}: .${name}`);
		// A check that finds no scoping class (its pattern out of date) would pass on anything.
		if (page === '/american-plan/') expect(scoped.size).toBeGreaterThan(10);
	}
	expect(missing).toEqual([]);
});
