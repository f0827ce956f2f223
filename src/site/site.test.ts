import { describe, expect, it } from 'vitest';
import { absoluteUrl, DEFAULT_SITE_URL, siteFromEnv, siteWarnings } from './site.server';

describe('siteFromEnv', () => {
	it('defaults to the preview server', () => {
		expect(siteFromEnv({})).toEqual({
			origin: DEFAULT_SITE_URL,
			base: '',
			name: 'Newsroom Graphics',
			byline: 'By Newsroom Graphics staff'
		});
	});
	it('takes the byline from the configuration, or makes it from the name', () => {
		expect(siteFromEnv({ PUBLIC_SITE_NAME: 'The Example' }).byline).toBe('By The Example staff');
		expect(siteFromEnv({ PUBLIC_SITE_BYLINE: 'By the data team' }).byline).toBe('By the data team');
	});
	it('warns a production build without an origin, and nothing else', () => {
		expect(siteWarnings({}, 'production')).toEqual([
			expect.stringMatching(/^PUBLIC_SITE_URL is not set: .*localhost:4173/)
		]);
		expect(siteWarnings({ PUBLIC_SITE_URL: 'https://news.example.com' }, 'production')).toEqual([]);
		expect(siteWarnings({}, 'development')).toEqual([]);
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
