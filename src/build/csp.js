/**
 * The Content-Security-Policy of each page allows its inline `<style>` elements by their hash.
 * SvelteKit writes the policy (`kit.csp`, mode `hash`) as a `<meta>` before the build adds the
 * page's font faces and critical CSS (fonts.js, criticalCss.js); this adds their hashes to its
 * `style-src`, so that `'unsafe-inline'` is never needed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './site.js';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/**
 * @param {string} dir the built site
 * @returns {{ pages: number }} pages whose policy changed
 */
export function hashInlineStyles(dir) {
	let pages = 0;
	for (const page of htmlFiles(dir)) {
		const html = readFileSync(page, 'utf8');
		const out = withStyleHashes(html);
		if (out === html) continue;
		writeFileSync(page, out);
		pages++;
	}
	return { pages };
}

/**
 * @param {string} html
 * @returns {string} the page with the hash of each of its `<style>` elements in `style-src`
 */
export function withStyleHashes(html) {
	const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
		([, css]) => `'sha256-${createHash('sha256').update(css ?? '').digest('base64')}'`
	);
	if (hashes.length === 0 || !META.test(html)) return html;
	return html.replace(META, (_m, open, policy, close) => {
		const directives = /** @type {string} */ (policy).split(/\s*;\s*/).filter(Boolean);
		const at = directives.findIndex((d) => /^style-src\s/.test(d) || d === 'style-src');
		const sources = at >= 0 ? directives[at]?.split(/\s+/).slice(1) ?? [] : ["'self'"];
		const merged = `style-src ${[...new Set([...sources, ...hashes])].join(' ')}`;
		if (at >= 0) directives[at] = merged;
		else directives.push(merged);
		return open + directives.join('; ') + close;
	});
}
