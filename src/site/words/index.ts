/**
 * The words of the site's own pages that only the server renders (the embed builder's), in each
 * locale. Beside the interface catalogue of the locale, which it extends: the builder page and
 * the oEmbed JSON take both from here; the browser gets only what the builder's page sends it.
 */
import { isLocale, messagesFor, type Locale, type Messages } from '$lib/i18n';
import { en, type BuilderMessages } from './en';
import { uk } from './uk';

export type { BuilderMessages } from './en';

/** Each locale's builder words; words.test.ts holds every one to every key of English. */
export const BUILDER_CATALOGUES: Record<Locale, BuilderMessages> = { en, uk };

export type SiteMessages = Messages & { builder: BuilderMessages };

/** The interface words of a locale with the builder's; English for a locale the site does not
 * know. */
export function siteMessagesFor(locale: string | undefined): SiteMessages {
	const builder = locale && isLocale(locale) ? BUILDER_CATALOGUES[locale] : en;
	return { ...messagesFor(locale), builder };
}
