/**
 * The heights that decide how tall the timeline's pinned graphic must be on a phone, apart from
 * the layout (timelineLayout.ts re-exports them): plain numbers, so that the visual's
 * declaration (visual.ts) can carry the least height without the layout's code.
 */

/** The least height of the smallest frame class's main axis (rem): FRAME_CLASSES[0]. */
export const COMPACT_MIN_HEIGHT = 17.5;

/** Height of the overview strip above the main axis (rem): the classes' heights are the main
 * axis's, and the container queries, on the whole body, add this. */
export const OVERVIEW_HEIGHT = 2.75;

/** Height of the timeline's title (rem): one line of 0.75rem type on a 1rem line, and its 0.5rem
 * margin (Timeline.svelte). */
export const TITLE_HEIGHT = 1.5;

/** What Scrolly's phone frame takes of its height (rem): 0.5rem of padding top and bottom, and
 * the 1px rule under it. */
const FRAME_PADDING = 1 + 1 / 16;

/** The least height of the timeline's pinned graphic on a phone (rem): room for the smallest
 * frame class's axis, with the overview strip, the title and the frame's padding. On a short
 * phone (640 or 667 px) this is a little over half the screen, more than the longest step of
 * the story's timeline sections leaves: that text scrolls on beneath the graphic, as on any
 * page, rather than the step's events losing their titles. */
export const PHONE_GRAPHIC_MIN_HEIGHT =
	COMPACT_MIN_HEIGHT + OVERVIEW_HEIGHT + TITLE_HEIGHT + FRAME_PADDING;
