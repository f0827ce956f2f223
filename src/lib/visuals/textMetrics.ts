/**
 * Estimated text widths, so that labels can be placed and checked for collisions without a
 * browser (on the server, in unit tests, and before the fonts load).
 *
 * The tables are the advance widths of each character, in thousandths of an em, measured once
 * in Chromium with the fonts this package ships (Inter Variable, Source Serif 4 Variable).
 * Kerning is ignored; callers add a small safety margin. Latin and Cyrillic are measured;
 * characters not in a table count as a wide letter, so an estimate errs on the wide side.
 */

/** The characters the tables below describe, in order. */
const CHARS =
	' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~…–—‘’“”·é→←' +
	// Cyrillic (Ukrainian and Russian), measured the same way from the fonts' Cyrillic files.
	'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюяЁёЫыЭэЪъ«»№';

const TABLES = {
	/** Inter, weight 400. */
	sans: [
		281, 288, 466, 633, 642, 982, 644, 300, 365, 365, 501, 662, 288, 460, 288, 360, 631, 407, 610,
		618, 646, 593, 620, 566, 619, 620, 288, 302, 662, 662, 662, 511, 966, 690, 654, 730, 722, 601,
		590, 746, 743, 269, 571, 672, 565, 903, 753, 765, 639, 765, 644, 642, 646, 744, 690, 985, 682,
		679, 629, 365, 360, 365, 471, 456, 323, 562, 612, 571, 612, 583, 370, 613, 591, 242, 242, 549,
		242, 876, 591, 600, 612, 612, 376, 528, 327, 591, 562, 818, 546, 562, 552, 426, 333, 426, 662,
		864, 500, 1000, 261, 261, 440, 440, 288, 583, 1000, 1000,
		// Cyrillic
		690, 646, 654, 579, 579, 819, 601, 730, 960, 618, 753, 269, 269, 753, 672, 748, 903, 743, 765,
		743, 639, 730, 646, 628, 828, 682, 721, 700, 958, 972, 649, 1015, 644, 562, 594, 565, 436, 436,
		613, 583, 571, 810, 494, 591, 242, 242, 591, 542, 575, 770, 588, 600, 588, 612, 571, 466, 562,
		687, 546, 597, 578, 822, 837, 559, 843, 554, 601, 583, 883, 736, 730, 571, 816, 644, 612, 612,
		1092
	],
	/** Inter, weight 600. */
	sansSemibold: [
		252, 321, 523, 644, 650, 1004, 663, 326, 373, 373, 540, 673, 319, 465, 319, 379, 660, 423, 623,
		636, 666, 612, 640, 576, 640, 640, 319, 329, 673, 673, 673, 543, 999, 728, 659, 737, 722, 605,
		588, 749, 746, 277, 580, 703, 565, 922, 759, 769, 645, 773, 652, 650, 660, 736, 728, 1020, 720,
		713, 652, 373, 379, 373, 481, 469, 351, 574, 624, 583, 624, 591, 389, 625, 612, 262, 262, 569,
		262, 900, 612, 609, 624, 624, 397, 549, 353, 612, 587, 839, 569, 588, 566, 455, 359, 455, 673,
		956, 500, 1000, 294, 294, 507, 501, 319, 591, 1000, 1000,
		// Cyrillic
		728, 646, 659, 581, 581, 852, 605, 737, 1032, 636, 759, 277, 277, 759, 703, 749, 922, 746, 769,
		746, 645, 737, 660, 672, 833, 720, 751, 705, 979, 1002, 658, 1033, 652, 574, 604, 573, 447, 447,
		645, 591, 583, 846, 511, 612, 262, 262, 612, 569, 594, 798, 610, 609, 605, 624, 583, 495, 588,
		747, 569, 636, 593, 847, 871, 579, 859, 570, 605, 591, 907, 783, 737, 583, 826, 667, 646, 646,
		1099
	],
	/** Source Serif 4, italic, weight 400. */
	serifItalic: [
		237, 289, 381, 525, 518, 932, 728, 182, 362, 362, 458, 534, 302, 320, 302, 341, 529, 529, 529,
		529, 529, 529, 529, 529, 529, 529, 302, 302, 534, 534, 534, 414, 834, 712, 653, 662, 739, 638,
		612, 723, 814, 376, 381, 710, 618, 935, 768, 738, 621, 738, 690, 544, 632, 758, 709, 1005, 672,
		667, 586, 335, 341, 335, 534, 514, 400, 541, 619, 520, 614, 533, 369, 557, 641, 329, 303, 594,
		329, 955, 643, 579, 622, 601, 456, 465, 359, 628, 579, 836, 569, 586, 490, 359, 290, 359, 534,
		826, 514, 814, 225, 225, 440, 440, 302, 533, 1000, 1000,
		// Cyrillic
		683, 635, 622, 538, 523, 702, 604, 614, 941, 524, 777, 365, 365, 777, 661, 693, 935, 772, 674,
		763, 571, 614, 591, 652, 735, 667, 759, 683, 1037, 1040, 616, 974, 650, 554, 516, 485, 398, 389,
		517, 442, 434, 852, 438, 597, 320, 320, 597, 518, 571, 769, 603, 526, 596, 543, 434, 869, 515,
		726, 564, 597, 565, 857, 857, 491, 765, 538, 604, 442, 924, 752, 608, 460, 722, 510, 617, 617,
		1021
	]
} as const;

export type FontFace = keyof typeof TABLES;

/** A text style: which face, at what size, with what letter spacing (in em). */
export interface TextStyle {
	face: FontFace;
	/** Font size in CSS pixels. */
	size: number;
	/** Line height in CSS pixels. */
	lineHeight: number;
	/** Extra space after each character, in em (CSS letter-spacing). */
	letterSpacing?: number;
	/** Set in capitals (CSS text-transform: uppercase). */
	uppercase?: boolean;
}

const INDEX = new Map([...CHARS].map((ch, i) => [ch, i]));
const FALLBACK = 780;

/** One line in `face` at `size` px: the style of a label measured on one line (the network's). */
export function lineStyle(size: number, face: FontFace = 'sansSemibold'): TextStyle {
	return { face, size, lineHeight: size };
}

/** Width of a single line of text in CSS pixels. */
export function textWidth(text: string, style: TextStyle): number {
	const table = TABLES[style.face];
	const chars = [...(style.uppercase ? text.toUpperCase() : text)];
	let thousandths = 0;
	for (const ch of chars) {
		const i = INDEX.get(ch);
		thousandths += i === undefined ? FALLBACK : table[i]!;
	}
	return (thousandths / 1000 + chars.length * (style.letterSpacing ?? 0)) * style.size;
}

/**
 * Breaks text into lines no wider than maxWidth, at spaces, as a browser does with
 * normal wrapping. A word wider than maxWidth gets a line of its own (and overflows).
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? line + ' ' + word : word;
		if (line && textWidth(candidate, style) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/** The size of a wrapped block of text: the widest line and the total height. */
export function measureBlock(
	text: string,
	maxWidth: number,
	style: TextStyle
): { width: number; height: number; lines: number } {
	const lines = wrapText(text, maxWidth, style);
	const width = Math.max(0, ...lines.map((l) => textWidth(l, style)));
	return { width, height: lines.length * style.lineHeight, lines: lines.length };
}
