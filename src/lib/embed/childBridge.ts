/**
 * The iframe's side of the embed protocol (see protocol.ts), for the embed routes.
 *
 * Until a host loader answers, the page shows the stacked layout and, if it is framed, reports
 * its height in the conventions publishers' pages already have (pym.js, AMP, WordPress). When
 * the loader sends `init`, the bridge remembers that origin and talks only to it from then on:
 * - `sticky`: it hides its own overflow and mirrors the host's scroll offset (`viewport`), so the
 *   scrolly engine (scrollama with `root: document`) and CSS sticky work as on a page of their
 *   own. The reader's keys and any scroll that starts inside the frame (a focused step, an
 *   in-page link) become `scrollTo` requests, so the host page stays the one that scrolls;
 * - in both modes it reports its height, and the step a reader is at (`step`): the one the
 *   scroll engine of the section being read made active (scrolly/stepEvent.ts).
 * Every message carries the token the loader put in the frame's URL (`#scrolly=…`): the loader
 * believes nothing else. A later `init` (the frame loaded again, or the loader came late) is
 * answered with `ready`, which is what the loader waits for before it trusts the frame again.
 * Opened as a top-level page (no frame at all), it is an ordinary scrolling page.
 */
import {
	ampEmbedSize,
	isPymMessageFor,
	pymChildId,
	pymMessage,
	wordpressHeight,
	wordpressSecret
} from './fallbacks';
import {
	message,
	parseHostMessage,
	tokenFromHash,
	type ChildMessage,
	type EmbedMode
} from './protocol';
import { LAYOUT_EVENT, STEP_EVENT, type StepEventDetail } from '../scrolly/stepEvent';
import { sendLinkOutOfFrame } from './frameLinks';
import { keyScrollDelta } from './keyScroll';

/** How the page should lay itself out: `top-level` when it is not framed at all. */
export type ChildMode = EmbedMode | 'top-level';

export interface EmbedChildOptions {
	/** Called with the mode to lay out in: at start, and when the host's `init` arrives. */
	onmode(mode: ChildMode): void;
	/** Ids of the story's steps, in order, when the bridge should follow the scroll engines'
	 * steps itself (the whole feature). Leave out when the page reports steps (`reportStep`). */
	stepIds?: string[];
	window?: Window;
}

export interface EmbedChild {
	/** Brings a focused step to the trigger line: asks the host to scroll when it drives the
	 * scrolling, scrolls the page itself otherwise. */
	scrollToStep(step: HTMLElement): void;
	/** Reports the step a reader moved to (pages that step without scrolling). */
	reportStep(id: string, index: number): void;
	/** The page's layout for the new mode is still coming (its graphics load first): the height
	 * is held until `done` settles, so the host never sizes the frame from a half-built one. */
	settling(done: Promise<unknown>): void;
	destroy(): void;
}

const READY_INTERVAL_MS = 250;
const READY_ATTEMPTS = 40;

