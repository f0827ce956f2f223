/**
 * The shape of bench/results/latest.json: every figure of one run of `npm run bench`.
 */
import type { LighthouseResult } from './lighthouse';
import type { PreloadedFonts } from './preloads';
import type { ScrollResult } from './scroll';
import type { PageWeight } from './weight';

export type ViewportName = 'phone' | 'desktop';
export type PageName = 'story' | 'embed' | 'bare';
/** How the site was served: gzipped, as a CDN serves it, or plain, as a bare static host does. */
export type ServerName = 'gzip' | 'plain';

export interface WeightRow extends PageWeight {
	page: PageName;
	viewportName: ViewportName;
}

export interface ScrollRow extends ScrollResult {
	viewportName: ViewportName;
	/** `site` is the real page; `static` is the same page with the site's own scripts blocked,
	 * a control for what the browser and this machine cost on their own. */
	variant: 'site' | 'static';
	/** Which of the runs (1, 2, 3…): figures that vary are judged on their median. */
	run: number;
}

export interface LighthouseRow extends LighthouseResult {
	page: PageName;
	server: ServerName;
	/** Which of the runs (1, 2, 3…): figures that vary are judged on their median. */
	run: number;
}

export interface BudgetCheck {
	id: string;
	label: string;
	limit: string;
	figure: string;
	/** null: not measured in this run (counts as a failure). */
	pass: boolean | null;
}

export interface BenchResults {
	schema: 2;
	/** Runs of each measurement whose figures vary (Lighthouse, scrolling). */
	runs: number;
	timestamp: string;
	durationMs: number;
	git: { commit: string; branch: string; dirty: boolean };
	machine: {
		platform: string;
		cpuModel: string;
		cpus: number;
		memoryGb: number;
		/** 1, 5 and 15 minute load averages at the start and the end of the run: on a shared
		 * machine, the frame and Lighthouse figures depend on them. */
		loadAverageStart: number[];
		loadAverageEnd: number[];
		node: string;
		chromium: string;
	};
	versions: Record<string, string>;
	pages: {
		story: string;
		/** The embed measured, or null with the reason in `embedNote`. */
		embed: string | null;
		embedNote?: string;
		bare: string;
	};
	build: { siteMs?: number; bareMs: number; note?: string };
	weight: WeightRow[];
	/** Story first-load JS (gzipped) over the bare page's, per viewport. */
	ratio: Partial<Record<ViewportName, number>>;
	scroll: ScrollRow[];
	lighthouse: LighthouseRow[];
	/** The fonts every page of the build preloads, most bytes first. */
	fonts: PreloadedFonts[];
	errors: string[];
	budgets: BudgetCheck[];
}
