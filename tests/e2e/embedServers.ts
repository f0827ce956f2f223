/**
 * Two origins for the embed tests, as in real life:
 * - the embed origin (http://localhost:PORT) serves ./build with the response headers of
 *   build/_headers (static/_headers), as Netlify or Cloudflare Pages would (every matching rule,
 *   a header set twice joined with a comma), so the tests prove the shipped headers are enough
 *   (the sandboxed iframe needs their CORS header) and frame only what they should;
 * - the host origin (http://127.0.0.1:OTHERPORT) serves the publishers' pages of
 *   tests/fixtures/hosts/, filled in with the embed origin, and pym.js from node_modules.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface HeaderRule {
	pattern: RegExp;
	headers: Record<string, string>;
}

/** Parses a Netlify/Cloudflare `_headers` file: a path pattern, then indented `Name: value`. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*')
				.replace(/:\w+/g, '[^/]+');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
			continue;
		}
		const rule = rules.at(-1);
		const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
		if (!rule || !match) throw new Error(`_headers: cannot read "${line}"`);
		rule.headers[match[1]!] = match[2]!.trim();
	}
	return rules;
}

/**
 * The headers the rules give a path, as Netlify and Cloudflare Pages apply them: every rule whose
 * path matches, and a header that several of them set gets their values joined with a comma
 * (for Content-Security-Policy, that is several policies, all enforced).
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	const names: Record<string, string> = {};
	for (const rule of rules.filter((r) => r.pattern.test(path))) {
		for (const [name, value] of Object.entries(rule.headers)) {
			const key = (names[name.toLowerCase()] ??= name);
			headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
		}
	}
	return headers;
}

export interface Origin {
	url: string;
	close(): Promise<void>;
}

async function listen(server: Server, hostname: string): Promise<Origin> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${hostname}:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** ./build on http://localhost:PORT, with build/_headers applied. */
export async function serveEmbedOrigin(dir = 'build'): Promise<Origin> {
	const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
		files(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	return listen(server, 'localhost');
}

const HOSTS_DIR = 'tests/fixtures/hosts';

/**
 * The publishers' pages on http://127.0.0.1:PORT. In a page, `{{EMBED_ORIGIN}}` is the embed
 * origin, `{{SRC}}` the embed's URL (`?path=`, default the fixture story's feature),
 * `{{ATTRS}}` extra iframe attributes (`?attrs=`), `{{LOADER}}` the loader's script tag (left
 * out with `?loader=0`, added after the page has loaded with `?loader=late`), and `{{CODE}}` a
 * pasted snippet (`?code=`).
 */
export async function serveHostOrigin(embedOrigin: string): Promise<Origin> {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (url.pathname === '/favicon.ico') {
			res.statusCode = 204;
			res.end();
			return;
		}
		if (url.pathname === '/pym.v1.min.js') {
			res.setHeader('content-type', 'text/javascript');
			res.end(readFileSync('node_modules/pym.js/dist/pym.v1.min.js'));
			return;
		}
		const name = url.pathname.slice(1);
		if (!/^[\w-]+\.html$/.test(name)) {
			res.statusCode = 404;
			res.end('Not found');
			return;
		}
		const q = url.searchParams;
		const fill: Record<string, string> = {
			EMBED_ORIGIN: embedOrigin,
			SRC: `${embedOrigin}/${q.get('path') ?? 'embed/harbour-vote/'}`,
			ATTRS: q.get('attrs') ?? '',
			LOADER:
				q.get('loader') === '0'
					? ''
					: q.get('loader') === 'late'
						? // Added once the page and its iframes have loaded, as a slow CMS might.
							`<script>addEventListener('load', () => document.body.append(Object.assign(document.createElement('script'), { src: '${embedOrigin}/embed.js' })));</script>`
						: `<script src="${embedOrigin}/embed.js" async></script>`,
			CODE: q.get('code') ?? ''
		};
		const html = readFileSync(join(HOSTS_DIR, name), 'utf8').replace(
			/\{\{(\w+)\}\}/g,
			(_, key: string) => fill[key] ?? ''
		);
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(html);
	});
	return listen(server, '127.0.0.1');
}
