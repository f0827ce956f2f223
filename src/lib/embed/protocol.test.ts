import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH as MAX_STORY_ID_LENGTH } from '../model/schema';
import {
	MAX_ID_LENGTH,
	MAX_PX,
	message,
	parseChildMessage,
	parseHostMessage,
	tokenFromHash
} from './protocol';

const envelope = { sentinel: 'scrolly', v: 1 } as const;
const TOKEN = '3141592653-589793238-4626433832-7950288419';

describe('parseChildMessage (host side)', () => {
	it('accepts each well-formed message and copies only its known fields', () => {
		expect(parseChildMessage({ ...envelope, type: 'ready', extra: 'x' })).toEqual(
			message({ type: 'ready' })
		);
		expect(parseChildMessage({ ...envelope, type: 'height', height: 2400.5 })).toEqual({
			...envelope,
			type: 'height',
			height: 2400.5
		});
		expect(parseChildMessage({ ...envelope, type: 'scrollTo', y: 0 })).toEqual({
			...envelope,
			type: 'scrollTo',
			y: 0
		});
		expect(
			parseChildMessage({ ...envelope, type: 'step', id: 'c1-plan', index: 3, url: 'x' })
		).toEqual({ ...envelope, type: 'step', id: 'c1-plan', index: 3 });
	});

	it('keeps the token, for the host to compare with its frame’s', () => {
		expect(parseChildMessage({ ...envelope, type: 'ready', token: TOKEN })).toEqual({
			...envelope,
			type: 'ready',
			token: TOKEN
		});
		expect(parseChildMessage({ ...envelope, type: 'height', height: 10, token: 5 })).toEqual({
			...envelope,
			type: 'height',
			height: 10
		});
	});

	it('accepts a step id of 128 characters, the longest id a story may have', () => {
		expect(MAX_ID_LENGTH).toBe(MAX_STORY_ID_LENGTH);
		const id = `${'a-'.repeat(63)}zz`;
		expect(id).toHaveLength(128);
		expect(parseChildMessage({ ...envelope, type: 'step', id, index: 0 })).toEqual({
			...envelope,
			type: 'step',
			id,
			index: 0
		});
	});

	it('bounds heights and scroll positions to what a story can be', () => {
		expect(MAX_PX).toBe(200_000);
		expect(parseChildMessage({ ...envelope, type: 'height', height: MAX_PX })).toBeDefined();
		expect(parseChildMessage({ ...envelope, type: 'height', height: MAX_PX + 1 })).toBeUndefined();
		expect(parseChildMessage({ ...envelope, type: 'height', height: 1e6 })).toBeUndefined();
		expect(parseChildMessage({ ...envelope, type: 'scrollTo', y: 1_000_080 })).toBeUndefined();
		expect(
			parseHostMessage({ ...envelope, type: 'viewport', scroll: 1e6, top: 0, vh: 800, vw: 400 })
		).toBeUndefined();
	});

	it.each([
		['null', null],
		['a string', 'scrolly'],
		['an array', [envelope]],
		['no sentinel', { v: 1, type: 'ready' }],
		['another sentinel', { sentinel: 'amp', v: 1, type: 'ready' }],
		['another version', { sentinel: 'scrolly', v: 2, type: 'ready' }],
		['a version as text', { sentinel: 'scrolly', v: '1', type: 'ready' }],
		['an unknown type', { ...envelope, type: 'navigate', url: 'https://example.org' }],
		['a host message', { ...envelope, type: 'init', mode: 'sticky' }],
		['a height of 0', { ...envelope, type: 'height', height: 0 }],
		['a negative height', { ...envelope, type: 'height', height: -10 }],
		['a huge height', { ...envelope, type: 'height', height: 1e7 }],
		['a height of a million pixels', { ...envelope, type: 'height', height: 1e6 }],
		['an infinite height', { ...envelope, type: 'height', height: Infinity }],
		['a NaN height', { ...envelope, type: 'height', height: NaN }],
		['a height as text', { ...envelope, type: 'height', height: '100' }],
		['a negative y', { ...envelope, type: 'scrollTo', y: -1 }],
		['a y as an object', { ...envelope, type: 'scrollTo', y: { valueOf: (): number => 5 } }],
		['a step id with spaces', { ...envelope, type: 'step', id: 'a b', index: 0 }],
		['a step id with markup', { ...envelope, type: 'step', id: '<img>', index: 0 }],
		['a long step id', { ...envelope, type: 'step', id: 'a'.repeat(129), index: 0 }],
		['an empty step id', { ...envelope, type: 'step', id: '', index: 0 }],
		['a fractional index', { ...envelope, type: 'step', id: 'a', index: 1.5 }],
		['a negative index', { ...envelope, type: 'step', id: 'a', index: -1 }],
		['a huge index', { ...envelope, type: 'step', id: 'a', index: 1e9 }]
	])('rejects %s', (_name, data) => {
		expect(parseChildMessage(data)).toBeUndefined();
	});
});

