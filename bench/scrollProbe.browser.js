/**
 * Injected into the story page before any of its scripts (page.addInitScript) by the scroll
 * benchmark. Plain browser JavaScript, kept out of the TypeScript build so that no bundler
 * helper leaks into the page.
 *
 * From the first moment it observes long tasks, long animation frames and layout shifts. Once
 * `__scrollProbe.start()` is called it also records, until `stop()`:
 * - every frame's start time (requestAnimationFrame timestamps), for frame times;
 * - when each step's top crosses its section's trigger line, computed from the scroll position
 *   in the `scroll` event of the frame that carries it (step positions are measured once and
 *   again only when something resizes, so the probe itself never forces a layout on scroll);
 * - when a step gets `.is-active` (MutationObserver on the steps' class);
 * - when the section's pinned graphic changes its DOM (MutationObserver on `.scrolly-graphic`).
 * Pairing these into latencies happens in Node (bench/stepLatency.ts), so it can be tested.
 */
(() => {
	const probe = {
		recording: false,
		startedAt: 0,
		stoppedAt: 0,
		frames: [],
		longTasks: [],
		animationFrames: [],
		layoutShifts: [],
		crossings: [],
		activations: [],
		graphicChanges: [],
		sections: []
	};
	Object.defineProperty(window, '__scrollProbe', { value: probe });

	const describe = (node) => {
		if (!node) return '(gone)';
		if (node.nodeType !== 1) return node.nodeName.toLowerCase();
		const id = node.id ? '#' + node.id : '';
		const classes = Array.from(node.classList)
			.filter((c) => !/^(svelte|s)-[a-z0-9]+$/.test(c))
			.map((c) => '.' + c)
			.join('');
		return node.localName + id + classes;
	};
	const rect = (r) => (r ? [r.x, r.y, r.width, r.height].map(Math.round).join(',') : '');

	const observe = (type, record) => {
		try {
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) record(entry);
			}).observe({ type, buffered: true });
		} catch {
			// This entry type is not supported by the browser: it is simply not recorded.
		}
	};
	observe('longtask', (e) => probe.longTasks.push({ start: e.startTime, duration: e.duration }));
	// What a long frame spent its time on: the scripts that ran longest in it.
	observe('long-animation-frame', (e) =>
		probe.animationFrames.push({
			start: e.startTime,
			duration: e.duration,
			blocking: e.blockingDuration,
			renderStart: e.renderStart,
			styleAndLayoutStart: e.styleAndLayoutStart,
			scripts: (e.scripts ?? [])
				.slice()
				.sort((a, b) => b.duration - a.duration)
				.slice(0, 3)
				.map((script) => ({
					duration: script.duration,
					invoker: script.invoker,
					source: (script.sourceURL ?? '').replace(location.origin, ''),
					function: script.sourceFunctionName
				}))
		})
	);
	// Which elements moved, so that a shift can be traced to its cause.
	observe('layout-shift', (e) =>
		probe.layoutShifts.push({
			start: e.startTime,
			value: e.value,
			hadRecentInput: e.hadRecentInput,
			sources: (e.sources ?? []).slice(0, 3).map((source) => ({
				node: describe(source.node),
				from: rect(source.previousRect),
				to: rect(source.currentRect)
			}))
		})
	);

	/** @type {{ element: HTMLElement, steps: HTMLElement[], tops: number[], offset: string }[]} */
	let sections = [];
	let lastY = 0;
	const observers = [];

	const triggerPx = (offset) =>
		offset.endsWith('px') ? Number.parseFloat(offset) : Number(offset || 0.6) * innerHeight;

	const measure = () => {
		const y = scrollY;
		for (const section of sections) {
			section.tops = section.steps.map((step) => step.getBoundingClientRect().top + y);
		}
	};

	const onScroll = () => {
		if (!probe.recording) return;
		const t = performance.now();
		const y = scrollY;
		if (y > lastY) {
			sections.forEach((section, s) => {
				const trigger = triggerPx(section.offset);
				// Step 0 is active from the start: only steps 1… change the graphic's state.
				for (let i = 1; i < section.steps.length; i++) {
					const top = section.tops[i];
					if (lastY + trigger < top && top <= y + trigger) {
						probe.crossings.push({
							section: s,
							step: section.steps[i].id,
							index: i,
							t,
							scrollY: y
						});
					}
				}
			});
		}
		lastY = y;
	};

	const onFrame = (timestamp) => {
		if (!probe.recording) return;
		probe.frames.push(timestamp);
		requestAnimationFrame(onFrame);
	};

	probe.start = () => {
		sections = Array.from(document.querySelectorAll('.scrolly')).map((element) => ({
			element,
			steps: Array.from(element.querySelectorAll(':scope > .scrolly-steps > .scrolly-step')),
			tops: [],
			offset: element.dataset.offset ?? '0.6'
		}));
		probe.sections = sections.map((section) => ({
			steps: section.steps.map((step) => step.id),
			offset: section.offset,
			layout: section.element.dataset.layout ?? ''
		}));
		measure();
		lastY = scrollY;

		const resize = new ResizeObserver(measure);
		resize.observe(document.documentElement);
		for (const section of sections) resize.observe(section.element);
		observers.push(resize);

		sections.forEach((section, s) => {
			const steps = new MutationObserver((records) => {
				const t = performance.now();
				for (const record of records) {
					const step = record.target;
					const was = (record.oldValue ?? '').split(/\s+/).includes('is-active');
					if (!was && step.classList.contains('is-active')) {
						probe.activations.push({ section: s, step: step.id, t });
					}
				}
			});
			for (const step of section.steps) {
				steps.observe(step, {
					attributes: true,
					attributeFilter: ['class'],
					attributeOldValue: true
				});
			}
			observers.push(steps);
			const graphic = section.element.querySelector(':scope > .scrolly-graphic');
			if (graphic) {
				const changes = new MutationObserver(() => {
					probe.graphicChanges.push({ section: s, t: performance.now() });
				});
				changes.observe(graphic, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				});
				observers.push(changes);
			}
		});

		addEventListener('scroll', onScroll, { passive: true, capture: true });
		probe.recording = true;
		probe.startedAt = performance.now();
		requestAnimationFrame(onFrame);
	};

	probe.stop = () => {
		probe.recording = false;
		probe.stoppedAt = performance.now();
		removeEventListener('scroll', onScroll, { capture: true });
		for (const observer of observers) observer.disconnect();
		const { start: _start, stop: _stop, ...data } = probe;
		return JSON.parse(JSON.stringify(data));
	};
})();
