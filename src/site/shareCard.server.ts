/**
 * The layout of a story's share card (the 1200×630 image shown when the story is shared), as a
 * tree of elements for satori. Pure: a story in, a description of the picture out, so it can be
 * tested without fonts or a renderer. Every story gets one from its own data: kicker, title,
 * byline and, when it has dated events, a strip of its timeline.
 */
import type { StoryEvent, Story } from '$lib/model/schema';
import { isEstablished, type Status } from '$lib/model/status';
import { messagesFor } from '$lib/i18n';
import { en, type Messages } from '$lib/i18n/en';
import { formatDayRange, formatShortDate } from '$lib/ui/dates';
import { dayNumber, isoDay, monthStarts, timeScale, yearOf } from '$lib/visuals/timeline/timeScale';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** A satori element: the same shape as a React element, without React. */
export interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: CardChild | CardChild[] };
}
type CardChild = CardNode | string;

const COLORS = {
	paper: '#faf9f6',
	ink: '#1b1b1b',
	muted: '#595959',
	rule: '#d0cfca',
	accent: '#a1261b'
} as const;

const MARGIN = 72;
const STRIP_WIDTH = SHARE_WIDTH - 2 * MARGIN;

function el(
	type: string,
	style: Record<string, string | number>,
	children?: CardChild | CardChild[]
): CardNode {
	return { type, props: children === undefined ? { style } : { style, children } };
}

/** Headline size: long titles get smaller type so they fit in at most four lines. */
export function titleSize(title: string): number {
	if (title.length <= 55) return 72;
	if (title.length <= 80) return 62;
	if (title.length <= 110) return 54;
	return 46;
}

/** A day number as the timeline writes it. */
const shortDate = (day: number, locale = 'en') =>
	formatDayRange(isoDay(day), undefined, { locale });

export interface StripMark {
	id: string;
	/** Distance from the strip's left edge, in pixels. */
	x: number;
	status: Status;
}

export interface TimelineStrip {
	marks: StripMark[];
	/** Labels under the axis: the first and last day, and the first day of each month between. */
	labels: { x: number; text: string; align: 'start' | 'middle' | 'end' }[];
	/** "11 dated events, Oct 14 to Nov 26, 2025". */
	caption: string;
}

/** Places the story's events along a horizontal axis, by date. Undefined with fewer than two
 * distinct days, where a timeline would say nothing. */
export function timelineStrip(
	events: readonly StoryEvent[],
	width = STRIP_WIDTH,
	/** The story's locale: its words and dates on the card. */
	t: Messages = en
): TimelineStrip | undefined {
	const date = (day: number) => shortDate(day, t.lang);
	if (!events.length) return undefined;
	// The timeline's own time scale (visuals/timeline/timeScale.ts), in whole pixels.
	const first = Math.min(...events.map((e) => dayNumber(e.date)));
	const last = Math.max(...events.map((e) => dayNumber(e.end ?? e.date)));
	if (last === first) return undefined;
	const scale = timeScale([first, last], [0, width]);
	const x = (day: number) => Math.round(scale(day));
	const marks = [...events]
		.sort((a, b) => a.date.localeCompare(b.date))
		.map((e) => ({ id: e.id, x: x(dayNumber(e.date)), status: e.status }));
	const labels: TimelineStrip['labels'] = [
		{ x: 0, text: date(first), align: 'start' },
		{ x: width, text: date(last), align: 'end' }
	];
	// Month starts between the ends, when they are not crowding an end label.
	// In English a month start reads "Nov. 1"; in another language the month's name alone
	// ("листопад"), kept further from the ends, where the dates are longer.
	const english = t.lang === 'en';
	const margin = english ? 110 : 170;
	for (const month of monthStarts(first, last - 1)) {
		const at = x(month);
		const text = english
			? date(month)
			: formatShortDate(isoDay(month).slice(0, 7), { year: false, locale: t.lang });
		if (at > margin && at < width - margin) labels.push({ x: at, text, align: 'middle' });
		if (labels.length > 8) break;
	}
	const year = yearOf(last);
	const caption = t.shareCard.caption(events.length, date(first), date(last), year);
	return { marks, labels, caption };
}

