/**
 * The draft path's layout for a story, every label placed, computed once at build time (the
 * site's build runs it for a story that shows a draft path; see StoryPreparation).
 */
import type { StoryPreparation } from '../buildTypes';
import { draftPathData } from './fromStory';
import { prepareDraftPath } from './prepare';

export const prepareStory: StoryPreparation = (story, warn) => {
	const layout = prepareDraftPath(draftPathData(story));
	// Where a label could not be placed clear of everything, the build says so (the picture is
	// drawn all the same, and the unit tests hold the flagship to none).
	if (layout.unresolved.length)
		warn(
			'data/stages.yaml',
			`the draft path's labels touch (${layout.unresolved.slice(0, 3).join('; ')}${layout.unresolved.length > 3 ? '; …' : ''}): shorten a label, or give its lane fewer stages`
		);
	return { draftPath: layout };
};
