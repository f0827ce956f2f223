import { messagesFor } from '$lib/i18n';
import { siteFromEnv } from '$site/site.server';
import type { LayoutServerLoad } from './$types';

// The publisher's name, for the header and the titles of every page of the site, and the site
// chrome's words in the page's language (an edition's pages are under /<locale>/). Written here,
// on the server, so that no catalogue of words reaches the browser with the layout.
export const load: LayoutServerLoad = ({ params }) => {
	const t = messagesFor('locale' in params ? params.locale : undefined);
	return {
		siteName: siteFromEnv().name,
		// The publisher's name is in the site's language, English (src/app.html): said so on an
		// edition's page in another.
		siteNameLang: t.lang === 'en' ? undefined : 'en',
		chrome: {
			skipToContent: t.skipToContent,
			footer: t.site.footer,
			allStories: t.site.allStories
		}
	};
};
