/**
 * Who may frame which page, as the shipped headers say it: static/_headers applied the way
 * Netlify and Cloudflare Pages apply it (every matching rule, a header set twice joined with a
 * comma, which for a CSP makes two policies that both hold), and docs/nginx-embed.conf the way
 * nginx picks its one location per request. Embeds may be framed by any site; every other page
 * only by the site itself. The browser suite (embed.e2e.ts) checks the same in Chromium.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../e2e/embedServers';

const EMBEDS = [
	'/embed/american-plan/',
	'/embed/american-plan/index.html',
	'/embed/american-plan/timeline/',
	'/embed/harbour-vote/network/'
];
const SITE_ONLY = [
	'/',
	'/index.html',
	'/american-plan/',
	'/american-plan/index.html',
	'/american-plan/embed/',
	'/american-plan/embed/index.html',
	'/harbour-vote/',
	'/components/',
	'/components/timeline/',
	'/components/tokens/index.html'
];

/** The policies a browser enforces from a Content-Security-Policy value (comma-separated). */
const policies = (value: string | undefined) =>
	(value ?? '')
		.split(',')
		.map((policy) => policy.trim())
		.filter(Boolean);

describe('static/_headers, as Netlify and Cloudflare Pages apply it', () => {
	const rules = parseHeadersFile(readFileSync('static/_headers', 'utf8'));
	const csp = (path: string) => headersFor(rules, path)['Content-Security-Policy'];

	it('joins a header that several matching rules set, as those hosts do', () => {
		const joined = parseHeadersFile(
			'/*\n  X-Robots-Tag: noindex\n/a/*\n  x-robots-tag: nosnippet\n'
		);
		expect(headersFor(joined, '/a/b')).toEqual({ 'X-Robots-Tag': 'noindex, nosnippet' });
		expect(headersFor(joined, '/b')).toEqual({ 'X-Robots-Tag': 'noindex' });
	});

	it.each(EMBEDS)('lets any site frame %s', (path) => {
		expect(policies(csp(path))).toEqual(['frame-ancestors *']);
	});

	it.each(SITE_ONLY)('lets only the site frame %s', (path) => {
		const found = policies(csp(path));
		expect(found.length).toBeGreaterThan(0);
		expect(new Set(found)).toEqual(new Set(["frame-ancestors 'self'"]));
	});

	it('sends no X-Frame-Options, which would override frame-ancestors in old browsers', () => {
		expect(JSON.stringify(rules)).not.toMatch(/X-Frame-Options/i);
	});

	it('keeps CORS on the embeds’ scripts and fonts, for sandboxed frames', () => {
		expect(headersFor(rules, '/_app/immutable/entry/start.js')['Access-Control-Allow-Origin']).toBe(
			'*'
		);
	});
});

/** nginx's choice of location for a path: an exact `=` match, else the longest prefix (there are
 * no regular-expression locations in the file). Nested locations are matched inside their parent. */
function nginxHeaders(conf: string, path: string): Record<string, string> {
	interface Location {
		exact: boolean;
		prefix: string;
		headers: Record<string, string>;
		children: Location[];
	}
	const root: Location = { exact: false, prefix: '', headers: {}, children: [] };
	const stack = [root];
	for (const line of conf.split('\n').map((l) => l.trim())) {
		const open = /^location\s+(=|\^~)?\s*(\S+)\s*\{$/.exec(line);
		if (open) {
			const location = { exact: open[1] === '=', prefix: open[2]!, headers: {}, children: [] };
			stack.at(-1)!.children.push(location);
			stack.push(location);
		} else if (line === '}') stack.pop();
		else {
			const header = /^add_header\s+(\S+)\s+"([^"]*)"/.exec(line);
			if (header) stack.at(-1)!.headers[header[1]!] = header[2]!;
		}
	}
	let current = root;
	for (;;) {
		const exact = current.children.find((l) => l.exact && l.prefix === path);
		const longest = current.children
			.filter((l) => !l.exact && path.startsWith(l.prefix))
			.sort((a, b) => b.prefix.length - a.prefix.length)[0];
		const next = exact ?? longest;
		if (!next) return current.headers;
		current = next;
	}
}

describe('docs/nginx-embed.conf, as nginx picks its location', () => {
	const conf = readFileSync('docs/nginx-embed.conf', 'utf8');
	const csp = (path: string) => nginxHeaders(conf, path)['Content-Security-Policy'];

	it.each(EMBEDS)('lets any site frame %s', (path) => {
		expect(csp(path)).toBe('frame-ancestors *');
	});

	it.each(SITE_ONLY)('lets only the site frame %s', (path) => {
		expect(csp(path)).toBe("frame-ancestors 'self'");
	});

	it('keeps CORS on the embeds’ scripts, and sends no X-Frame-Options', () => {
		expect(
			nginxHeaders(conf, '/_app/immutable/entry/start.js')['Access-Control-Allow-Origin']
		).toBe('*');
		expect(conf).not.toMatch(/^\s*add_header X-Frame-Options/im);
	});
});
