/**
 * CSS `unicode-range` values to sets of code points and back.
 */

/**
 * @param {string} value e.g. `U+0000-00FF, U+0131, U+02??`
 * @returns {(codePoint: number) => boolean}
 */
export function parseUnicodeRange(value) {
	/** @type {[number, number][]} */
	const spans = [];
	for (const part of value.split(',')) {
		const token = part.trim().toUpperCase();
		const match = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/.exec(token);
		if (!match) throw new Error(`Not a unicode-range: "${part.trim()}" in "${value}"`);
		const [, start = '', end] = match;
		if (start.includes('?'))
			spans.push([parseInt(start.replace(/\?/g, '0'), 16), parseInt(start.replace(/\?/g, 'F'), 16)]);
		else spans.push([parseInt(start, 16), parseInt(end ?? start, 16)]);
	}
	return (codePoint) => spans.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * @param {Iterable<number>} codePoints
 * @returns {string} the shortest list of ranges, e.g. `U+20-7E,U+A0,U+2019`
 */
export function formatUnicodeRange(codePoints) {
	const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
	/** @type {string[]} */
	const parts = [];
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === /** @type {number} */ (sorted[j]) + 1) j++;
		const hex = (/** @type {number} */ n) => n.toString(16).toUpperCase();
		const [from, to] = [/** @type {number} */ (sorted[i]), /** @type {number} */ (sorted[j])];
		parts.push(from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`);
		i = j + 1;
	}
	return parts.join(',');
}