export function startEmbedChild(options: EmbedChildOptions): EmbedChild {
	const w = options.window ?? window;
	const d = w.document;
	const root = d.documentElement;
	const framed = w.parent !== w;
	const cleanups: (() => void)[] = [];
	const listen = <K extends keyof WindowEventMap>(
		type: K,
		handler: (event: WindowEventMap[K]) => void,
		capture = false
	) => {
		w.addEventListener(type, handler, { capture, passive: type === 'scroll' });
		cleanups.push(() => w.removeEventListener(type, handler, { capture }));
	};

	const pymId = pymChildId(w.location.search);
	const wpSecret = wordpressSecret(w.location.hash);
	/** The frame's token, kept once read: in-page links change the fragment afterwards. */
	let token = tokenFromHash(w.location.hash);
	/** A `ready` without a token has answered an init (once: an older loader would answer it). */
	let askedForToken = false;
	let hostOrigin: string | undefined;
	let mode: ChildMode = framed ? 'stacked' : 'top-level';
	/** The scroll position last set by the host (or by a request sent to it). */
	let mirrored = 0;
	let reportedHeight = 0;
	let reportedStep = -1;
	/** What height reports wait for (`settling`), and the one report waiting for its task. */
	let pending: Promise<unknown> | undefined;
	let reportTimer = 0;
	/** The step a stepping page (single visual) last reported, re-sent when the host arrives. */
	let pageStep: { id: string; index: number } | undefined;
	/** Each scrolly section's latest step event: its step's index in `stepIds`, and whether the
	 * reader has reached the section. */
	const sections = new Map<EventTarget, { index: number; reached: boolean }>();

	const send = (payload: ChildMessage) => {
		const m = token ? { ...payload, token } : payload;
		// Before `init` only `ready` goes out, to any origin: it carries only the token, which the
		// page that framed this document gave it.
		if (hostOrigin) w.parent.postMessage(m, hostOrigin === 'null' ? '*' : hostOrigin);
		else if (m.type === 'ready') w.parent.postMessage(m, '*');
	};

	const contentHeight = () => Math.ceil(root.getBoundingClientRect().height);

	const reportHeight = (force = false) => {
		const height = contentHeight();
		if (!framed || height < 1 || (height === reportedHeight && !force)) return;
		reportedHeight = height;
		if (hostOrigin) {
			send(message({ type: 'height', height }));
			return;
		}
		if (pymId) w.parent.postMessage(pymMessage(pymId, 'height', height), '*');
		if (wpSecret) w.parent.postMessage(wordpressHeight(wpSecret, height), '*');
		w.parent.postMessage(ampEmbedSize(height), '*');
	};

	/** Reports the height and step in a task of its own, so that sections taking their layout
	 * together give the host one height, not one per section. A timer: browsers pause rendering
	 * (animation frames, resize observers) in an off-screen cross-origin frame. */
	const scheduleReport = () => {
		if (reportTimer || pending) return;
		reportTimer = w.setTimeout(() => {
			reportTimer = 0;
			if (pending) return; // the page has since said its layout is still coming
			reportHeight(true);
			reportEngineStep();
		}, 0);
	};

	/** Reports the active step of the last section the reader has reached (sections follow the
	 * story's order, so that is the highest index), once it changes. */
	const reportEngineStep = () => {
		if (!sticky() || !options.stepIds) return;
		let index = -1;
		for (const section of sections.values())
			if (section.reached) index = Math.max(index, section.index);
		if (index < 0 || index === reportedStep) return;
		reportedStep = index;
		send(message({ type: 'step', id: options.stepIds[index]!, index }));
	};

	/** Scrolls to `y` and asks the host to follow. */
	const moveTo = (y: number) => {
		w.scrollTo({ top: y, behavior: 'instant' });
		mirrored = w.scrollY;
		send(message({ type: 'scrollTo', y: mirrored }));
	};

	const sticky = () => mode === 'sticky' && hostOrigin !== undefined;

	const setMode = (next: ChildMode) => {
		mode = next;
		// The layout changes with the mode: report the height once it has.
		scheduleReport();
		// The host scrolls; this document only follows (see embed/+layout.svelte for the CSS).
		if (next === 'sticky') root.dataset.embedScroll = 'host';
		else delete root.dataset.embedScroll;
		options.onmode(next);
	};

	// --- Messages from the host ------------------------------------------------------------
	listen('message', (event) => {
		if (!framed || event.source !== w.parent) return;
		if (pymId && isPymMessageFor(pymId, event.data)) {
			reportHeight(true);
			return;
		}
		const m = parseHostMessage(event.data);
		if (!m) return;
		if (m.type === 'init') {
			// The loader may say it more than once (on `ready`, on the iframe's load event, when it
			// came late): after the first, it is asking whether this document is still its own.
			const first = hostOrigin === undefined;
			if (!first && event.origin !== hostOrigin) return;
			hostOrigin = event.origin;
			w.clearInterval(readyTimer);
			// With a token, say `ready` again to each later init: the loader's question after a load.
			// Without one (the loader came late, and gives it in answer), say it once: a loader of
			// before the tokens would answer each `ready` with another init.
			if (token ? !first : !askedForToken) send(message({ type: 'ready' }));
			if (!token) askedForToken = true;
			// A new mode reports its height once laid out (setMode); the same one reports it now.
			if (m.mode !== mode) setMode(m.mode);
			else if (!pending) reportHeight(true);
			if (first && pageStep) send(message({ type: 'step', ...pageStep }));
		} else if (event.origin === hostOrigin && sticky()) {
			w.scrollTo({ top: m.scroll, behavior: 'instant' });
			mirrored = w.scrollY;
		}
	});

	// The loader adds the token to the fragment itself when it finds the frame already loaded.
	listen('hashchange', () => {
		const next = tokenFromHash(w.location.hash);
		if (!next || next === token) return;
		token = next;
		send(message({ type: 'ready' }));
	});

	// --- Keys and scrolls that start inside the frame --------------------------------------
	listen('keydown', (event) => {
		if (!sticky() || event.defaultPrevented) return;
		const max = root.scrollHeight - w.innerHeight;
		const delta = keyScrollDelta(event, w.scrollY, w.innerHeight, max);
		if (delta === undefined) return;
		event.preventDefault();
		moveTo(Math.max(0, Math.min(w.scrollY + delta, max)));
	});
	listen('scroll', () => {
		// Our own mirroring lands exactly on `mirrored`; anything else (focus moving to a link
		// below the fold, an in-page anchor, find-in-page) is passed on to the host.
		if (sticky() && Math.abs(w.scrollY - mirrored) > 1) moveTo(w.scrollY);
	});

	// --- Links leave the frame ---------------------------------------------------------------
	listen('click', (event) => sendLinkOutOfFrame(event, w.location), true);

	// --- Steps, as the scroll engines decide them ------------------------------------------
	if (options.stepIds) {
		const stepIds = options.stepIds;
		const onStep = (event: Event) => {
			const { id, reached } = (event as CustomEvent<StepEventDetail>).detail;
			const index = stepIds.indexOf(id);
			if (index < 0 || !event.target) return;
			sections.set(event.target, { index, reached });
			reportEngineStep();
		};
		w.addEventListener(STEP_EVENT, onStep);
		cleanups.push(() => w.removeEventListener(STEP_EVENT, onStep));
	}

	// --- Size ----------------------------------------------------------------------------------
	const resizeObserver = new ResizeObserver(() => {
		if (!pending) reportHeight();
	});
	// A section that takes its sticky layout changes the height at once; in a frame out of view
	// the observer would not say so until the reader gets there.
	const onLayout = () => scheduleReport();
	w.addEventListener(LAYOUT_EVENT, onLayout);
	cleanups.push(() => w.removeEventListener(LAYOUT_EVENT, onLayout));
	resizeObserver.observe(root);
	cleanups.push(() => resizeObserver.disconnect());

	// --- Start -----------------------------------------------------------------------------
	options.onmode(mode);
	let readyTimer = 0;
	if (framed) {
		let attempts = 0;
		send(message({ type: 'ready' }));
		readyTimer = w.setInterval(() => {
			if (++attempts >= READY_ATTEMPTS) w.clearInterval(readyTimer);
			send(message({ type: 'ready' }));
		}, READY_INTERVAL_MS);
		cleanups.push(() => w.clearInterval(readyTimer));
		reportHeight();
	}

	return {
		scrollToStep(step) {
			if (!sticky()) {
				step.scrollIntoView({ block: 'start' });
				return;
			}
			const margin = parseFloat(w.getComputedStyle(step).scrollMarginTop) || 0;
			moveTo(step.getBoundingClientRect().top + w.scrollY - margin);
		},
		reportStep(id, index) {
			pageStep = { id, index };
			if (index === reportedStep) return;
			reportedStep = index;
			send(message({ type: 'step', id, index }));
		},
		settling(done) {
			pending = done;
			const settled = () => {
				if (pending !== done) return;
				pending = undefined;
				scheduleReport();
			};
			done.then(settled, settled);
		},
		destroy() {
			w.clearTimeout(reportTimer);
			for (const cleanup of cleanups) cleanup();
			delete root.dataset.embedScroll;
		}
	};
}
