/**
 * Runs `start` once any of `elements` comes within `margin` of the viewport, and returns a
 * cleanup. Story pages use it to load the scroll engine and the visuals' code only as the
 * reader approaches them (a deep link to a step is in view at once, so it loads at once).
 */
export function whenNear(
	elements: Iterable<Element>,
	start: () => Promise<(() => void) | void>,
	margin = '0px'
): () => void {
	let cancelled = false;
	let stop: (() => void) | void;
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			void start().then((cleanup) => {
				if (cancelled) cleanup?.();
				else stop = cleanup;
			});
		},
		{ rootMargin: margin }
	);
	for (const element of elements) observer.observe(element);
	return () => {
		cancelled = true;
		observer.disconnect();
		stop?.();
	};
}