function stripNode(strip: TimelineStrip): CardNode {
	const dot = 22;
	const axisY = 22;
	const children: CardNode[] = [
		el('div', {
			position: 'absolute',
			left: 0,
			top: axisY,
			width: STRIP_WIDTH,
			height: 3,
			backgroundColor: COLORS.ink
		})
	];
	for (const label of strip.labels) {
		children.push(
			el('div', {
				position: 'absolute',
				left: label.x - 1,
				top: axisY - 8,
				width: 2,
				height: 19,
				backgroundColor: COLORS.ink
			})
		);
		const boxWidth = 160;
		const left =
			label.align === 'start'
				? label.x
				: label.align === 'end'
					? label.x - boxWidth
					: label.x - boxWidth / 2;
		children.push(
			el(
				'div',
				{
					position: 'absolute',
					left,
					top: axisY + 20,
					width: boxWidth,
					display: 'flex',
					justifyContent:
						label.align === 'start' ? 'flex-start' : label.align === 'end' ? 'flex-end' : 'center',
					fontFamily: 'Inter, Inter Cyrillic',
					fontWeight: 600,
					fontSize: 22,
					color: COLORS.muted
				},
				label.text
			)
		);
	}
	for (const mark of strip.marks) {
		// Established events are solid dots; claimed or disputed ones hollow and dashed, as on the page.
		const filled = isEstablished(mark.status);
		const color = COLORS.accent;
		children.push(
			el('div', {
				position: 'absolute',
				left: mark.x - dot / 2,
				top: axisY + 1.5 - dot / 2,
				width: dot,
				height: dot,
				borderRadius: dot,
				border: `3px ${filled ? 'solid' : 'dashed'} ${color}`,
				backgroundColor: filled ? color : COLORS.paper
			})
		);
	}
	return el(
		'div',
		{ position: 'relative', display: 'flex', width: STRIP_WIDTH, height: 74, marginBottom: 8 },
		children
	);
}

/** The whole card for a story. */
export function shareCard(story: Story, siteName: string): CardNode {
	const { meta } = story;
	const strip = timelineStrip(story.events, STRIP_WIDTH, messagesFor(story.meta.locale));
	const size = titleSize(meta.title);
	const top: CardChild[] = [];
	if (meta.kicker)
		top.push(
			el(
				'div',
				{
					fontFamily: 'Inter, Inter Cyrillic',
					fontWeight: 700,
					fontSize: 24,
					letterSpacing: 2,
					textTransform: 'uppercase',
					color: COLORS.accent,
					marginBottom: 22
				},
				meta.kicker
			)
		);
	top.push(
		el(
			'div',
			{
				fontFamily: 'Source Serif 4, Source Serif 4 Cyrillic',
				fontWeight: 700,
				fontSize: size,
				lineHeight: 1.1,
				color: COLORS.ink,
				lineClamp: 4
			},
			meta.title
		)
	);
	const bottom: CardChild[] = [];
	if (strip) {
		bottom.push(
			el(
				'div',
				{
					fontFamily: 'Inter, Inter Cyrillic',
					fontWeight: 600,
					fontSize: 20,
					letterSpacing: 1.5,
					textTransform: 'uppercase',
					color: COLORS.muted,
					marginBottom: 14
				},
				strip.caption
			)
		);
		bottom.push(stripNode(strip));
	}
	bottom.push(
		el(
			'div',
			{
				display: 'flex',
				justifyContent: 'space-between',
				borderTop: `2px solid ${COLORS.ink}`,
				paddingTop: 14,
				fontFamily: 'Inter, Inter Cyrillic',
				fontSize: 22,
				color: COLORS.muted
			},
			[
				el('div', { fontWeight: 700, color: COLORS.ink }, siteName),
				el('div', { fontWeight: 400 }, meta.byline ?? '')
			]
		)
	);
	return el(
		'div',
		{
			width: SHARE_WIDTH,
			height: SHARE_HEIGHT,
			display: 'flex',
			flexDirection: 'column',
			backgroundColor: COLORS.paper
		},
		[
			el('div', { width: SHARE_WIDTH, height: 12, backgroundColor: COLORS.accent }),
			el(
				'div',
				{
					display: 'flex',
					flexDirection: 'column',
					justifyContent: 'space-between',
					flexGrow: 1,
					width: STRIP_WIDTH,
					margin: `48px ${MARGIN}px 36px`
				},
				[
					el('div', { display: 'flex', flexDirection: 'column', width: STRIP_WIDTH }, top),
					el('div', { display: 'flex', flexDirection: 'column', width: STRIP_WIDTH }, bottom)
				]
			)
		]
	);
}
