/**
 * Where the built site will live, for the addresses that must be absolute: the canonical URL,
 * the share image and the structured data. Read at build time from the environment:
 *
 * - `PUBLIC_SITE_URL`: the site's origin, e.g. `https://graphics.example-news.com`
 *   (default `http://localhost:4173`, where `vite preview` serves the build).
 * - `BASE_PATH`: the sub-path the site is served under, as in svelte.config.js.
 * - `PUBLIC_SITE_NAME`: the publisher's name in share cards and structured data.
 *
 * `$app/paths` cannot give these: with `paths.relative` the base is relative during prerender.
 */
export interface Site {
	/** Origin without a trailing slash, e.g. "https://graphics.example-news.com". */
	origin: string;
	/** Base path, "" or "/sub/path" (no trailing slash). */
	base: string;
	name: string;
}

export const DEFAULT_SITE_URL = 'http://localhost:4173';
export const DEFAULT_SITE_NAME = 'Newsroom Graphics';

export function siteFromEnv(env: Record<string, string | undefined> = process.env): Site {
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
	return {
		origin: url.origin,
		base: (env.BASE_PATH ?? '').replace(/\/$/, ''),
		name: env.PUBLIC_SITE_NAME?.trim() || DEFAULT_SITE_NAME
	};
}

/** An absolute address on the site for a root-relative path, e.g. "/american-plan/". */
export function absoluteUrl(site: Site, path: string): string {
	return site.origin + site.base + (path.startsWith('/') ? path : `/${path}`);
}
