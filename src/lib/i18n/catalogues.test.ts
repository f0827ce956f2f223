import { describe, expect, it } from 'vitest';
import { catalogueProblems, missingKeys } from './catalogues';
import { en } from './en';
import { CATALOGUES, LOCALES } from './index';

describe('missingKeys', () => {
	it.each([
		['all there', { a: 'x', b: { c: 'y' } }, { a: 'X', b: { c: 'Y' } }, []],
		['a missing key', { a: 'x', b: 'y' }, { a: 'X' }, ['b']],
		['a missing branch', { a: { b: 'x' } }, {}, ['a']],
		['a nested key', { a: { b: 'x', c: 'y' } }, { a: { b: 'X' } }, ['a.c']],
		['an empty translation', { a: 'x' }, { a: '  ' }, ['a']],
		['an empty English value may stay empty', { a: '' }, { a: '' }, []]
	])('%s', (_, reference, catalogue, expected) => {
		expect(missingKeys(reference, catalogue)).toEqual(expected);
	});

	it('names the file and the key', () => {
		expect(catalogueProblems('src/lib/i18n/uk.ts', { status: { claimed: 'Claimed' } }, {})).toEqual(
			['src/lib/i18n/uk.ts: status: missing; translate the English {"claimed":"Claimed"}']
		);
		expect(
			catalogueProblems('src/lib/i18n/uk.ts', { status: { claimed: 'Claimed' } }, { status: {} })
		).toEqual(['src/lib/i18n/uk.ts: status.claimed: missing; translate the English "Claimed"']);
	});
});

describe('the catalogues', () => {
	it.each(LOCALES.filter((locale) => locale !== 'en'))('%s has every key of English', (locale) => {
		expect(catalogueProblems(`src/lib/i18n/${locale}.ts`, en, CATALOGUES[locale])).toEqual([]);
	});

	it('each declares its own language', () => {
		for (const locale of LOCALES) expect(CATALOGUES[locale].lang).toBe(locale);
	});
});
