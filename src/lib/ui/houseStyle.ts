/**
 * The house style, as a check: AP-style dates ("Oct. 14", "Sept. 30", "March 3", "November
 * 2025"), curly quotation marks and apostrophes, U.S. spelling, and "Zelensky". It reads one
 * string, as a reader sees it, and returns what breaks the style, with the fix.
 *
 * Quotations keep the speaker's words: inside a quotation (text between curly or straight
 * quotation marks, or a whole string given as `{ verbatim: true }`, such as a verbatim call
 * line or a reaction's quote) only the typography is ours, so only the quotation-mark rule
 * applies there. Pure, no dependencies: the tests run it over a story's text, its data and the
 * package's interface strings.
 */

export type HouseRule = 'date' | 'quotes' | 'spelling' | 'name';

export interface HouseStyleProblem {
	rule: HouseRule;
	/** The offending characters, as found. */
	found: string;
	/** What the house style writes instead. */
	fix: string;
	/** Offset of `found` in the text. */
	index: number;
}

export interface HouseStyleOptions {
	/** The whole string is a verbatim quotation: only the quotation-mark rule applies. */
	verbatim?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Quotations
// ---------------------------------------------------------------------------------------------

/** Where the quotations are in a text: [start, end) offsets, quotation marks included. */
export function quotationSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	const pattern = /“[^”]*(”|$)|"[^"]*("|$)|(?<![\p{L}\d])‘[^’]*’(?![\p{L}])/gu;
	for (const m of text.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
	return spans;
}

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

const AP_MONTH: Record<string, string> = {
	jan: 'Jan.',
	january: 'Jan.',
	feb: 'Feb.',
	february: 'Feb.',
	mar: 'March',
	march: 'March',
	apr: 'April',
	april: 'April',
	may: 'May',
	jun: 'June',
	june: 'June',
	jul: 'July',
	july: 'July',
	aug: 'Aug.',
	august: 'Aug.',
	sep: 'Sept.',
	sept: 'Sept.',
	september: 'Sept.',
	oct: 'Oct.',
	october: 'Oct.',
	nov: 'Nov.',
	november: 'Nov.',
	dec: 'Dec.',
	december: 'Dec.'
};
const LONG_MONTH: Record<string, string> = {
	'Jan.': 'January',
	'Feb.': 'February',
	'Aug.': 'August',
	'Sept.': 'September',
	'Oct.': 'October',
	'Nov.': 'November',
	'Dec.': 'December'
};
const MONTH_WORD =
	'(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

interface Rule {
	rule: HouseRule;
	pattern: RegExp;
	/** The fix for a match, or undefined when the match is in style after all. */
	fix: (m: RegExpMatchArray) => string | undefined;
	/** Applies inside quotations too. */
	inQuotations?: boolean;
}

const DATE_RULES: Rule[] = [
	{
		// A month with a day: abbreviated as AP does, with its period; no ordinal.
		rule: 'date',
		pattern: new RegExp(`\\b${MONTH_WORD}(\\.?)(\\s+)(\\d{1,2})(st|nd|rd|th)?(?!\\d|:\\d)`, 'g'),
		fix: (m) => {
			const month = AP_MONTH[m[1]!.toLowerCase()]!;
			const written = m[1]! + m[2]!;
			return written === month && !m[5] ? undefined : `${month}${m[3]}${m[4]}`;
		}
	},
	{
		// A month without a day is spelled out: "November 2025", "late January".
		rule: 'date',
		pattern: /\b(Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.(?!\s*\d{1,2}(?!\d|:\d))/g,
		fix: (m) => LONG_MONTH[AP_MONTH[m[1]!.toLowerCase()]!]
	},
	{
		// Day before month is British order.
		rule: 'date',
		pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_WORD}\\b\\.?`, 'g'),
		fix: (m) => `${AP_MONTH[m[2]!.toLowerCase()]} ${m[1]}`
	}
];

const QUOTE_RULE: Rule = {
	rule: 'quotes',
	pattern: /["']/g,
	inQuotations: true,
	fix: (m) => {
		const input = m.input!;
		const i = m.index!;
		const before = input[i - 1] ?? '';
		const opening = i === 0 || /[\s([{—–/-]/.test(before);
		if (m[0] === '"') return opening ? '“' : '”';
		return opening ? '‘' : '’';
	}
};

const PAST_TENSES: Record<string, string> = {
	learnt: 'learned',
	spelt: 'spelled',
	dreamt: 'dreamed',
	burnt: 'burned',
	spilt: 'spilled',
	spoilt: 'spoiled'
};

/** British spellings and the U.S. ones, as [pattern of the word, its U.S. form]. */
const US_SPELLINGS: [RegExp, (word: string) => string][] = [
	// -our: colour, favourite, behaviour, labour, honour, neighbour, harbour, rumour, armour…
	[
		/\b(col|fav|behavi|hon|lab|neighb|hum|rum|flav|harb|endeav|sav|vap|arm|parl|splend|rig|vig|clam)our(s|ed|ing|ite|ites|able|ably|ful|er|ers|ist|ists|less|ly)?\b/gi,
		(w) => w.replace(/our/i, (o) => (o[0] === 'O' ? 'Or' : 'or'))
	],
	// -ise, -isation: organise, summarise, recognised, criticising, organisation…
	[
		/\b(organ|recogn|summar|real|critic|apolog|emphas|author|character|minim|maxim|priorit|legal|normal|stabil|mobil|modern|special|final|general|capital|visual|categor|util|optim|custom|standard|familiar|jeopard|scrutin|harmon|symbol|subsid|polar|patron|public|central|civil|democrat|dramat|econom|energ|global|ideal|industrial|initial|legitim|liberal|local|marginal|memor|militar|monopol|national|neutral|personal|popular|privat|rational|sensit|social|stigmat|terror|theor|trivial|vandal|vocal)is(e|es|ed|ing|ation|ations|er|ers)\b/gi,
		(w) => w.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/i, (s) => 'iz' + s.slice(2))
	],
	// -yse: analyse, paralysed
	[/\b(anal|paral|catal)ys(e|es|ed|ing)\b/gi, (w) => w.replace(/ys/i, 'yz')],
	// -re: centre, theatre, metre…
	[
		/\b(cent|theat|met|lit|fib|calib|spect|somb|lust|meag)re(s|d)?\b/gi,
		(w) => w.replace(/re(s|d)?$/i, (s) => ({ re: 'er', res: 'ers', red: 'ered' })[s.toLowerCase()]!)
	],
	// -ence: defence, offence, licence, pretence
	[/\b(def|off|lic|pret)ence(s)?\b/gi, (w) => w.replace(/ence/i, 'ense')],
	// Doubled l: travelled, cancelling, labelled, modelled, signalled…
	[
		/\b(travel|cancel|label|model|signal|fuel|counsel|level|channel|total|tunnel|quarrel|dial|equal|funnel|libel|rival|marshal|pencil|shovel|snorkel|squirrel)l(ed|ing|er|ers)\b/gi,
		(w) => w.replace(/ll(ed|ing|er|ers)$/i, (s) => s.slice(1))
	],
	[/\bmarvellous(ly)?\b/gi, (w) => w.replace(/ll/i, 'l')],
	[/\bjewellery\b/gi, () => 'jewelry'],
	[/\benrolment(s)?\b/gi, (w) => w.replace(/rolm/i, 'rollm')],
	[/\binstalment(s)?\b/gi, (w) => w.replace(/talm/i, 'tallm')],
	[/\bfulfil(s|ment)?\b/gi, (w) => w.replace(/fil/i, 'fill')],
	[/\b(skil|wil)ful(ly)?\b/gi, (w) => w.replace(/lful/i, 'llful')],
	// Words of their own.
	[/\bprogramme(s)?\b/gi, (w) => w.replace(/mme/i, 'm')],
	[/\bcatalogue(s|d)?\b/gi, (w) => w.replace(/ue(s|d)?$/i, (s) => s.slice(2))],
	[/\banalogue(s)?\b/gi, (w) => w.replace(/ue(s)?$/i, (s) => s.slice(2))],
	[/\bgrey(s|er|est|ish)?\b/gi, (w) => w.replace(/ey/i, 'ay')],
	[/\b(to|after|back|for|up|down|on|in)wards\b/gi, (w) => w.slice(0, -1)],
	[/\bamongst\b/gi, (w) => w.slice(0, -2)],
	[/\bwhilst\b/gi, (w) => w.replace(/ilst/i, 'ile')],
	[/\b(learn|spel|dream|burn|spil|spoil)t\b/gi, (w) => PAST_TENSES[w.toLowerCase()] ?? w],
	[/\b(judg|acknowledg|abridg)ement(s)?\b/gi, (w) => w.replace(/ement/i, 'ment')],
	[/\bageing\b/gi, (w) => w.replace(/ei/i, 'i')],
	[/\bmanoeuvre(s|d)?\b/gi, (w) => w.replace(/oeuvre/i, 'euver')],
	[/\bsceptic(s|al|ism)?\b/gi, (w) => w.replace(/sc/i, (s) => (s[0] === 'S' ? 'Sk' : 'sk'))],
	[/\benquir(y|ies|e|ed|ing)\b/gi, (w) => w.replace(/en/i, (s) => (s[0] === 'E' ? 'In' : 'in'))],
	[/\bper cent\b/gi, () => 'percent']
];

const SPELLING_RULES: Rule[] = US_SPELLINGS.map(([pattern, fix]) => ({
	rule: 'spelling',
	pattern,
	fix: (m) => {
		const fixed = fix(m[0]);
		return fixed === m[0] ? undefined : fixed;
	}
}));

const NAME_RULE: Rule = {
	rule: 'name',
	pattern: /\bZelensk(?:iy|yy|yi|ii|i)\b/g,
	fix: () => 'Zelensky'
};

const RULES: Rule[] = [...DATE_RULES, QUOTE_RULE, ...SPELLING_RULES, NAME_RULE];

// ---------------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------------

/** What in `text` breaks the house style, in the order found. */
export function houseStyleProblems(
	text: string,
	options: HouseStyleOptions = {}
): HouseStyleProblem[] {
	const spans = options.verbatim ? [[0, text.length] as [number, number]] : quotationSpans(text);
	const quoted = (i: number) => spans.some(([start, end]) => i >= start && i < end);
	const problems: HouseStyleProblem[] = [];
	for (const rule of RULES) {
		for (const m of text.matchAll(rule.pattern)) {
			if (!rule.inQuotations && quoted(m.index)) continue;
			const fix = rule.fix(m);
			if (fix !== undefined) problems.push({ rule: rule.rule, found: m[0], fix, index: m.index });
		}
	}
	return problems.sort((a, b) => a.index - b.index);
}

/**
 * The status of a fact is said with one of four words, the same everywhere (badges, legends,
 * graphics' labels, notes): "Documented", "Reported", "Claimed" ("Claimed by …"), "Disputed".
 * A label that starts with a status word must start with it capitalized, and no label may give a
 * status with another word ("Alleged", "Unverified", "Confirmed"…). Returns the problems of one
 * label (a graphic's text, as an element gives it).
 */
export function statusWordProblems(label: string): string[] {
	const text = label.trim().replace(/^\d+\s+/, ''); // a numbered note: "1 Claimed by …"
	const problems: string[] = [];
	const lower = /^(documented|reported|claimed|disputed)\b(?!\s+(?:that|how|on|in)\b)/.exec(text);
	if (lower)
		problems.push(
			`status word “${lower[1]}” → “${lower[1]!.charAt(0).toUpperCase()}${lower[1]!.slice(1)}”`
		);
	const other =
		/^(alleged(?:ly)?|unconfirmed|unverified|confirmed|verified|contested|unproven)\b/i.exec(text);
	if (other)
		problems.push(`status given as “${other[1]}”: use Documented, Reported, Claimed or Disputed`);
	return problems;
}

/** One line per problem: `straight quote '"' → '“'`. */
export function describeProblem(problem: HouseStyleProblem): string {
	const what = {
		date: 'AP date',
		quotes: 'straight quote',
		spelling: 'U.S. spelling',
		name: 'Zelensky outside a quotation'
	}[problem.rule];
	return `${what}: “${problem.found}” → “${problem.fix}”`;
}
