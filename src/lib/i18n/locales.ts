/** The locales the package has interface words for (a catalogue each, beside this file). */
export const LOCALES = ['en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
	return (LOCALES as readonly string[]).includes(value);
}

/** The entry of `byLocale` for a locale; English for a locale the package does not know. */
export function inLocale<T>(byLocale: Record<Locale, T>, locale: string | undefined): T {
	return byLocale[locale && isLocale(locale) ? locale : 'en'];
}
