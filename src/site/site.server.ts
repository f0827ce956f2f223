/**
 * The publisher's configuration: one site name, one byline and one origin, used by the header,
 * the share card, the structured data, the oEmbed JSON and every absolute address (canonical
 * URL, share image). Read at build time from the environment:
 *
 * - `PUBLIC_SITE_URL`: the site's origin, e.g. `https://graphics.example-news.com`
 *   (default `http://localhost:4173`, where `vite preview` serves the build; a production build
 *   without it warns, see `siteWarnings`).
 * - `BASE_PATH`: the sub-path the site is served under, as in svelte.config.js.
 * - `PUBLIC_SITE_NAME`: the publisher's name, in the header, share cards and structured data.
 * - `PUBLIC_SITE_BYLINE`: the byline of an English story that names no author of its own
 *   (default "By {name} staff"; a story in another language takes its catalogue's `site.byline`).
 *
 * `$app/paths` cannot give these: with `paths.relative` the base is relative during prerender.
 */
import { en } from '../lib/i18n/en.js';

export interface Site {
	/** Origin without a trailing slash, e.g. "https://graphics.example-news.com". */
	origin: string;
	/** Base path, "" or "/sub/path" (no trailing slash). */
	base: string;
	name: string;
	/** "By Newsroom Graphics staff": for stories whose frontmatter has no byline. */
	byline: string;
}

export const DEFAULT_SITE_URL = 'http://localhost:4173';
export const DEFAULT_SITE_NAME = 'Newsroom Graphics';

type Env = Record<string, string | undefined>;

export function siteFromEnv(env: Env = process.env): Site {
	const raw = env.PUBLIC_SITE_URL?.trim() || DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(
			`PUBLIC_SITE_URL="${raw}" is not a web address; use e.g. https://graphics.example-news.com`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`PUBLIC_SITE_URL="${raw}" must start with https:// (or http://)`);
	// Anything after the origin belongs in BASE_PATH, where SvelteKit also needs it.
	if (url.pathname !== '/' || url.search || url.hash)
		throw new Error(
			`PUBLIC_SITE_URL="${raw}" must be an origin only (like https://example.com); put a sub-path in BASE_PATH`
		);
	const name = env.PUBLIC_SITE_NAME?.trim() || DEFAULT_SITE_NAME;
	return {
		origin: url.origin,
		base: (env.BASE_PATH ?? '').replace(/\/$/, ''),
		name,
		byline: env.PUBLIC_SITE_BYLINE?.trim() || en.site.byline(name)
	};
}

/** What a build should tell the publisher about its configuration, one plain line each. A
 * production build without PUBLIC_SITE_URL would publish addresses on localhost. */
export function siteWarnings(env: Env, mode: string): string[] {
	if (mode !== 'production' || env.PUBLIC_SITE_URL?.trim()) return [];
	return [
		`PUBLIC_SITE_URL is not set: the canonical, share-image and oEmbed addresses will point at ${DEFAULT_SITE_URL}. Set it to the site's origin, e.g. PUBLIC_SITE_URL=https://graphics.example-news.com npm run build`
	];
}

/** An absolute address on the site for a root-relative path, e.g. "/american-plan/". */
export function absoluteUrl(site: Site, path: string): string {
	return site.origin + site.base + (path.startsWith('/') ? path : `/${path}`);
}
