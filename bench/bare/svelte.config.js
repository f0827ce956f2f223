// The smallest SvelteKit setup that writes a static page: the same adapter as the project,
// everything else left at SvelteKit's defaults.
import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
export default {
	kit: { adapter: adapter({ pages: 'build', assets: 'build', strict: true }) }
};
