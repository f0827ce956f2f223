/**
 * The embed protocol: the messages a feature's iframe and the publisher's page (through the host
 * loader, /embed.js) exchange. Typed once here and used by both sides.
 *
 * Every message is a plain object `{ sentinel: 'scrolly', v: 1, type, ... }`.
 * - iframe → host: `ready` (repeated until `init`, and once more for each later `init`),
 *   `height {height}`, `scrollTo {y}`, `step {id, index}`; each carries the frame's `token`.
 * - host → iframe: `init {mode}`, `viewport {scroll, top, vh, vw}` (once per animation frame
 *   at most).
 *
 * Identity: the host loader gives each frame its own unguessable token, in the fragment of the
 * frame's URL (`#scrolly=<token>`), which only the document loaded there can read. The document
 * sends it back with every message, so a document that later takes the frame's place (a page
 * navigated into it, which a sandboxed frame's opaque origin cannot tell apart) is not believed.
 * Each new `load` in a frame makes it untrusted until a `ready` with the token arrives.
 *
 * Both sides treat every message as hostile until it passes the parser for its direction: the
 * sentinel and version match, the type is known, and every field has the right type and lies in
 * its range. Nothing in a message is ever used as a URL.
 *
 * The parsers are written for size as much as for clarity: they are bundled into the host loader,
 * which must stay under 1.6 KB gzipped.
 */

export const SENTINEL = 'scrolly';
export const VERSION = 1;

/**
 * Largest length in CSS pixels a message may carry: taller than any story the build lets through
 * (its page limit is 3 MB; the flagship's 1 MB page is 47,000 px tall at 280 px wide), far
 * shorter than the million pixels a forged message once stretched a publisher's page to.
 */
export const MAX_PX = 200_000;
/** A frame's token: letters, digits, `-` and `_`, 16 to 128 of them. */
export const TOKEN_PATTERN = /^[\w-]{16,128}$/;
/** Longest step id accepted in a `step` message. */
export const MAX_ID_LENGTH = 128;
/** Largest step index accepted in a `step` message. */
export const MAX_STEP_INDEX = 10_000;

/**
 * How the host page shows the iframe:
 * - `sticky`: pinned, viewport-high, inside a wrapper as tall as the story; the host posts its
 *   scroll offset and the iframe mirrors it (the full scrolly experience);
 * - `stacked`: as tall as its content (every step with its own graphic), no scroll mirroring.
 */
export type EmbedMode = 'sticky' | 'stacked';

interface Envelope<T extends string> {
	sentinel: typeof SENTINEL;
	v: typeof VERSION;
	type: T;
}

/** A message from the iframe carries the token its frame was given (none before it has one). */
interface ChildEnvelope<T extends string> extends Envelope<T> {
	token?: string;
}

/** The iframe is listening; the host answers with `init`. Repeated until it does. */
export type ReadyMessage = ChildEnvelope<'ready'>;
/** Height of the iframe's document, in CSS pixels. */
export type HeightMessage = ChildEnvelope<'height'> & { height: number };
/** Asks the host to scroll so that `y` (a position in the iframe's document) is at the top of
 * the pinned iframe: keyboard scrolling, a focused step, an in-page link. */
export type ScrollToMessage = ChildEnvelope<'scrollTo'> & { y: number };
/** The step at the trigger line changed: `index` counts the story's steps from 0, in order. */
export type StepMessage = ChildEnvelope<'step'> & { id: string; index: number };

/** Tells the iframe which mode the host chose. The iframe remembers the sender's origin and
 * talks only to it from then on. */
export type InitMessage = Envelope<'init'> & { mode: EmbedMode };
/**
 * Where the reader is, sent when the host scrolls or resizes:
 * - `scroll`: offset the iframe mirrors with `scrollTo(0, scroll)` (0 until the iframe pins);
 * - `top`: the iframe's top edge relative to the host's viewport, in px (may be negative);
 * - `vh`, `vw`: the host's viewport size, in px.
 */
export type ViewportMessage = Envelope<'viewport'> & {
	scroll: number;
	top: number;
	vh: number;
	vw: number;
};

export type ChildMessage = ReadyMessage | HeightMessage | ScrollToMessage | StepMessage;
export type HostMessage = InitMessage | ViewportMessage;

/** A message without its envelope (distributed over the union, so each type keeps its fields). */
type Payload<M> = M extends unknown ? Omit<M, 'sentinel' | 'v'> : never;

/** Wraps a payload in the protocol's envelope. */
export function message<M extends ChildMessage | HostMessage>(payload: Payload<M>): M {
	return { sentinel: SENTINEL, v: VERSION, ...payload } as unknown as M;
}

/** The token in a frame URL's fragment (`#scrolly=…`, alone or among other parameters). */
export function tokenFromHash(hash: string): string | undefined {
	const token = /[#&?]scrolly=([^&]*)/.exec(hash)?.[1];
	return token && TOKEN_PATTERN.test(token) ? token : undefined;
}

/** A finite number from `min` to `max` (NaN, ±Infinity and non-numbers fail the comparisons). */
function inRange(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && value >= min && value <= max;
}

function envelope(data: unknown): Record<string, unknown> | undefined {
	return data !== null &&
		typeof data === 'object' &&
		(data as Record<string, unknown>).sentinel === SENTINEL &&
		(data as Record<string, unknown>).v === VERSION
		? (data as Record<string, unknown>)
		: undefined;
}

/** A message from the iframe, validated, or undefined. Used by the host loader, which also
 * compares its token (any text here) with the frame's. */
export function parseChildMessage(data: unknown): ChildMessage | undefined {
	const m = envelope(data);
	if (!m) return undefined;
	const { type, token } = m;
	const fields =
		type === 'ready'
			? {}
			: type === 'height' && inRange(m.height, 1, MAX_PX)
				? { height: m.height }
				: type === 'scrollTo' && inRange(m.y, 0, MAX_PX)
					? { y: m.y }
					: type === 'step' &&
						  typeof m.id === 'string' &&
						  m.id.length <= MAX_ID_LENGTH &&
						  /^[\w-]+$/.test(m.id) &&
						  Number.isInteger(m.index) &&
						  inRange(m.index, 0, MAX_STEP_INDEX)
						? { id: m.id, index: m.index }
						: undefined;
	if (!fields) return undefined;
	const parsed = { sentinel: SENTINEL, v: VERSION, type, ...fields } as ChildMessage;
	return typeof token === 'string' ? { ...parsed, token } : parsed;
}

/** A message from the host page, validated, or undefined. Used by the iframe. */
export function parseHostMessage(data: unknown): HostMessage | undefined {
	const m = envelope(data);
	if (!m) return undefined;
	const { type } = m;
	if (type === 'init' && (m.mode === 'sticky' || m.mode === 'stacked'))
		return message<InitMessage>({ type, mode: m.mode });
	if (
		type === 'viewport' &&
		inRange(m.scroll, 0, MAX_PX) &&
		inRange(m.top, -MAX_PX, MAX_PX) &&
		inRange(m.vh, 1, MAX_PX) &&
		inRange(m.vw, 1, MAX_PX)
	)
		return message<ViewportMessage>({
			type,
			scroll: m.scroll,
			top: m.top,
			vh: m.vh,
			vw: m.vw
		});
	return undefined;
}
