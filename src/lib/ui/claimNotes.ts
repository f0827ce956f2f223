/**
 * Progressive enhancement for the status notes of inline claims (`<Claim>`): a button with
 * `popovertarget` opens a `popover="auto"` note, which works with no JavaScript (click, tap,
 * Enter, Space; Escape or a click elsewhere closes it). With JavaScript, a note also opens when
 * a mouse rests on its label or the keyboard focuses it, the way a tooltip does, and stays
 * usable the way WCAG 1.4.13 asks:
 *
 * - dismissible: Escape closes it (native to `popover="auto"`), as does a click elsewhere;
 * - hoverable: the pointer can move from the label onto the note without it closing;
 * - persistent: it stays until the pointer or focus leaves both, or the reader dismisses it.
 *
 * Clicking (or pressing Enter on) a mark whose note opened on hover or focus pins the note
 * instead of closing it. Following a source link inside a note closes the note, so the source
 * entry it leads to is not hidden. Touch is left to the native toggle.
 *
 * The words of a claim are a `<label>` of its button, so a click on them presses it, with or
 * without JavaScript. With it, a click on the words of an open note closes it (without, the
 * press that ends the popover's light dismiss opens it again), and a click that ends a text
 * selection, or a double click to select a word, leaves the note alone.
 *
 * One set of listeners on the document serves every claim on the page (event delegation), so a
 * story with fifty claims adds no per-claim listeners.
 */
const TRIGGER = '.claim-trigger[popovertarget]';
const NOTE = '.claim-note[popover]';
const WORDS = 'label.claim-text[for]';

export interface ClaimNoteTiming {
	/** Milliseconds the pointer rests on a label before its note opens. */
	openDelay: number;
	/** Milliseconds of grace to move the pointer from a label to its note. */
	closeDelay: number;
}

interface NoteState {
	/** Why the note is open, when it opened without a click; null once pinned or closed. */
	transient: 'pointer' | 'focus' | null;
	timer?: ReturnType<typeof setTimeout>;
}

/** Installs the listeners on a document (once, however many claims call it); returns an
 * uninstaller that removes them when the last caller is gone. */
