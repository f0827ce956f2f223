/**
 * The host loader, served as /embed.js (see bundle.server.ts). A publisher pastes
 *
 *   <iframe data-scrolly src="…/embed/<slug>/" title="…"></iframe>
 *   <script src="…/embed.js" async></script>
 *
 * and the loader, for every `iframe[data-scrolly]` on the page (now and added later):
 * - wraps it in a block as tall as the story (from the iframe's `height` messages) and pins the
 *   iframe, one viewport high, with `position: sticky`;
 * - posts the reader's scroll offset (`viewport`, at most once per animation frame), which the
 *   iframe mirrors with `scrollTo(0, offset)`, so steps and sticky graphics inside behave as on
 *   a page of their own. Wheel and touch scrolling over the iframe chain to the host page,
 *   because the iframe's own document cannot be scrolled by the reader; keys are sent as
 *   `scrollTo` requests by the iframe;
 * - re-dispatches `step` messages as a `scrolly:step` event on the iframe element.
 *
 * Options, as attributes on the iframe: `data-scrolly="stacked"` keeps the stacked layout at
 * its full height (no pinning); `data-scrolly-offset="60"` pins the iframe 60px below the top of
 * the viewport, under a sticky site header.
 *
 * Security: a message is handled only when it comes from the iframe's own window, from the
 * origin of its `src` (or "null" when the iframe is sandboxed without allow-same-origin), passes
 * parseChildMessage, and carries the token this loader gave the frame (in its URL's fragment,
 * where only the document loaded there can read it). After each `load` of the frame, nothing but
 * a `ready` with the token is believed, and the reader's position is not posted there until one
 * arrives: a document navigated into the frame cannot read the token, and in a sandboxed frame
 * its origin ("null") is the embed's. A `ready` without a token is answered by putting the embed,
 * with its token, back at the frame's address. Heights are bounded by parseChildMessage (MAX_PX),
 * scroll requests by the wrapper (hostScrollFor). No message is ever used as a URL.
 *
 * Budget: under 1.6 KB gzipped, no dependencies (asserted by bundle.test.ts); the frames' tokens
 * took it from 1.4 KB to 1.5 KB.
 */
import { message, parseChildMessage, type EmbedMode, type HostMessage } from '../protocol';
import { frameScroll, hostScrollFor } from './geometry';

interface Frame {
	el: HTMLIFrameElement;
	wrap: HTMLElement;
	mode: EmbedMode;
	/** Height of the iframe's document; 0 until its first `height` message. */
	height: number;
	/** Pin line, px from the top of the viewport. */
	offset: number;
	/** The frame's secret, put in the fragment of its URL. */
	token: string;
	/** The document loaded in the frame has said `ready` with the token: it is ours, and it
	 * listens to `viewport` messages. */
	live?: boolean;
}

type MoveBefore = { moveBefore?(node: Node, child: Node | null): void };

