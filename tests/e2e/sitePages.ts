/**
 * Every page of the built site, found on disk, so that site-wide checks (accessibility,
 * validity, security headers) cover pages added later without anyone listing them.
 */
import { basename, dirname, relative } from 'node:path';
import { htmlFiles } from '../../src/build/site.js';

export function builtPages(dir = 'build'): string[] {
	return htmlFiles(dir)
		.filter((file) => basename(file) === 'index.html')
		.map((file) => {
			const route = '/' + relative(dir, dirname(file)).split('\\').join('/');
			return route === '/' ? '/' : `${route}/`;
		})
		.sort();
}
