/**
 * Estimates the width of a label set in Inter at weight 600, the face the network draws its
 * labels in. The build-time layout ships each node label's width as a number; the component
 * measures link labels with it (a table of 95 numbers, no font needed, same on the server).
 *
 * The advance widths (in em) of printable ASCII were measured in Chromium with canvas
 * `measureText` on "Inter Variable" 600, and Cyrillic the same way. Other characters count as a
 * wide glyph, so an estimate errs towards too wide, never too narrow.
 */
const ASCII_600 = [
	0.252, 0.321, 0.523, 0.644, 0.65, 1.004, 0.663, 0.326, 0.373, 0.373, 0.54, 0.673, 0.319, 0.465,
	0.319, 0.379, 0.66, 0.423, 0.623, 0.636, 0.666, 0.612, 0.64, 0.576, 0.64, 0.64, 0.319, 0.329,
	0.673, 0.673, 0.673, 0.543, 0.999, 0.728, 0.659, 0.737, 0.722, 0.605, 0.588, 0.749, 0.746, 0.277,
	0.58, 0.703, 0.565, 0.922, 0.759, 0.769, 0.645, 0.773, 0.652, 0.65, 0.66, 0.736, 0.728, 1.02,
	0.72, 0.713, 0.652, 0.373, 0.379, 0.373, 0.481, 0.469, 0.351, 0.574, 0.624, 0.583, 0.624, 0.591,
	0.389, 0.625, 0.612, 0.262, 0.262, 0.569, 0.262, 0.9, 0.612, 0.609, 0.624, 0.624, 0.397, 0.549,
	0.353, 0.612, 0.587, 0.839, 0.569, 0.588, 0.566, 0.455, 0.359, 0.455, 0.673
];

/** Cyrillic (Ukrainian and Russian) at 600, measured the same way, in thousandths of an em. */
const CYRILLIC_CHARS =
	'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюяЁёЫыЭэЪъ«»№';
const CYRILLIC_600 = [
	728, 646, 659, 581, 581, 852, 605, 737, 1032, 636, 759, 277, 277, 759, 703, 749, 922, 746, 769,
	746, 645, 737, 660, 672, 833, 720, 751, 705, 979, 1002, 658, 1033, 652, 574, 604, 573, 447, 447,
	645, 591, 583, 846, 511, 612, 262, 262, 612, 569, 594, 798, 610, 609, 605, 624, 583, 495, 588,
	747, 569, 636, 593, 847, 871, 579, 859, 570, 605, 591, 907, 783, 737, 583, 826, 667, 646, 646,
	1099
];
const CYRILLIC = new Map([...CYRILLIC_CHARS].map((char, i) => [char, CYRILLIC_600[i]! / 1000]));

const OTHER = 0.8;

/** Width in px of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const char of text) {
		const code = char.codePointAt(0)!;
		em += code >= 32 && code < 127 ? ASCII_600[code - 32]! : (CYRILLIC.get(char) ?? OTHER);
	}
	return em * fontSize;
}
