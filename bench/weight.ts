/**
 * Page weight as a reader's browser receives it: every response of a page load is mapped back
 * to its file in the build and counted by kind, raw and gzipped (zlib level 9, computed from
 * the file on disk, so the figure does not depend on how the test server compresses).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { trackNetworkIdle } from './networkIdle';

export type Kind = 'js' | 'css' | 'html' | 'font' | 'other';

export interface KindBytes {
	count: number;
	raw: number;
	gzip: number;
}

export type Weight = Record<Kind, KindBytes>;

export interface PageWeight {
	path: string;
	viewport: { width: number; height: number };
	/** Everything loaded from navigation until the network is idle, at the top of the page. */
	firstLoad: Weight;
	/** Everything loaded after scrolling the whole page to the bottom (includes firstLoad). */
	total?: Weight;
	/** Files of the first load, for the report's detail. */
	firstLoadFiles: { path: string; kind: Kind; gzip: number }[];
	/** Responses that did not map to a file of the build, or came from another origin. */
	unmapped: string[];
}

export function kindOf(path: string): Kind {
	const ext = extname(path).toLowerCase();
	if (ext === '.js' || ext === '.mjs') return 'js';
	if (ext === '.css') return 'css';
	if (ext === '.html') return 'html';
	if (ext === '.woff2' || ext === '.woff' || ext === '.ttf' || ext === '.otf') return 'font';
	return 'other';
}

/** The file of the build that a URL path is served from (as sirv serves it), if any. */
export function fileForUrlPath(buildDir: string, urlPath: string): string | undefined {
	const path = decodeURIComponent(urlPath);
	const candidates = path.endsWith('/')
		? [path + 'index.html']
		: [path, path + '.html', path + '/index.html'];
	for (const candidate of candidates) {
		const file = join(buildDir, candidate);
		if (file.startsWith(buildDir) && existsSync(file) && statSync(file).isFile()) return file;
	}
	return undefined;
}

const gzipCache = new Map<string, { raw: number; gzip: number }>();
export function fileSizes(file: string): { raw: number; gzip: number } {
	let sizes = gzipCache.get(file);
	if (!sizes) {
		const content = readFileSync(file);
		sizes = { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
		gzipCache.set(file, sizes);
	}
	return sizes;
}

function emptyWeight(): Weight {
	const zero = () => ({ count: 0, raw: 0, gzip: 0 });
	return { js: zero(), css: zero(), html: zero(), font: zero(), other: zero() };
}

function sumFiles(files: Map<string, Kind>): Weight {
	const weight = emptyWeight();
	for (const [file, kind] of files) {
		const sizes = fileSizes(file);
		weight[kind].count++;
		weight[kind].raw += sizes.raw;
		weight[kind].gzip += sizes.gzip;
	}
	return weight;
}

export async function measurePageWeight(
	browser: Browser,
	options: {
		origin: string;
		buildDir: string;
		path: string;
		viewport: { width: number; height: number };
		scrollToEnd?: boolean;
	}
): Promise<PageWeight> {
	const context = await browser.newContext({ viewport: options.viewport });
	const page = await context.newPage();
	const files = new Map<string, Kind>();
	const unmapped: string[] = [];
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.protocol === 'data:') return;
		const file =
			url.origin === options.origin ? fileForUrlPath(options.buildDir, url.pathname) : undefined;
		if (!file || response.status() >= 400) {
			unmapped.push(`${response.status()} ${response.url()}`);
			return;
		}
		files.set(file, response.request().resourceType() === 'document' ? 'html' : kindOf(file));
	});
	const idle = trackNetworkIdle(page);
	try {
		await page.goto(options.origin + options.path, { waitUntil: 'load' });
		await idle.wait();
		const firstLoad = sumFiles(files);
		const firstLoadFiles = [...files].map(([file, kind]) => ({
			path: file.slice(options.buildDir.length),
			kind,
			gzip: fileSizes(file).gzip
		}));
		let total: Weight | undefined;
		if (options.scrollToEnd) {
			// A reader's pace: a screenful at a time, with a pause for what comes into view.
			for (let i = 0; i < 500; i++) {
				const moved = await page.evaluate(() => {
					const before = window.scrollY;
					window.scrollBy(0, Math.round(window.innerHeight * 0.8));
					return window.scrollY !== before;
				});
				await page.waitForTimeout(60);
				if (!moved) break;
			}
			await idle.wait();
			total = sumFiles(files);
		}
		return {
			path: options.path,
			viewport: options.viewport,
			firstLoad,
			total,
			firstLoadFiles,
			unmapped
		};
	} finally {
		idle.stop();
		await context.close();
	}
}
