/**
 * The fonts each page of a build preloads (`<link rel="preload" as="font">`), and their bytes
 * on disk: deterministic, read from the built files. The budget holds on every page.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { htmlFiles } from '../src/build/site.js';

export interface PreloadedFonts {
	/** The page, as a path in the site (`/american-plan/`). */
	page: string;
	bytes: number;
	files: string[];
}

/** Every page of the built site `dir`, with the fonts it preloads; most bytes first. */
export function preloadedFonts(dir: string): PreloadedFonts[] {
	return htmlFiles(dir)
		.map((file) => {
			const html = readFileSync(file, 'utf8');
			const files = [...html.matchAll(/<link\b[^>]*>/g)]
				.map(([tag]) => tag)
				.filter((tag) => /\brel="preload"/.test(tag) && /\bas="font"/.test(tag))
				.map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1] ?? '')
				.map((href) => (href.startsWith('/') ? join(dir, href) : resolve(dirname(file), href)));
			return {
				page: `/${relative(dir, file).split('\\').join('/')}`.replace(/index\.html$/, ''),
				bytes: files.reduce((sum, path) => sum + statSync(path).size, 0),
				files: files.map((path) => relative(dir, path))
			};
		})
		.sort((a, b) => b.bytes - a.bytes || a.page.localeCompare(b.page));
}
