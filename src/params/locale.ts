// The first folder of a translated edition's address: /uk/american-plan/. English has none.
import { isLocale } from '$lib/i18n/locales';
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string): param is string =>
	param !== 'en' && isLocale(param)) satisfies ParamMatcher;