export function startHostLoader(w: Window & { scrollyEmbeds?: Frame[] } = window): void {
	// A page may paste the snippet several times; the first copy serves every embed.
	if (w.scrollyEmbeds) return;
	const frames: Frame[] = (w.scrollyEmbeds = []);
	const d = w.document;
	let pending = 0;

	const opaque = (el: HTMLIFrameElement) =>
		el.hasAttribute('sandbox') && !el.sandbox.contains('allow-same-origin');

	// Read when needed, not once: a page may set or change the iframe's src after the loader ran
	// (lazy loading). A document that navigated itself elsewhere no longer has this origin.
	const origin = (el: HTMLIFrameElement) => new URL(el.src, w.location.href).origin;

	const post = (f: Frame, m: HostMessage) =>
		// An opaque (sandboxed) origin can only be addressed as '*'.
		f.el.contentWindow?.postMessage(m, opaque(f.el) ? '*' : origin(f.el));

	const layout = ({ el, wrap, mode, height, offset }: Frame) => {
		const s = el.style;
		s.display = 'block';
		s.width = '100%';
		s.border = '0';
		if (mode === 'sticky') {
			s.position = 'sticky';
			s.top = offset + 'px';
			// svh, not vh or dvh: the small viewport does not change when a phone's address bar
			// slides, so the iframe (and the story's layout inside it) never resizes mid-scroll.
			s.height = `min(100svh - ${offset}px, ${height || 1e6}px)`;
			wrap.style.position = 'relative';
			if (height) wrap.style.height = height + 'px';
		} else if (height) s.height = height + 'px';
	};

	const update = () => {
		pending = 0;
		for (const f of frames) {
			if (!f.live || f.mode !== 'sticky') continue;
			const r = f.wrap.getBoundingClientRect();
			post(
				f,
				message<HostMessage>({
					type: 'viewport',
					scroll: frameScroll(r.top, r.height, f.el.offsetHeight, f.offset),
					top: f.el.getBoundingClientRect().top,
					vh: w.innerHeight,
					vw: w.innerWidth
				})
			);
		}
	};
	const schedule = () => {
		pending ||= w.requestAnimationFrame(update);
	};

	const init = (f: Frame) => post(f, message<HostMessage>({ type: 'init', mode: f.mode }));

	/** The frame's address with its token in the fragment. */
	const tokenized = ({ el, token }: Frame) => {
		const url = new URL(el.src, w.location.href);
		url.hash = (url.hash ? url.hash + '&' : '#') + 'scrolly=' + token;
		return url.href;
	};

	const attach = (el: HTMLIFrameElement) => {
		if (frames.some((f) => f.el === el)) return;
		const wrap = d.createElement('div');
		el.before(wrap);
		// Still the initial about:blank (a cross-origin document would hide itself): it is to load
		// with the token.
		const unloaded = el.contentDocument?.URL === 'about:blank';
		const f: Frame = {
			el,
			wrap,
			mode: el.dataset.scrolly === 'stacked' ? 'stacked' : 'sticky',
			height: 0,
			offset: Math.max(0, Math.min(+(el.dataset.scrollyOffset ?? 0) || 0, 300)),
			token: crypto.getRandomValues(new Uint32Array(4)).join('-')
		};
		if (unloaded) {
			// Out of the page while its address changes, then in: one navigation, straight to the
			// tokenized address. Moved in the middle of its first navigation and then sent elsewhere,
			// the frame still loaded, but about one load in 50 Chromium's DevTools never reported it
			// (the browser tests could not reach the embed).
			el.remove();
			if (el.src) el.src = tokenized(f);
			wrap.append(el);
		} else {
			// moveBefore keeps the loaded document alive where supported; append reloads it.
			const move = (wrap as MoveBefore).moveBefore;
			if (move) move.call(wrap, el, null);
			else wrap.append(el);
		}
		frames.push(f);
		layout(f);
		el.addEventListener('load', () => {
			// A new document: not ours until it says `ready` with the token (init asks it to).
			f.live = false;
			init(f);
		});
		// Loaded already (the script came late), its `ready` comes without the token, and gets it
		// then (below).
		if (!unloaded) init(f);
	};

	w.addEventListener('message', (e) => {
		const f = frames.find((f) => e.source && f.el.contentWindow === e.source);
		if (!f || (e.origin !== origin(f.el) && !(e.origin === 'null' && opaque(f.el)))) return;
		const m = parseChildMessage(e.data);
		if (!m) return;
		if (m.token !== f.token) {
			// A document without a token (loaded before the loader came, or after the page changed
			// the src) gets it in its fragment: replaced with the same address, it neither reloads
			// nor adds a history entry. Any other document in the frame is replaced by the embed.
			if (m.type === 'ready' && !m.token) f.el.contentWindow!.location.replace(tokenized(f));
			return;
		}
		if (m.type === 'ready') {
			// Answered once: the frame says `ready` again for each `init` after the first.
			if (!f.live) {
				f.live = true;
				init(f);
				schedule();
			}
		} else if (!f.live) {
			// Not a word from a document that has not shown the token since the frame loaded.
		} else if (m.type === 'height') {
			f.height = m.height;
			layout(f);
			schedule();
		} else if (m.type === 'scrollTo') {
			const r = f.wrap.getBoundingClientRect();
			w.scrollTo({
				top: hostScrollFor(m.y, w.scrollY, r.top, r.height, f.el.offsetHeight, f.offset),
				behavior: 'instant'
			});
		} else {
			f.el.dispatchEvent(
				new CustomEvent('scrolly:step', { bubbles: true, detail: { id: m.id, index: m.index } })
			);
		}
	});
	w.addEventListener('scroll', schedule, { passive: true });
	w.addEventListener('resize', schedule);

	const scan = () => d.querySelectorAll<HTMLIFrameElement>('iframe[data-scrolly]').forEach(attach);
	scan();
	new MutationObserver(scan).observe(d.documentElement, { childList: true, subtree: true });
}
