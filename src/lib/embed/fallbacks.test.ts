import { describe, expect, it } from 'vitest';
import {
	ampEmbedSize,
	isPymMessageFor,
	pymChildId,
	pymMessage,
	wordpressHeight,
	wordpressSecret
} from './fallbacks';

describe('pym.js', () => {
	it('reads the child id that pym.Parent adds to the URL', () => {
		expect(pymChildId('?initialWidth=640&childId=graphic-1&parentTitle=x')).toBe('graphic-1');
		expect(pymChildId('?theme=dark')).toBeUndefined();
		expect(pymChildId('?childId=')).toBeUndefined();
		expect(pymChildId('?childId=a%20b')).toBeUndefined();
		expect(pymChildId('?childId=axPYMxb')).toBeUndefined();
	});

	it('writes height messages that pym.Parent parses', () => {
		const message = pymMessage('graphic-1', 'height', 812);
		expect(message).toBe('pymxPYMxgraphic-1xPYMxheightxPYMx812');
		// pym.Parent's own regular expression for its child.
		const regex = new RegExp('^' + ['pym', 'graphic-1', '(\\S+)', '(.*)'].join('xPYMx') + '$');
		expect(regex.exec(message)?.slice(1)).toEqual(['height', '812']);
	});

	it("recognises the parent's messages to this child only", () => {
		expect(isPymMessageFor('g', 'pymxPYMxgxPYMxwidthxPYMx640')).toBe(true);
		expect(isPymMessageFor('g', 'pymxPYMxg2xPYMxwidthxPYMx640')).toBe(false);
		expect(isPymMessageFor('g', { width: 640 })).toBe(false);
	});
});

describe('WordPress', () => {
	it("reads the secret that WordPress adds to an oEmbed iframe's URL", () => {
		expect(wordpressSecret('#?secret=Ab12Cd34Ef')).toBe('Ab12Cd34Ef');
		expect(wordpressSecret('#?foo=1&secret=Ab12Cd34Ef')).toBe('Ab12Cd34Ef');
		expect(wordpressSecret('#secret=abc')).toBe('abc');
		expect(wordpressSecret('#step-id')).toBeUndefined();
		expect(wordpressSecret('#?secret=a"b')).toBeUndefined();
		expect(wordpressSecret('')).toBeUndefined();
	});

	it('writes the height message wp-embed.js listens for', () => {
		expect(wordpressHeight('abc', 640)).toEqual({ message: 'height', value: 640, secret: 'abc' });
	});
});

describe('AMP', () => {
	it('writes an embed-size request', () => {
		expect(ampEmbedSize(500)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 500 });
	});
});
