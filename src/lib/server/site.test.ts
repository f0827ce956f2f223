import { describe, expect, it } from 'vitest';
import { absoluteUrl, DEFAULT_SITE_URL, siteFromEnv } from './site';

describe('siteFromEnv', () => {
	it('defaults to the preview server', () => {
		expect(siteFromEnv({})).toEqual({
			origin: DEFAULT_SITE_URL,
			base: '',
			name: 'Newsroom Graphics'
		});
	});
	it('combines the origin with the base path', () => {
		const site = siteFromEnv({
			PUBLIC_SITE_URL: 'https://news.example.com/',
			BASE_PATH: '/graphics/2025',
			PUBLIC_SITE_NAME: 'The Example'
		});
		expect(absoluteUrl(site, '/american-plan/')).toBe(
			'https://news.example.com/graphics/2025/american-plan/'
		);
		expect(site.name).toBe('The Example');
	});
	it('refuses an address that is not an origin', () => {
		expect(() => siteFromEnv({ PUBLIC_SITE_URL: 'news.example.com' })).toThrow(/not a web address/);
		expect(() => siteFromEnv({ PUBLIC_SITE_URL: 'https://x.com/graphics' })).toThrow(/BASE_PATH/);
		expect(() => siteFromEnv({ PUBLIC_SITE_URL: 'ftp://x.com' })).toThrow(/https/);
	});
});
