/**
 * The steps written in story.svx against the step states in sections.yaml: every written
 * section and step has its state, every state is written, in the same order, and step ids (page
 * anchors) are unique. Pure: the sections, the outline of story.svx and the file names in; the
 * problems out.
 */
import type { StoryProblem } from '../model/problems.js';
import type { Section } from '../model/schema.js';
import { didYouMean } from './suggest.js';
import type { SvxOutline } from './svxOutline.js';

export function checkSvxSteps(
	sections: readonly Section[],
	outline: SvxOutline,
	svxFile: string,
	sectionsFile: string,
	/** Ids of sections that failed the schema: they exist, but their steps cannot be compared. */
	unchecked: ReadonlySet<string> = new Set()
): StoryProblem[] {
	const problems: StoryProblem[] = [];
	const svxProblem = (line: number, message: string) =>
		problems.push({ file: svxFile, path: [], line, message });
	const f = sectionsFile;
	const sectionIds = new Set(sections.map((s) => s.id));
	const allStepIds = new Map<string, number>();
	const noteStep = (id: string, line: number) => {
		const first = allStepIds.get(id);
		if (first !== undefined)
			svxProblem(
				line,
				`step id "${id}" is already used on line ${first}; step ids are page anchors and must be unique`
			);
		else allStepIds.set(id, line);
	};
	outline.looseSteps.forEach((step) => noteStep(step.id, step.line));
	const writtenSections = new Set<string>();
	for (const written of outline.sections) {
		if (writtenSections.has(written.id))
			svxProblem(
				written.line,
				`<StorySection id="${written.id}"> appears twice; each section is written once`
			);
		writtenSections.add(written.id);
		written.steps.forEach((step) => noteStep(step.id, step.line));
		const section = sections.find((s) => s.id === written.id);
		if (!section) {
			if (!unchecked.has(written.id))
				svxProblem(
					written.line,
					`<StorySection id="${written.id}"> has no entry in ${f}${didYouMean(written.id, sectionIds)}`
				);
			continue;
		}
		const dataIds = section.steps.map((s) => s.id);
		const writtenIds = written.steps.map((s) => s.id);
		for (const step of written.steps) {
			if (!dataIds.includes(step.id))
				svxProblem(
					step.line,
					`<Step id="${step.id}"> has no state in ${f} section "${section.id}"${didYouMean(step.id, dataIds)}`
				);
		}
		const s = sections.indexOf(section);
		section.steps.forEach((step, i) => {
			if (!writtenIds.includes(step.id))
				problems.push({
					file: f,
					path: ['sections', s, 'steps', i, 'id'],
					message: `step "${step.id}" is not written in story.svx section "${section.id}"; add <Step id="${step.id}"> there or remove this state`
				});
		});
		const common = writtenIds.filter((id) => dataIds.includes(id));
		const dataOrder = dataIds.filter((id) => writtenIds.includes(id));
		if (common.join() !== dataOrder.join())
			svxProblem(
				written.line,
				`steps of section "${section.id}" are in a different order than in ${f} (story.svx: ${common.join(', ')}; data: ${dataOrder.join(', ')})`
			);
	}
	sections.forEach((section, s) => {
		if (!writtenSections.has(section.id))
			problems.push({
				file: f,
				path: ['sections', s, 'id'],
				message: `section "${section.id}" is not used in story.svx; add <StorySection id="${section.id}"> or remove it`
			});
	});
	return problems;
}
