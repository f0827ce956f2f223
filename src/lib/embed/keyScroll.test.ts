import { describe, expect, it } from 'vitest';
import { keyScrollDelta } from './keyScroll';

describe('keyScrollDelta', () => {
	const el = (tag: string, attributes: Record<string, string> = {}) => ({
		isContentEditable: attributes.contenteditable === 'true',
		closest: (selector: string) =>
			selector
				.split(',')
				.map((s) => s.trim())
				.some(
					(s) =>
						s === tag || (s.startsWith('[role=') && attributes.role && s.includes(attributes.role))
				)
				? {}
				: null
	});
	const press = (key: string, target: unknown = el('div'), extra: Partial<KeyboardEvent> = {}) =>
		keyScrollDelta(
			{
				key,
				shiftKey: false,
				altKey: false,
				ctrlKey: false,
				metaKey: false,
				target,
				...extra
			} as never,
			1000,
			800,
			5000
		);

	it('scrolls as browsers do', () => {
		expect(press('ArrowDown')).toBe(40);
		expect(press('ArrowUp')).toBe(-40);
		expect(press('PageDown')).toBe(700);
		expect(press('PageUp')).toBe(-700);
		expect(press(' ')).toBe(700);
		expect(press(' ', el('div'), { shiftKey: true })).toBe(-700);
		expect(press('Home')).toBe(-1000);
		expect(press('End')).toBe(4000);
		expect(press('a')).toBeUndefined();
	});

	it('leaves keys to form fields, to Space on buttons, and to shortcuts', () => {
		expect(press('ArrowDown', el('input'))).toBeUndefined();
		expect(press('ArrowDown', el('select'))).toBeUndefined();
		expect(press('PageDown', el('div', { contenteditable: 'true' }))).toBeUndefined();
		expect(press(' ', el('button'))).toBeUndefined();
		expect(press(' ', el('summary'))).toBeUndefined();
		expect(press('ArrowDown', el('button'))).toBe(40);
		expect(press('ArrowDown', el('div'), { ctrlKey: true })).toBeUndefined();
		expect(press('End', el('div'), { metaKey: true })).toBeUndefined();
	});
});
