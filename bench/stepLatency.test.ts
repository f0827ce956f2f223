import { describe, expect, it } from 'vitest';
import { pairStepChanges, summarizeStepChanges, type ProbeRecord } from './stepLatency';

const frames = Array.from({ length: 100 }, (_, i) => i * 16);

describe('pairStepChanges', () => {
	it('measures crossing → active → graphic, and the frames that still showed the old state', () => {
		const record: ProbeRecord = {
			frames,
			crossings: [
				{ section: 0, step: 'a2', index: 1, t: 101, scrollY: 900 },
				{ section: 0, step: 'a3', index: 2, t: 401, scrollY: 1800 }
			],
			activations: [
				{ section: 0, step: 'a2', t: 102 },
				{ section: 0, step: 'a3', t: 403 }
			],
			graphicChanges: [
				{ section: 0, t: 103.5 },
				// Frames began at 416 and 432 before this change: two stale frames.
				{ section: 0, t: 440 }
			]
		};
		const [first, second] = pairStepChanges(record);
		expect(first).toMatchObject({ step: 'a2', staleFrames: 0 });
		expect(first!.toActive).toBeCloseTo(1);
		expect(first!.toGraphic).toBeCloseTo(2.5);
		expect(second).toMatchObject({ step: 'a3', staleFrames: 2 });
		expect(second!.toGraphic).toBeCloseTo(39);
	});

	it('does not credit a step with a change that belongs to the next step or another section', () => {
		const record: ProbeRecord = {
			frames,
			crossings: [
				{ section: 0, step: 'a2', index: 1, t: 100, scrollY: 0 },
				{ section: 0, step: 'a3', index: 2, t: 200, scrollY: 0 }
			],
			activations: [
				{ section: 0, step: 'a2', t: 101 },
				{ section: 0, step: 'a3', t: 201 }
			],
			graphicChanges: [
				{ section: 1, t: 102 },
				{ section: 0, t: 202 }
			]
		};
		const changes = pairStepChanges(record);
		expect(changes[0]!.toGraphic).toBeUndefined();
		expect(changes[1]!.toGraphic).toBeCloseTo(2);
		const summary = summarizeStepChanges(changes);
		expect(summary.graphicUnchanged).toEqual(['a2']);
		expect(summary.toGraphic.count).toBe(1);
	});

	it('tells a step skipped in one frame from one the engine missed', () => {
		const changes = pairStepChanges({
			frames,
			crossings: [
				{ section: 0, step: 'a2', index: 1, t: 100, scrollY: 0 },
				{ section: 0, step: 'a3', index: 2, t: 100, scrollY: 0 }
			],
			activations: [{ section: 0, step: 'a3', t: 101 }],
			graphicChanges: [{ section: 0, t: 102 }]
		});
		const summary = summarizeStepChanges(changes);
		expect(summary.skipped).toEqual(['a2']);
		expect(summary.neverActive).toEqual([]);
		expect(summary.toGraphic.count).toBe(1);
	});

	it('reports steps that crossed but never became active', () => {
		const changes = pairStepChanges({
			frames,
			crossings: [{ section: 0, step: 'lost', index: 1, t: 100, scrollY: 0 }],
			activations: [],
			graphicChanges: []
		});
		expect(summarizeStepChanges(changes).neverActive).toEqual(['lost']);
	});
});
