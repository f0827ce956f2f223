// Every page's <html lang> is its story's locale (the story loads set locals.locale); pages
// without a story are in English, as src/app.html declares.
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		// No <link rel="modulepreload"> for the page's scripts. Every page is read before it is
		// used, and works without them: preloaded, the 15 to 20 scripts a page needs are fetched
		// beside its HTML and its fonts, and on a slow link they hold back the first paint (on a
		// 1.6 Mb/s link, Lighthouse's mobile estimate of the story's first paint went from 1.4 s
		// to 0.9 s without them, served gzipped). The page's boot script still imports them when
		// the HTML has been read; the build's font preloads are added by src/build/fonts.js, and a
		// story page's own script and its imports, at low priority, by src/build/storyScript.js.
		preload: ({ type }) => type === 'css',
		transformPageChunk: ({ html }) => {
			const locale = event.locals.locale;
			if (!locale || locale === 'en') return html;
			return html.replace('<html lang="en"', `<html lang="${locale}"`);
		}
	});
