/**
 * Typography for text that comes from the data files, where quotes and apostrophes are typed
 * straight so that they match the fact base character for character. On the page they are
 * set the way print sets them. Only the marks change, never a word.
 */
export function typeset(text: string): string {
	return (
		text
			.replace(/(\p{L}|\d)'(\p{L})/gu, '$1’$2')
			// An apostrophe that stands for left-out digits: ’90s.
			.replace(/(^|\s)'(\d)/gu, '$1’$2')
			.replace(/(^|[\s([{—–/-])"/gu, '$1“')
			.replace(/"/g, '”')
			.replace(/(^|[\s([{—–/-])'/gu, '$1‘')
			.replace(/'/g, '’')
	);
}

/** The first letter upper-cased, for phrases that start a sentence on the page. */
export function sentence(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
