// @vitest-environment jsdom
/**
 * The host loader's trust in a frame, in jsdom (which loads no frame: the tests post its
 * messages for it, and read the frame's token where the loader keeps it). The browser suite
 * checks the same against real documents from other origins, and that the token reaches the
 * frame in its address.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHostLoader } from './loader';

const EMBED = 'https://embed.example';
const envelope = { sentinel: 'scrolly', v: 1 } as const;

interface Setup {
	iframe: HTMLIFrameElement;
	token: string;
	/** What the loader posted to the frame. */
	posted: unknown[];
	/** Posts `data` to the host as if from the frame's window, from `origin`. */
	fromFrame(data: object, origin?: string): void;
	steps: unknown[];
}

function setup(attributes = ''): Setup {
	document.body.innerHTML = `<iframe data-scrolly ${attributes} src="${EMBED}/embed/story/"></iframe>`;
	const iframe = document.querySelector('iframe')!;
	startHostLoader(window);
	// After the loader has moved the frame into its wrapper (which gives it a new window here).
	const posted: unknown[] = [];
	iframe.contentWindow!.postMessage = ((data: unknown) => posted.push(data)) as never;
	const token = frames()[0]!.token;
	const steps: unknown[] = [];
	iframe.addEventListener('scrolly:step', (e) => steps.push((e as CustomEvent).detail));
	const fromFrame = (data: object, origin = EMBED) =>
		window.dispatchEvent(
			new MessageEvent('message', { data, origin, source: iframe.contentWindow })
		);
	return { iframe, token, posted, fromFrame, steps };
}

const wrapHeight = (iframe: HTMLIFrameElement) => iframe.parentElement!.style.height;
const frames = () => (window as unknown as { scrollyEmbeds: { token: string }[] }).scrollyEmbeds;

// jsdom has no `iframe.sandbox` token list.
Object.defineProperty(HTMLIFrameElement.prototype, 'sandbox', {
	get(this: HTMLIFrameElement) {
		const tokens = (this.getAttribute('sandbox') ?? '').split(/\s+/);
		return { contains: (token: string) => tokens.includes(token) };
	}
});

beforeEach(() => {
	// Each test starts a loader of its own on the same window; the earlier ones, still listening,
	// must not post to their frames, which are gone.
	for (const f of (window as { scrollyEmbeds?: { live?: boolean }[] }).scrollyEmbeds ?? [])
		f.live = false;
	delete (window as { scrollyEmbeds?: unknown }).scrollyEmbeds;
	vi.stubGlobal('requestAnimationFrame', () => 0);
});
afterEach(() => vi.unstubAllGlobals());

