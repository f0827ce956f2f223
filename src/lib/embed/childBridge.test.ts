/** The bridge's conversation (childBridge.ts), against a fake window. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmbedChild, type ChildMode } from './childBridge';
import { LAYOUT_EVENT, STEP_EVENT, type StepEventDetail } from '../scrolly/stepEvent';

class InertResizeObserver {
	observe() {}
	disconnect() {}
}

function fakeWindow(location: { search?: string; hash?: string } = {}, framed = true) {
	const events = new EventTarget();
	const posted: { data: unknown; target: string }[] = [];
	const root = {
		dataset: {} as Record<string, string>,
		scrollHeight: 3000,
		getBoundingClientRect: () => ({ height: root.scrollHeight })
	};
	const w = {
		document: { documentElement: root, getElementById: () => null },
		location: {
			search: location.search ?? '',
			hash: location.hash ?? '',
			href: 'https://embed.example/embed/story/',
			origin: 'https://embed.example',
			pathname: '/embed/story/'
		},
		scrollY: 0,
		innerHeight: 800,
		scrollTo({ top }: { top: number }) {
			w.scrollY = Math.min(top, root.scrollHeight - w.innerHeight);
		},
		getComputedStyle: () => ({ scrollMarginTop: '0px' }),
		addEventListener: events.addEventListener.bind(events),
		removeEventListener: events.removeEventListener.bind(events),
		dispatchEvent: events.dispatchEvent.bind(events),
		setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
		clearInterval: (id: number) => clearInterval(id),
		setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
		parent: undefined as unknown
	};
	w.parent = framed
		? { postMessage: (data: unknown, target: string) => posted.push({ data, target }) }
		: w;
	/** Delivers a message as if posted by `source` from `origin`. */
	const deliver = (data: unknown, origin: string, source: unknown = w.parent) =>
		events.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));
	return { w: w as unknown as Window, posted, root, deliver, state: w };
}

const envelope = { sentinel: 'scrolly', v: 1 } as const;
const HOST = 'https://news.example';

