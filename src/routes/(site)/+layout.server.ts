import { siteFromEnv } from '$lib/server/site';

// The publisher's name, for the header and the titles of every page of the site.
export const load = () => ({ siteName: siteFromEnv().name });
