import { describe, expect, it } from 'vitest';
import { message, parseChildMessage, parseHostMessage } from './protocol';

const envelope = { sentinel: 'scrolly', v: 1 } as const;

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
