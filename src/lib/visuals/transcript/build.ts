/** What the transcript needs at build time (Node only, listed in ../buildCatalog.ts). */
import type { VisualBuild } from '../buildTypes.js';
import { TranscriptSectionSchema } from './schema.js';

export const build: VisualBuild<'transcript'> = {
	schema: TranscriptSectionSchema,
	checks(section, check) {
		check.refer(['call'], section.call, 'calls');
		const call = check.data.calls.find((c) => c.id === section.call);
		if (!call) return;
		const lineIds = new Set(call.lines.map((l) => l.id));
		const shown = new Set<string>();
		section.steps.forEach((step, i) => {
			step.lines.forEach((id, j) => {
				check.mustExist(['steps', i, 'lines', j], id, lineIds, `a line of call "${call.id}"`);
				shown.add(id);
			});
			if (!step.highlight) return;
			const { line, phrase } = step.highlight;
			check.checkLine(['steps', i, 'highlight'], call.id, line, phrase);
			if (lineIds.has(line) && !shown.has(line))
				check.report(
					['steps', i, 'highlight', 'line'],
					`"${line}" is highlighted before it is shown; add it to lines of this step or an earlier one`
				);
		});
	}
};
