/**
 * Progressive enhancement for a button that opens a popover (`popovertarget`): with JavaScript,
 * the popover also opens when a mouse rests on the button or when the keyboard focuses it, the
 * way a tooltip does, and stays usable the way WCAG 1.4.13 asks:
 *
 * - dismissible: Escape closes it (native to `popover="auto"`), as does a click elsewhere;
 * - hoverable: the pointer can move from the button onto the popover without it closing;
 * - persistent: it stays until the pointer or focus leaves both, or the reader dismisses it.
 *
 * Clicking (or pressing Enter on) a button whose popover opened on hover or focus pins it open
 * rather than closing it. Touch is left to the native click toggle. Without JavaScript the
 * button still opens and closes the popover on click, tap, Enter and Space.
 *
 * Used as a Svelte attachment on the button: `{@attach hoverDisclosure(noteId)}`.
 */
export interface HoverDisclosureOptions {
	/** Milliseconds the pointer rests on the button before the popover opens. */
	openDelay?: number;
	/** Milliseconds of grace to move the pointer from the button to the popover. */
	closeDelay?: number;
}

export function hoverDisclosure(
	popoverId: string,
	{ openDelay = 250, closeDelay = 300 }: HoverDisclosureOptions = {}
) {
	return (trigger: HTMLElement) => {
		const note = trigger.ownerDocument.getElementById(popoverId);
		if (!note || typeof note.showPopover !== 'function') return;

		/** Why the popover is open, when it opened without a click; null once pinned or closed. */
		let transient: 'pointer' | 'focus' | null = null;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const isOpen = () => note.matches(':popover-open');
		const cancel = () => clearTimeout(timer);
		const later = (fn: () => void, ms: number) => {
			cancel();
			timer = setTimeout(fn, ms);
		};
		const open = (why: 'pointer' | 'focus') => {
			cancel();
			if (isOpen()) return;
			note.showPopover();
			transient = why;
		};
		const closeIf = (why: 'pointer' | 'focus') => {
			if (transient === why && isOpen()) note.hidePopover();
		};
		const isMouse = (event: PointerEvent) => event.pointerType === 'mouse';
		const inside = (node: EventTarget | null) =>
			node instanceof Node && (node === trigger || note.contains(node));

		const listeners: [EventTarget, string, (event: never) => void][] = [
			[trigger, 'pointerenter', (e: PointerEvent) => isMouse(e) && later(() => open('pointer'), openDelay)],
			[trigger, 'pointerleave', (e: PointerEvent) => isMouse(e) && later(() => closeIf('pointer'), closeDelay)],
			[note, 'pointerenter', (e: PointerEvent) => isMouse(e) && cancel()],
			[note, 'pointerleave', (e: PointerEvent) => isMouse(e) && later(() => closeIf('pointer'), closeDelay)],
			[
				trigger,
				'focus',
				() => {
					// Keyboard focus only: a click also focuses the button and toggles on its own.
					if (trigger.matches(':focus-visible')) open('focus');
				}
			],
			[
				trigger,
				'focusout',
				(e: FocusEvent) => {
					if (!inside(e.relatedTarget)) closeIf('focus');
				}
			],
			[
				note,
				'focusout',
				(e: FocusEvent) => {
					if (!inside(e.relatedTarget)) closeIf('focus');
				}
			],
			[
				trigger,
				'click',
				(e: MouseEvent) => {
					cancel();
					if (transient && isOpen()) {
						// Opened by hover or focus: the click pins it instead of toggling it shut.
						e.preventDefault();
						transient = null;
					}
				}
			],
			[
				note,
				'toggle',
				(e: ToggleEvent) => {
					const expanded = e.newState === 'open';
					trigger.setAttribute('aria-expanded', String(expanded));
					if (!expanded) transient = null;
				}
			]
		];
		trigger.setAttribute('aria-expanded', String(isOpen()));
		for (const [target, type, fn] of listeners) target.addEventListener(type, fn as EventListener);
		return () => {
			cancel();
			for (const [target, type, fn] of listeners)
				target.removeEventListener(type, fn as EventListener);
		};
	};
}
