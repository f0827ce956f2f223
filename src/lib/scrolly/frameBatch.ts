/**
 * When page work runs relative to the browser's frames.
 *
 * Read-then-write batching for the next animation frame. When several scrolly sections start
 * at once, each would measure its steps right after the previous one changed the DOM, forcing a
 * layout per section (424 ms for five sections, measured). Queued here, all measurements run
 * first, against one layout, and all DOM changes after them.
 */
const reads: Array<() => void> = [];
const writes: Array<() => void> = [];
let scheduled = false;

function flush() {
	scheduled = false;
	const measured = reads.splice(0);
	const changes = writes.splice(0);
	for (const read of measured) read();
	for (const write of changes) write();
}

export function measureThenMutate(read: () => void, write: () => void): void {
	reads.push(read);
	writes.push(write);
	if (!scheduled) {
		scheduled = true;
		requestAnimationFrame(flush);
	}
}

interface PostTaskScheduler {
	postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<unknown>;
}

/**
 * Runs `task` in a task of its own, queued now: called from inside a frame (an animation-frame
 * callback), it runs once that frame is drawn, ahead of the next one as a rule. A graphic's new
 * step restyles and repaints much of the graphic: done in the frame that found the step, its
 * script, style, layout and paint all fell in one frame, which then ran past its 16.7 ms (the
 * timeline's steps, 25 to 30 ms on a 2-core machine); here they are split over two. `user-blocking`
 * (where the browser has `scheduler.postTask`) runs it ahead of other queued tasks.
 */
export function afterFrame(task: () => void): void {
	const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
	if (scheduler?.postTask) {
		void scheduler.postTask(task, { priority: 'user-blocking' });
		return;
	}
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		task();
	};
	channel.port2.postMessage(undefined);
}

/**
 * Runs `run` when the browser is next idle (`requestIdleCallback`), or after `timeout` ms at
 * most; where the browser has no idle callbacks (Safari), after `fallbackDelay` ms. Returns a
 * cancel. For work that may wait behind the reader's own: mounting an island, drawing a part.
 */
export function whenIdle(
	run: () => void,
	{ timeout, fallbackDelay }: { timeout: number; fallbackDelay: number }
): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(run, { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(run, fallbackDelay);
	return () => clearTimeout(id);
}