describe('startEmbedChild', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.stubGlobal('ResizeObserver', InertResizeObserver);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('is an ordinary page when it is not framed', () => {
		const { w, posted } = fakeWindow({}, false);
		const modes: ChildMode[] = [];
		startEmbedChild({ window: w, onmode: (m) => modes.push(m) });
		expect(modes).toEqual(['top-level']);
		expect(posted).toEqual([]);
	});

	it('says ready to anyone until a host answers, and speaks AMP, pym.js and WordPress meanwhile', () => {
		const { w, posted } = fakeWindow({ search: '?childId=g1', hash: '#?secret=Ab12Cd34Ef' });
		const modes: ChildMode[] = [];
		startEmbedChild({ window: w, onmode: (m) => modes.push(m) });
		expect(modes).toEqual(['stacked']);
		expect(posted).toEqual([
			{ data: { ...envelope, type: 'ready' }, target: '*' },
			{ data: 'pymxPYMxg1xPYMxheightxPYMx3000', target: '*' },
			{ data: { message: 'height', value: 3000, secret: 'Ab12Cd34Ef' }, target: '*' },
			{ data: { sentinel: 'amp', type: 'embed-size', height: 3000 }, target: '*' }
		]);
		vi.advanceTimersByTime(1000);
		expect(posted.filter((p) => (p.data as { type?: string }).type === 'ready').length).toBe(5);
	});

	it("answers pym.js's width messages with its height", () => {
		const { w, posted, deliver } = fakeWindow({ search: '?childId=g1' });
		startEmbedChild({ window: w, onmode: () => {} });
		posted.length = 0;
		deliver('pymxPYMxg1xPYMxwidthxPYMx640', HOST);
		expect(posted).toContainEqual({ data: 'pymxPYMxg1xPYMxheightxPYMx3000', target: '*' });
	});

	it('remembers the origin of init, and talks to and hears from it only', () => {
		const { w, posted, deliver, root, state } = fakeWindow();
		const modes: ChildMode[] = [];
		startEmbedChild({ window: w, onmode: (m) => modes.push(m) });

		// Not from the parent window: ignored.
		deliver({ ...envelope, type: 'init', mode: 'sticky' }, HOST, {});
		expect(modes).toEqual(['stacked']);

		deliver({ ...envelope, type: 'init', mode: 'sticky' }, HOST);
		expect(modes).toEqual(['stacked', 'sticky']);
		expect(root.dataset.embedScroll).toBe('host');
		posted.length = 0;
		vi.advanceTimersByTime(1000);
		// No more `ready`; the height goes to the host's origin only.
		expect(posted).toEqual([{ data: { ...envelope, type: 'height', height: 3000 }, target: HOST }]);

		// Another origin cannot take over or scroll it.
		deliver({ ...envelope, type: 'init', mode: 'stacked' }, 'https://evil.example');
		deliver(
			{ ...envelope, type: 'viewport', scroll: 900, top: 0, vh: 800, vw: 400 },
			'https://evil.example'
		);
		expect(modes).toEqual(['stacked', 'sticky']);
		expect(state.scrollY).toBe(0);

		// The host scrolls it; out-of-range offsets are refused.
		deliver({ ...envelope, type: 'viewport', scroll: 900, top: 0, vh: 800, vw: 400 }, HOST);
		expect(state.scrollY).toBe(900);
		deliver({ ...envelope, type: 'viewport', scroll: -5, top: 0, vh: 800, vw: 400 }, HOST);
		deliver({ ...envelope, type: 'viewport', scroll: 1e9, top: 0, vh: 800, vw: 400 }, HOST);
		expect(state.scrollY).toBe(900);
	});

	it('tells the host the step the scroll engines made active, in the last section reached', () => {
		const { w, posted, deliver } = fakeWindow();
		startEmbedChild({ window: w, onmode: () => {}, stepIds: ['a1', 'a2', 'b1', 'b2'] });
		const first = {};
		const second = {};
		/** A section's engine announcing its step, as the event reaches the window. */
		const announce = (section: object, detail: StepEventDetail) => {
			const event = new CustomEvent(STEP_EVENT, { detail });
			Object.defineProperty(event, 'target', { value: section });
			w.dispatchEvent(event);
		};
		const steps = () =>
			posted
				.map((p) => p.data as { type: string; id?: string; index?: number })
				.filter((m) => m.type === 'step')
				.map((m) => `${m.index}:${m.id}`);

		// Before the host pins the frame, nothing is said; then the step it is at.
		announce(first, { index: 0, id: 'a1', reached: true });
		expect(steps()).toEqual([]);
		deliver({ ...envelope, type: 'init', mode: 'sticky' }, HOST);
		vi.advanceTimersByTime(10);
		expect(steps()).toEqual(['0:a1']);

		// Every section has an active step; only a reached section's counts.
		announce(second, { index: 0, id: 'b1', reached: false });
		announce(first, { index: 1, id: 'a2', reached: true });
		announce(second, { index: 0, id: 'b1', reached: true });
		// Back up between the sections: the first one's step again. Unknown ids change nothing.
		announce(second, { index: 0, id: 'b1', reached: false });
		announce(second, { index: 0, id: 'forged', reached: true });
		expect(steps()).toEqual(['0:a1', '1:a2', '2:b1', '1:a2']);
	});

	it('reports the height a section’s new layout gives the page, with no resize observer', () => {
		const { w, posted, deliver, root } = fakeWindow();
		startEmbedChild({ window: w, onmode: () => {} });
		deliver({ ...envelope, type: 'init', mode: 'sticky' }, HOST);
		vi.advanceTimersByTime(10);
		posted.length = 0;
		// Three sections take their layout in one task: one report, of the height they leave.
		for (const height of [3300, 3700, 4200]) {
			root.scrollHeight = height;
			w.dispatchEvent(new CustomEvent(LAYOUT_EVENT, { detail: 'sticky' }));
		}
		expect(posted).toEqual([]);
		vi.advanceTimersByTime(0);
		expect(posted).toEqual([{ data: { ...envelope, type: 'height', height: 4200 }, target: HOST }]);
	});

	it.each(['built', 'failed'])(
		'holds the height while the page builds its layout for the new mode, then reports it once (%s)',
		async (outcome) => {
			const { w, posted, deliver, root } = fakeWindow();
			let settle = () => {};
			const child = startEmbedChild({
				window: w,
				// As the embed page does: the sticky sections start once their module has loaded.
				onmode: (m) => {
					const done = new Promise<void>((ok, fail) => (settle = outcome === 'built' ? ok : fail));
					if (m === 'sticky') child.settling(done);
				}
			});
			const heights = () => posted.filter((p) => (p.data as { type: string }).type === 'height');
			deliver({ ...envelope, type: 'init', mode: 'sticky' }, HOST);
			// Unsaid: the stacked page's height, a section's new layout, the answer to a second init.
			root.scrollHeight = 3400;
			w.dispatchEvent(new CustomEvent(LAYOUT_EVENT, { detail: 'sticky' }));
			deliver({ ...envelope, type: 'init', mode: 'sticky' }, HOST);
			vi.advanceTimersByTime(1000);
			expect(heights()).toEqual([]);
			root.scrollHeight = 4200;
			settle();
			await Promise.resolve();
			vi.advanceTimersByTime(0);
			expect(heights()).toEqual([
				{ data: { ...envelope, type: 'height', height: 4200 }, target: HOST }
			]);
		}
	);

	it('asks the host to scroll for keys pressed inside it', () => {
		const { w, posted, deliver, state } = fakeWindow();
		startEmbedChild({ window: w, onmode: () => {} });
		deliver({ ...envelope, type: 'init', mode: 'sticky' }, HOST);
		posted.length = 0;
		const key = Object.assign(new Event('keydown', { cancelable: true }), { key: 'PageDown' });
		w.dispatchEvent(key);
		expect(key.defaultPrevented).toBe(true);
		expect(state.scrollY).toBe(700);
		expect(posted).toEqual([{ data: { ...envelope, type: 'scrollTo', y: 700 }, target: HOST }]);
	});

	describe('the frame’s token', () => {
		const TOKEN = '1234567890-1234567890-1234567890-12';
		it('goes back with every message, and survives the fragment’s later changes', () => {
			const { w, posted, deliver, state } = fakeWindow({ hash: `#scrolly=${TOKEN}` });
			const child = startEmbedChild({ window: w, onmode: () => {} });
			expect(posted[0]).toEqual({
				data: { ...envelope, type: 'ready', token: TOKEN },
				target: '*'
			});
			deliver({ ...envelope, type: 'init', mode: 'sticky' }, HOST);
			// An in-page link changes the fragment.
			(state.location as { hash: string }).hash = '#a-step';
			w.dispatchEvent(new Event('hashchange'));
			posted.length = 0;
			const id = `${'a'.repeat(127)}b`;
			child.reportStep(id, 4);
			vi.advanceTimersByTime(100);
			expect(posted).toContainEqual({
				data: { ...envelope, type: 'step', id, index: 4, token: TOKEN },
				target: HOST
			});
			expect(posted.every((p) => (p.data as { token?: string }).token === TOKEN)).toBe(true);
		});

		it('answers each later init with ready, which the loader waits for after a new load', () => {
			const { w, posted, deliver } = fakeWindow({ hash: `#scrolly=${TOKEN}` });
			startEmbedChild({ window: w, onmode: () => {} });
			deliver({ ...envelope, type: 'init', mode: 'stacked' }, HOST);
			posted.length = 0;
			deliver({ ...envelope, type: 'init', mode: 'stacked' }, HOST);
			expect(posted[0]).toEqual({
				data: { ...envelope, type: 'ready', token: TOKEN },
				target: HOST
			});
			// Not to another origin's init.
			posted.length = 0;
			deliver({ ...envelope, type: 'init', mode: 'stacked' }, 'https://evil.example');
			expect(posted).toEqual([]);
		});

		it('takes a token the loader adds to the fragment later, and says ready with it', () => {
			const { w, posted, state } = fakeWindow();
			startEmbedChild({ window: w, onmode: () => {} });
			expect(posted[0]).toEqual({ data: { ...envelope, type: 'ready' }, target: '*' });
			posted.length = 0;
			(state.location as { hash: string }).hash = `#scrolly=${TOKEN}`;
			w.dispatchEvent(new Event('hashchange'));
			expect(posted).toEqual([{ data: { ...envelope, type: 'ready', token: TOKEN }, target: '*' }]);
		});
	});

	describe('a loader that came after the document loaded', () => {
		it('is answered once with a ready without a token, which asks for one', () => {
			const { w, posted, deliver } = fakeWindow();
			startEmbedChild({ window: w, onmode: () => {} });
			posted.length = 0;
			const readies = () =>
				posted.filter((p) => (p.data as { type?: string }).type === 'ready').length;
			deliver({ ...envelope, type: 'init', mode: 'sticky' }, HOST);
			expect(readies()).toBe(1);
			// An older loader answers each ready with an init: no endless exchange.
			deliver({ ...envelope, type: 'init', mode: 'sticky' }, HOST);
			deliver({ ...envelope, type: 'init', mode: 'sticky' }, HOST);
			expect(readies()).toBe(1);
		});
	});
});
