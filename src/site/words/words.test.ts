import { describe, expect, it } from 'vitest';
import { CATALOGUES, LOCALES } from '$lib/i18n';
import { catalogueProblems } from '$lib/i18n/catalogues';
import { en } from './en';
import { BUILDER_CATALOGUES, siteMessagesFor } from './index';

describe('the builder’s words', () => {
	it.each(LOCALES.filter((locale) => locale !== 'en'))('%s has every key of English', (locale) => {
		expect(
			catalogueProblems(`src/site/words/${locale}.ts`, en, BUILDER_CATALOGUES[locale])
		).toEqual([]);
	});

	it.each(LOCALES)('%s come with the interface words of the same locale', (locale) => {
		const t = siteMessagesFor(locale);
		expect(t.lang).toBe(CATALOGUES[locale].lang);
		expect(t.builder).toBe(BUILDER_CATALOGUES[locale]);
	});

	it('falls back to English for a locale the site does not know', () => {
		expect(siteMessagesFor('xx').builder).toBe(en);
	});
});

describe('the interface catalogues', () => {
	// The catalogues reach a reader's browser (embeds, islands); the builder's words must not.
	it.each(LOCALES)('%s carries none of the builder’s words', (locale) => {
		expect(Object.keys(CATALOGUES[locale])).not.toContain('builder');
	});
});