describe('parseHostMessage (iframe side)', () => {
	it('accepts init and viewport', () => {
		expect(parseHostMessage({ ...envelope, type: 'init', mode: 'sticky' })).toEqual(
			message({ type: 'init', mode: 'sticky' })
		);
		expect(
			parseHostMessage({ ...envelope, type: 'viewport', scroll: 10, top: -20, vh: 800, vw: 375 })
		).toEqual({ ...envelope, type: 'viewport', scroll: 10, top: -20, vh: 800, vw: 375 });
	});

	it.each([
		['an unknown mode', { ...envelope, type: 'init', mode: 'fullscreen' }],
		['a negative scroll', { ...envelope, type: 'viewport', scroll: -1, top: 0, vh: 1, vw: 1 }],
		['a missing field', { ...envelope, type: 'viewport', scroll: 0, top: 0, vh: 800 }],
		['a zero viewport', { ...envelope, type: 'viewport', scroll: 0, top: 0, vh: 0, vw: 375 }],
		['a scroll as text', { ...envelope, type: 'viewport', scroll: '5', top: 0, vh: 1, vw: 1 }],
		['a child message', { ...envelope, type: 'height', height: 10 }]
	])('rejects %s', (_name, data) => {
		expect(parseHostMessage(data)).toBeUndefined();
	});
});

describe('tokenFromHash', () => {
	it.each([
		[`#scrolly=${TOKEN}`, TOKEN],
		[`#?secret=Ab12Cd34Ef&scrolly=${TOKEN}`, TOKEN],
		[`#step-3&scrolly=${TOKEN}&x=1`, TOKEN],
		['#scrolly=short', undefined],
		['#scrolly=<img src=x>aaaaaaaaaaaaaaaa', undefined],
		[`#notscrolly=${TOKEN}`, undefined],
		['#step-3', undefined],
		['', undefined]
	])('reads %j as %j', (hash, token) => {
		expect(tokenFromHash(hash)).toBe(token);
	});
});

// --- Hostile messages ----------------------------------------------------------------------
// 1,000 random and malicious messages, from a seeded generator (so a failure can be replayed):
// neither parser lets one through, and none leaks a field or pollutes a prototype. (The browser
// suite keeps what only a browser can check: the origin and the window a message comes from.)

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('1,000 hostile messages', () => {
	const rand = random(20251125);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
	const junkValues = [
		-1,
		-1e9,
		1e9,
		1e308,
		Number.MAX_SAFE_INTEGER,
		-0.5,
		NaN,
		Infinity,
		-Infinity,
		'100',
		'',
		'javascript:alert(1)',
		'https://evil.example/',
		null,
		true,
		[],
		[1],
		{},
		{ valueOf: 1 },
		'a'.repeat(10_000),
		'<img src=x onerror=alert(1)>',
		2 ** 31,
		1_000_080
	] as const;
	const types = ['ready', 'height', 'scrollTo', 'step', 'init', 'viewport', 'navigate', 'link'];
	const envelopes = [
		{ sentinel: 'scrolly', v: 2 },
		{ sentinel: 'Scrolly', v: 1 },
		{ sentinel: 'scrolly', v: '1' },
		{ v: 1 },
		{ sentinel: 'amp' }
	];
	/** Right envelope, known type, every field it needs, at least one of them wrong. */
	const wrongFields = (): Record<string, unknown> => {
		const m: Record<string, unknown> = { ...envelope, type: pick(types.slice(1, 6)) };
		for (const field of ['height', 'y', 'id', 'index', 'mode', 'scroll', 'top', 'vh', 'vw'])
			m[field] = pick(junkValues);
		// Keep it malformed even when every junk value happened to be in range.
		m.height = m.y = m.scroll = m.index = -1;
		return m;
	};
	const hostile = (): unknown => {
		const kind = rand();
		if (kind < 0.1) return pick(junkValues);
		if (kind < 0.2) return `pymxPYMxgraphicxPYMxheightxPYMx${pick(junkValues)}`;
		if (kind < 0.3)
			return JSON.parse(
				'{"__proto__":{"polluted":1},"sentinel":"scrolly","v":1,"type":"height","height":"9"}'
			);
		if (kind < 0.5) return { ...pick(envelopes), type: pick(types), height: 50, y: 10 };
		if (kind < 0.6) return { ...envelope, type: pick(types.slice(6)), url: pick(junkValues) };
		return wrongFields();
	};
	const messages = Array.from({ length: 1000 }, hostile);

	it('are all refused by both parsers, and pollute nothing', () => {
		const passed = messages.filter(
			(m) => parseChildMessage(m) !== undefined || parseHostMessage(m) !== undefined
		);
		expect(passed).toEqual([]);
		expect('polluted' in {}).toBe(false);
	});

	it('are refused for their fields alone: the same messages with good fields pass', () => {
		const good = { height: 50, y: 10, id: 'a-step', index: 1, mode: 'sticky' };
		const viewport = { scroll: 10, top: 0, vh: 800, vw: 400 };
		const fixed = messages
			.filter(
				(m) =>
					(m as { sentinel?: unknown })?.sentinel === 'scrolly' && (m as { v?: unknown }).v === 1
			)
			.map((m) => ({ ...(m as { type: string }), ...good, ...viewport }))
			.filter((m) => types.slice(0, 6).includes(m.type));
		expect(fixed.length).toBeGreaterThan(300);
		for (const m of fixed)
			expect(
				parseChildMessage(m) ?? parseHostMessage(m),
				JSON.stringify(m).slice(0, 80)
			).toBeDefined();
	});

	it('cover every type and field, so the test cannot pass by missing them', () => {
		const seen = new Set(messages.map((m) => (m as { type?: unknown } | null)?.type));
		for (const type of types) expect(seen.has(type)).toBe(true);
	});
});
