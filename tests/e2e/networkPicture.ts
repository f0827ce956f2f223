/**
 * What a reader sees in a network picture, read in one `page.evaluate`: the function below runs
 * in the page (it is self-contained: Playwright sends its source). It returns the problems a
 * reader would see: text overlapping, text cut by the picture's frame, key entries out of view,
 * words off their line, the kept names missing, and the nodes brought forward.
 */

export interface PictureProblems {
	/** Nodes brought forward (sorted), to know the step has arrived. */
	lit: string[];
	/** Pairs of visible texts (or a text and a visible marker) that overlap. */
	overlaps: string[];
	/** Visible texts that stick out of the picture's frame. */
	cut: string[];
	/** Entries of the key not wholly on the screen and inside the graphic. */
	legend: string[];
	/** Words on lines further than `tolerance` px from their line, with the distance. */
	offLine: string[];
	/** Kept nodes not named (label hidden, faded or outside the frame). */
	unnamed: string[];
	/** Number of texts checked. */
	texts: number;
}

export interface PictureArgs {
	/** Selector of the `[data-network]` root. */
	root: string;
	/** Ids of nodes that must be named. */
	keep: string[];
	/** How far words may sit from their line, px. */
	tolerance: number;
}

/** Runs in the page. */
export function inspectPicture({ root, keep, tolerance }: PictureArgs): PictureProblems {
	const el = document.querySelector(root);
	if (!el) throw new Error(`No network at ${root}`);
	const chart = el.querySelector('.nw-chart')!.getBoundingClientRect();
	const slack = 0.5;
	const shown = (e: Element) => {
		for (let n: Element | null = e; n && n !== el.parentElement; n = n.parentElement) {
			const style = getComputedStyle(n);
			if (Number(style.opacity) < 0.5 || style.display === 'none' || style.visibility === 'hidden')
				return false;
		}
		return true;
	};
	type Shape = {
		id: string;
		owner: string;
		text: boolean;
		x: number;
		y: number;
		hw: number;
		hh: number;
		angle: number;
	};
	const upright = (id: string, owner: string, text: boolean, r: DOMRect): Shape => ({
		id,
		owner,
		text,
		x: r.left + r.width / 2,
		y: r.top + r.height / 2,
		hw: r.width / 2,
		hh: r.height / 2,
		angle: 0
	});
	const shapes: Shape[] = [];
	const lit: string[] = [];
	for (const node of el.querySelectorAll<HTMLElement>('.nw-node')) {
		const id = node.dataset.node!;
		if (node.classList.contains('is-lit')) lit.push(id);
		const label = node.querySelector('.nw-label')!;
		const mark = node.querySelector('.nw-mark')!;
		if (shown(label)) shapes.push(upright(`label ${id}`, id, true, label.getBoundingClientRect()));
		if (shown(mark)) shapes.push(upright(`marker ${id}`, id, false, mark.getBoundingClientRect()));
	}
	const words = [...el.querySelectorAll<HTMLElement>('.nw-link-label span')].filter(shown);
	for (const span of words) {
		const id = span.parentElement!.dataset.linkLabel!;
		const r = span.getBoundingClientRect();
		const m = new DOMMatrix(getComputedStyle(span).transform);
		shapes.push({
			id: `words ${id}`,
			owner: `words ${id}`,
			text: true,
			x: r.left + r.width / 2,
			y: r.top + r.height / 2,
			hw: span.offsetWidth / 2,
			hh: span.offsetHeight / 2,
			angle: Math.atan2(m.b, m.a)
		});
	}
	// Separating axes: how deep two boxes overlap (negative or 0 when they do not).
	const depth = (a: Shape, b: Shape) => {
		let gap = -Infinity;
		for (const angle of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
			const ux = Math.cos(angle);
			const uy = Math.sin(angle);
			const reach = (o: Shape) =>
				o.hw * Math.abs(Math.cos(o.angle) * ux + Math.sin(o.angle) * uy) +
				o.hh * Math.abs(-Math.sin(o.angle) * ux + Math.cos(o.angle) * uy);
			gap = Math.max(gap, Math.abs((b.x - a.x) * ux + (b.y - a.y) * uy) - reach(a) - reach(b));
		}
		return -gap;
	};
	const overlaps: string[] = [];
	for (let i = 0; i < shapes.length; i++) {
		for (let j = i + 1; j < shapes.length; j++) {
			const a = shapes[i]!;
			const b = shapes[j]!;
			if (a.owner === b.owner || (!a.text && !b.text)) continue;
			if (depth(a, b) > slack) overlaps.push(`${a.id} / ${b.id}`);
		}
	}
	const cut: string[] = [];
	for (const s of shapes) {
		if (!s.text) continue;
		const rx = s.hw * Math.abs(Math.cos(s.angle)) + s.hh * Math.abs(Math.sin(s.angle));
		const ry = s.hw * Math.abs(Math.sin(s.angle)) + s.hh * Math.abs(Math.cos(s.angle));
		if (
			s.x - rx < chart.left - slack ||
			s.x + rx > chart.right + slack ||
			s.y - ry < chart.top - slack ||
			s.y + ry > chart.bottom + slack
		)
			cut.push(s.id);
	}
	// The key: every entry whole on the screen, and inside the graphic it belongs to.
	const frame = (
		el.closest('.scrolly-graphic, .scrolly-step-graphic, .graphic') ?? el
	).getBoundingClientRect();
	const legend: string[] = [];
	for (const li of el.querySelectorAll('.nw-legend li')) {
		const r = li.getBoundingClientRect();
		const inside = (b: { left: number; right: number; top: number; bottom: number }) =>
			r.left >= b.left - slack &&
			r.right <= b.right + slack &&
			r.top >= b.top - slack &&
			r.bottom <= b.bottom + slack;
		if (!inside({ left: 0, right: innerWidth, top: 0, bottom: innerHeight }) || !inside(frame))
			legend.push(li.textContent!.trim());
	}
	// Words on their line: the distance from their centre to the line drawn on screen.
	const offLine: string[] = [];
	for (const span of words) {
		const id = span.parentElement!.dataset.linkLabel!;
		const path = [
			...el.querySelectorAll<SVGPathElement>(`path[data-edge="${CSS.escape(id)}"]`)
		].find((p) => getComputedStyle(p.closest('.nw-lines')!).display !== 'none');
		if (!path) {
			offLine.push(`${id}: no line`);
			continue;
		}
		const r = span.getBoundingClientRect();
		const cx = r.left + r.width / 2;
		const cy = r.top + r.height / 2;
		// From the line's own units to the screen: the drawing's 0–100 viewBox over its box, as
		// the camera (a CSS transform, which getScreenCTM leaves out) has moved and scaled it.
		const box = path.ownerSVGElement!.getBoundingClientRect();
		const length = path.getTotalLength();
		let best = Infinity;
		for (let i = 0; i <= 200; i++) {
			const p = path.getPointAtLength((length * i) / 200);
			const x = box.left + (p.x / 100) * box.width;
			const y = box.top + (p.y / 100) * box.height;
			best = Math.min(best, Math.hypot(x - cx, y - cy));
		}
		if (best > tolerance) offLine.push(`${id}: ${best.toFixed(1)} px`);
	}
	const named = new Set(
		shapes.filter((s) => s.id.startsWith('label ') && !cut.includes(s.id)).map((s) => s.owner)
	);
	return {
		lit: lit.sort(),
		overlaps,
		cut,
		legend,
		offLine,
		unnamed: keep.filter((id) => !named.has(id)),
		texts: shapes.filter((s) => s.text).length
	};
}
