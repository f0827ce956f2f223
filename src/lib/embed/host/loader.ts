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
 * Security: a message is handled only when it comes from the iframe's own window and from the
 * origin of its `src` (or "null" when the iframe is sandboxed without allow-same-origin), and
 * passes parseChildMessage. No message is ever used as a URL.
 *
 * Budget: under 1.5 KB gzipped, no dependencies (asserted by bundle.test.ts).
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
	/** The iframe has answered: it listens to `viewport` messages. */
	live?: boolean;
	/** The last viewport posted, to skip repeats. */
	sent?: string;
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
			const m = message<HostMessage>({
				type: 'viewport',
				scroll: frameScroll(r.top, r.height, f.el.offsetHeight, f.offset),
				top: f.el.getBoundingClientRect().top,
				vh: w.innerHeight,
				vw: w.innerWidth
			});
			const key = JSON.stringify(m);
			if (key !== f.sent) post(f, m);
			f.sent = key;
		}
	};
	const schedule = () => {
		pending ||= w.requestAnimationFrame(update);
	};

	const init = (f: Frame) => post(f, message<HostMessage>({ type: 'init', mode: f.mode }));

	const attach = (el: HTMLIFrameElement) => {
		if (frames.some((f) => f.el === el)) return;
		const wrap = d.createElement('div');
		el.before(wrap);
		// moveBefore keeps the iframe's document alive where supported; append reloads it.
		const move = (wrap as MoveBefore).moveBefore;
		if (move) move.call(wrap, el, null);
		else wrap.append(el);
		const f: Frame = {
			el,
			wrap,
			mode: el.dataset.scrolly === 'stacked' ? 'stacked' : 'sticky',
			height: 0,
			offset: Math.max(0, Math.min(+(el.dataset.scrollyOffset ?? 0) || 0, 300))
		};
		frames.push(f);
		layout(f);
		el.addEventListener('load', () => init(f));
		// Already loaded (the script came late)? A cross-origin document hides itself (null);
		// the initial about:blank does not, and is not worth a message.
		if (el.contentDocument?.URL !== 'about:blank') init(f);
	};

	w.addEventListener('message', (e) => {
		const f = frames.find((f) => e.source && f.el.contentWindow === e.source);
		if (!f || (e.origin !== origin(f.el) && !(e.origin === 'null' && opaque(f.el)))) return;
		const m = parseChildMessage(e.data);
		if (!m) return;
		if (m.type === 'ready') {
			init(f);
			f.live = true;
			f.sent = '';
			schedule();
		} else if (m.type === 'height') {
			f.height = m.height;
			layout(f);
			f.sent = '';
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
