/**
 * Every page of the built site, found on disk, so that site-wide checks (accessibility,
 * validity, security headers) cover pages added later without anyone listing them.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function builtPages(dir = 'build'): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_app') walk(path);
			} else if (name === 'index.html') {
				const route = '/' + relative(dir, folder).split('\\').join('/');
				pages.push(route === '/' ? '/' : `${route}/`);
			}
		}
	};
	walk(dir);
	return pages.sort();
}
