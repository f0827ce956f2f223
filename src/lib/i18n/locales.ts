/** The locales the package has interface words for (a catalogue each, beside this file). */
export const LOCALES = ['en', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
	return (LOCALES as readonly string[]).includes(value);
}