describe('the host loader', () => {
	it('gives each frame its own unguessable token', () => {
		document.body.innerHTML = [1, 2]
			.map((n) => `<iframe data-scrolly src="${EMBED}/embed/story-${n}/"></iframe>`)
			.join('');
		startHostLoader(window);
		const tokens = frames().map((f) => f.token);
		expect(tokens[0]).not.toBe(tokens[1]);
		// 128 random bits, as four numbers in decimal.
		expect(tokens[0]).toMatch(/^\d+-\d+-\d+-\d+$/);
		expect(tokens[0]!.length).toBeGreaterThanOrEqual(16 + 3);
	});

	it('sends a frame that has not loaded yet to its tokenized address once, from outside the page', () => {
		document.body.innerHTML = `<p><iframe data-scrolly src="${EMBED}/embed/story/"></iframe></p>`;
		const iframe = document.querySelector('iframe')!;
		const src = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'src')!;
		// As in a browser before the navigation commits (jsdom shows no document here).
		Object.defineProperty(iframe, 'contentDocument', { value: { URL: 'about:blank' } });
		const sets: { url: string; inPage: boolean }[] = [];
		Object.defineProperty(iframe, 'src', {
			get: () => src.get!.call(iframe),
			set(url: string) {
				sets.push({ url, inPage: iframe.isConnected });
				src.set!.call(iframe, url);
			}
		});
		startHostLoader(window);
		const token = frames()[0]!.token;
		// Set while out of the page: the frame's navigation then starts once, when it is put back.
		expect(sets).toEqual([{ url: `${EMBED}/embed/story/#scrolly=${token}`, inPage: false }]);
		expect(iframe.isConnected).toBe(true);
		expect(iframe.parentElement!.parentElement!.tagName).toBe('P');
	});

	it('believes nothing without the token, and nothing but ready until it has heard it', () => {
		const { iframe, token, posted, fromFrame, steps } = setup();
		posted.length = 0;
		fromFrame({ ...envelope, type: 'ready' });
		fromFrame({ ...envelope, type: 'ready', token: 'x'.repeat(40) });
		fromFrame({ ...envelope, type: 'height', height: 5000, token });
		fromFrame({ ...envelope, type: 'step', id: 'a', index: 0, token });
		expect(posted).toEqual([]);
		expect(wrapHeight(iframe)).toBe('');
		expect(steps).toEqual([]);

		fromFrame({ ...envelope, type: 'ready', token });
		expect(posted).toEqual([{ ...envelope, type: 'init', mode: 'sticky' }]);
		fromFrame({ ...envelope, type: 'height', height: 5000, token });
		fromFrame({ ...envelope, type: 'step', id: 'a', index: 0, token });
		expect(wrapHeight(iframe)).toBe('5000px');
		expect(steps).toEqual([{ id: 'a', index: 0 }]);
		// A ready repeated while trusted is not answered again (no endless exchange).
		fromFrame({ ...envelope, type: 'ready', token });
		expect(posted).toHaveLength(1);
	});

	it('after a new load, trusts the frame again only once it says ready with the token', () => {
		const { iframe, token, posted, fromFrame, steps } = setup();
		fromFrame({ ...envelope, type: 'ready', token });
		fromFrame({ ...envelope, type: 'height', height: 4000, token });
		posted.length = 0;

		iframe.dispatchEvent(new Event('load'));
		// It asks (init); the new document has not answered: its messages change nothing.
		expect(posted).toEqual([{ ...envelope, type: 'init', mode: 'sticky' }]);
		fromFrame({ ...envelope, type: 'height', height: 1_000, token });
		fromFrame({ ...envelope, type: 'step', id: 'forged', index: 5, token });
		fromFrame({ ...envelope, type: 'ready', token: `${token}0` });
		expect(wrapHeight(iframe)).toBe('4000px');
		expect(steps).toEqual([]);

		fromFrame({ ...envelope, type: 'ready', token });
		fromFrame({ ...envelope, type: 'height', height: 1_000, token });
		expect(wrapHeight(iframe)).toBe('1000px');
	});

	it('posts the reader’s position only to a frame that has said ready with the token', () => {
		const frameCallbacks: (() => void)[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frameCallbacks.push(callback));
		const scroll = () => {
			window.dispatchEvent(new Event('scroll'));
			for (const callback of frameCallbacks.splice(0)) callback();
		};
		const { iframe, token, posted, fromFrame } = setup();
		const viewports = () =>
			posted.filter((m) => (m as { type: string }).type === 'viewport').length;
		scroll();
		expect(viewports()).toBe(0);
		fromFrame({ ...envelope, type: 'ready', token });
		scroll();
		const trusted = viewports();
		expect(trusted).toBeGreaterThan(0);
		iframe.dispatchEvent(new Event('load'));
		scroll();
		scroll();
		expect(viewports()).toBe(trusted);
	});

	it('hears a sandboxed frame (origin "null") only with the token', () => {
		const { iframe, token, fromFrame } = setup('sandbox="allow-scripts allow-popups"');
		fromFrame({ ...envelope, type: 'ready' }, 'null');
		fromFrame({ ...envelope, type: 'height', height: 3000 }, 'null');
		expect(wrapHeight(iframe)).toBe('');
		fromFrame({ ...envelope, type: 'ready', token }, 'null');
		fromFrame({ ...envelope, type: 'height', height: 3000, token }, 'null');
		expect(wrapHeight(iframe)).toBe('3000px');
		// Another origin, even with the token: no.
		fromFrame({ ...envelope, type: 'height', height: 100, token }, 'https://evil.example');
		expect(wrapHeight(iframe)).toBe('3000px');
	});

	it('refuses heights beyond what a story can be', () => {
		const { iframe, token, fromFrame } = setup();
		fromFrame({ ...envelope, type: 'ready', token });
		fromFrame({ ...envelope, type: 'height', height: 3000, token });
		fromFrame({ ...envelope, type: 'height', height: 1_000_000, token });
		expect(wrapHeight(iframe)).toBe('3000px');
	});
});
