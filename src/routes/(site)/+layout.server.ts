import { messagesFor } from '$lib/i18n';
import { linkHtml, rootHref } from '$site/chrome';
import { siteFromEnv } from '$site/site.server';
import type { LayoutServerLoad } from './$types';

// The publisher's name, for the header and the titles of every page of the site, and the site
// chrome's words in the page's language (an edition's pages are under /<locale>/). Written here,
// on the server, so that no catalogue of words reaches the browser with the layout.
export const load: LayoutServerLoad = ({ params, url }) => {
	const t = messagesFor('locale' in params ? params.locale : undefined);
	const site = siteFromEnv();
	// Relative, like every link of the site (paths.relative), so it is right wherever it is served.
	const home = rootHref(url.pathname, site.base);
	return {
		siteName: site.name,
		chrome: {
			skipToContent: t.skipToContent,
			footer: t.site.footer,
			// Links as markup (chrome.ts says why). The publisher's name is in the site's language,
			// English (src/app.html): said so on an edition's page in another.
			home: linkHtml(site.name, {
				class: 'site-name',
				href: home,
				lang: t.lang === 'en' ? undefined : 'en'
			}),
			allStories: linkHtml(t.site.allStories, { href: home })
		}
	};
};