export function enableClaimNotes(
	doc: Document = document,
	timing: ClaimNoteTiming = { openDelay: 250, closeDelay: 300 }
): () => void {
	const installed = registry.get(doc);
	if (installed) {
		installed.users++;
		return () => release(doc);
	}
	const states = new WeakMap<HTMLElement, NoteState>();
	const stateOf = (note: HTMLElement) => {
		let state = states.get(note);
		if (!state) states.set(note, (state = { transient: null }));
		return state;
	};
	const noteOf = (trigger: Element) => {
		const note = doc.getElementById(trigger.getAttribute('popovertarget') ?? '');
		return note && typeof note.showPopover === 'function' ? note : undefined;
	};
	const triggerOf = (note: HTMLElement) =>
		doc.querySelector<HTMLElement>(`[popovertarget="${CSS.escape(note.id)}"]`);
	const isOpen = (note: HTMLElement) => note.matches(':popover-open');
	const later = (note: HTMLElement, ms: number, fn: () => void) => {
		const state = stateOf(note);
		clearTimeout(state.timer);
		state.timer = setTimeout(fn, ms);
	};
	const cancel = (note: HTMLElement) => clearTimeout(stateOf(note).timer);
	const open = (note: HTMLElement, why: 'pointer' | 'focus') => {
		cancel(note);
		if (isOpen(note)) return;
		note.showPopover();
		stateOf(note).transient = why;
	};
	const closeIf = (note: HTMLElement, why: 'pointer' | 'focus') => {
		if (stateOf(note).transient === why && isOpen(note)) note.hidePopover();
	};
	/** The trigger or note an event is about, and the note they share. */
	const target = (node: EventTarget | null) => {
		if (!(node instanceof Element)) return undefined;
		const trigger = node.closest(TRIGGER);
		if (trigger) {
			const note = noteOf(trigger);
			return note && { trigger, note, onNote: false };
		}
		const note = node.closest<HTMLElement>(NOTE);
		const owner = note && triggerOf(note);
		return note && owner ? { trigger: owner, note, onNote: true } : undefined;
	};
	const within = (node: EventTarget | null, t: { trigger: Element; note: HTMLElement }) =>
		node instanceof Node && (t.trigger.contains(node) || t.note.contains(node));
	/** The note a claim's words open, when the node is inside them. */
	const noteOfWords = (node: EventTarget | null) => {
		const words = node instanceof Element ? node.closest(WORDS) : null;
		const trigger = words && doc.getElementById(words.getAttribute('for') ?? '');
		return trigger?.matches(TRIGGER) ? noteOf(trigger) : undefined;
	};
	/** The note that was open when the pointer went down on its words (light dismiss closes it
	 * before the click arrives). */
	let openOnPress: HTMLElement | undefined;

	const listeners: [string, (event: Event) => void, boolean][] = [
		[
			'pointerover',
			(e) => {
				const t = (e as PointerEvent).pointerType === 'mouse' && target(e.target);
				if (!t || within((e as PointerEvent).relatedTarget, t)) return;
				if (t.onNote) cancel(t.note);
				else later(t.note, timing.openDelay, () => open(t.note, 'pointer'));
			},
			false
		],
		[
			'pointerout',
			(e) => {
				const t = (e as PointerEvent).pointerType === 'mouse' && target(e.target);
				if (!t || within((e as PointerEvent).relatedTarget, t)) return;
				later(t.note, timing.closeDelay, () => closeIf(t.note, 'pointer'));
			},
			false
		],
		[
			'focusin',
			(e) => {
				const t = target(e.target);
				// Keyboard focus only: a click also focuses the label, and toggles on its own.
				if (t && !t.onNote && t.trigger.matches(':focus-visible')) open(t.note, 'focus');
			},
			false
		],
		[
			'focusout',
			(e) => {
				const t = target(e.target);
				if (t && !within((e as FocusEvent).relatedTarget, t)) closeIf(t.note, 'focus');
			},
			false
		],
		[
			'pointerdown',
			(e) => {
				const note = noteOfWords(e.target);
				openOnPress = note && isOpen(note) ? note : undefined;
			},
			true
		],
		[
			'click',
			(e) => {
				const note = noteOfWords(e.target);
				if (note) {
					// The label would press the button: not to reopen a note the press just closed,
					// nor when the reader was selecting text.
					const selection = doc.getSelection();
					const selecting =
						(selection ? !selection.isCollapsed : false) || (e as MouseEvent).detail > 1;
					if (openOnPress === note || selecting) e.preventDefault();
					openOnPress = undefined;
					return;
				}
				const t = target(e.target);
				if (!t) return;
				cancel(t.note);
				if (t.onNote) {
					if ((e.target as Element).closest('a[href^="#"]')) t.note.hidePopover();
				} else if (stateOf(t.note).transient && isOpen(t.note)) {
					// Opened by hover or focus: the click pins it instead of toggling it shut.
					e.preventDefault();
					stateOf(t.note).transient = null;
				}
			},
			false
		],
		[
			// toggle does not bubble: listen in the capture phase.
			'toggle',
			(e) => {
				const note = e.target instanceof HTMLElement && e.target.matches(NOTE) ? e.target : null;
				if (!note) return;
				const expanded = (e as ToggleEvent).newState === 'open';
				triggerOf(note)?.setAttribute('aria-expanded', String(expanded));
				if (!expanded) stateOf(note).transient = null;
			},
			true
		]
	];
	for (const [type, fn, capture] of listeners) doc.addEventListener(type, fn, capture);
	// With the listeners in place, labels can tell assistive technology whether a note is open.
	for (const trigger of doc.querySelectorAll(TRIGGER))
		trigger.setAttribute('aria-expanded', 'false');
	registry.set(doc, {
		users: 1,
		remove: () => {
			for (const [type, fn, capture] of listeners) doc.removeEventListener(type, fn, capture);
		}
	});
	return () => release(doc);
}

const registry = new Map<Document, { users: number; remove: () => void }>();

function release(doc: Document) {
	const installed = registry.get(doc);
	if (!installed) return;
	if (--installed.users === 0) {
		installed.remove();
		registry.delete(doc);
	}
}
