/**
 * Height messages in the conventions publishers' pages already understand, for an embed that is
 * not served by our host loader. Each gives the iframe an automatic height, with the stacked
 * layout inside it:
 * - pym.js: the parent library adds `childId` to the iframe's URL and listens for strings
 *   `pymxPYMx<childId>xPYMxheightxPYMx<px>`;
 * - AMP (`<amp-iframe resizable>`): `{ sentinel: 'amp', type: 'embed-size', height }`;
 * - WordPress (oEmbed results, wp-embed.js): the iframe's URL ends in `#?secret=<secret>` and the
 *   page listens for `{ message: 'height', value, secret }` (it clamps the height to 200–1000 px
 *   and the frame scrolls beyond that).
 * They carry nothing but a height, so they are posted to '*', as those libraries do.
 */

const PYM = 'xPYMx';

/** pym's child id from the iframe's query string, if it was opened by pym.Parent. */
export function pymChildId(search: string): string | undefined {
	const id = new URLSearchParams(search).get('childId');
	return id && id.length <= 200 && /^\S+$/.test(id) && !id.includes(PYM) ? id : undefined;
}

export function pymMessage(childId: string, type: string, value: string | number): string {
	return ['pym', childId, type, value].join(PYM);
}

/** True for a message that pym.Parent sent to this child (its `width` updates). */
export function isPymMessageFor(childId: string, data: unknown): boolean {
	return typeof data === 'string' && data.startsWith(['pym', childId, ''].join(PYM));
}

/** WordPress's secret from the iframe's fragment (`#?secret=abc123`), if there is one. */
export function wordpressSecret(hash: string): string | undefined {
	return /^#\??(?:.*&)?secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash)?.[1];
}

export function wordpressHeight(secret: string, height: number) {
	return { message: 'height', value: height, secret };
}

export function ampEmbedSize(height: number) {
	return { sentinel: 'amp', type: 'embed-size', height };
}
