// Every page's <html lang> is its story's locale (the story loads set locals.locale); pages
// without a story are in English, as src/app.html declares.
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const locale = event.locals.locale;
			if (!locale || locale === 'en') return html;
			return html.replace('<html lang="en"', `<html lang="${locale}"`);
		}
	});
