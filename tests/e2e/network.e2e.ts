/**
 * The network visual in real Chromium. The staged network at 375, 768 and 1440 px, every step
 * once it has settled: no two texts overlapping, none cut by the frame, the whole key in view,
 * every line's words on their line, the men on the calls named. Then the explorer (keyboard,
 * pointer, table), assistive technology, the page without JavaScript, another story's network,
 * positions from the build, and no layout code in the reader's JavaScript. (How fast a step
 * change reaches the picture is measured by `npm run bench`, its step-to-graphic budget.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { loadStory } from '../../src/lib/build/loader';
import type { SectionOf, Story } from '../../src/lib/model/schema';
import { layoutNetworks } from '../../src/lib/visuals/network/layout';
import {
	callParticipants,
	storyLayoutOptions,
	storyNetwork
} from '../../src/lib/visuals/network/storyNetwork';
import { inspectPicture, type PictureProblems } from './networkPicture';
import {
	openPage,
	openStill,
	readyIsland,
	scrollStepToTrigger,
	useBrowser,
	VIEWPORTS,
	waitForScrolly,
	waitForTransitionsToEnd
} from './page';

const browser = useBrowser();
const flagship = loadStory('stories/american-plan');
const fixture = loadStory('tests/fixtures/stories/harbour-vote');

const networkOf = (story: Story) =>
	story.sections.find((s): s is SectionOf<'network'> => s.visual === 'network')!;

/** The nodes a step brings forward: the ones it names and both ends of the links it names;
 * none for a step that names nothing (the whole network at full strength). */
function expectedLit(story: Story, step: SectionOf<'network'>['steps'][number]): string[] {
	const ends = story.links.filter((l) => step.links.includes(l.id)).flatMap((l) => [l.from, l.to]);
	return [...new Set([...step.nodes, ...ends])].sort();
}

const STICKY = '.scrolly-graphic [data-network]';
/** Words may sit this far from their line, px (anti-aliasing, rounding). */
const TOLERANCE = 3;

/** Waits until the step's nodes are forward and every transition has ended; returns what a
 * reader then sees. */
async function settledPicture(
	page: Page,
	root: string,
	lit: string[],
	keep: string[]
): Promise<PictureProblems> {
	await expect
		.poll(() =>
			page.$$eval(`${root} .nw-node.is-lit`, (els) =>
				els.map((el) => el.getAttribute('data-node')!).sort()
			)
		)
		.toEqual(lit);
	await waitForTransitionsToEnd(page);
	// Settled: the same picture twice in a row (a late layout, a font, can still move it).
	let last = '';
	let picture: PictureProblems | undefined;
	await expect
		.poll(async () => {
			picture = await page.evaluate(inspectPicture, { root, keep, tolerance: TOLERANCE });
			const same = JSON.stringify(picture) === last;
			last = JSON.stringify(picture);
			return same;
		})
		.toBe(true);
	return picture!;
}

const clean = { overlaps: [], cut: [], legend: [], offLine: [], unnamed: [] };
const problemsOf = ({ overlaps, cut, legend, offLine, unnamed }: PictureProblems) => ({
	overlaps,
	cut,
	legend,
	offLine,
	unnamed
});

describe.each([
	[375, 812, true],
	[375, 812, false],
	[768, 1024, true],
	[1440, 900, true]
])('the staged network at %i × %i px (web fonts: %s)', (width, height, webFonts) => {
	const section = networkOf(flagship);
	const keep = callParticipants(flagship);

	it('shows every step with its texts apart, whole and in view, words on their lines, the three men named', async () => {
		const { page, errors, close } = await openPage(browser(), '/american-plan/', {
			viewport: { width, height },
			reducedMotion: 'reduce',
			webFonts
		});
		await waitForScrolly(page);
		for (const step of section.steps) {
			await scrollStepToTrigger(page, step.id);
			const picture = await settledPicture(page, STICKY, expectedLit(flagship, step), keep);
			expect({ step: step.id, ...problemsOf(picture) }).toEqual({ step: step.id, ...clean });
			expect(picture.texts).toBeGreaterThanOrEqual(keep.length);
		}
		// Blocked fonts log their failed requests; nothing else may fail.
		expect(errors.filter((e) => webFonts || !e.includes('net::ERR_FAILED'))).toEqual([]);
		await close();
	});
});

describe('the staged network while scrolling', () => {
	const section = networkOf(flagship);

	it('brings each step’s part forward scrolling down, and again scrolling back up', async () => {
		const { page, errors, close } = await openPage(browser(), '/american-plan/', {
			viewport: VIEWPORTS.phone
		});
		await waitForScrolly(page);
		const steps = [...section.steps, ...[...section.steps].reverse()];
		for (const step of steps) {
			await scrollStepToTrigger(page, step.id);
			await expect
				.poll(() =>
					page.$$eval(`${STICKY} .nw-node.is-lit`, (els) =>
						els.map((el) => el.getAttribute('data-node')!).sort()
					)
				)
				.toEqual(expectedLit(flagship, step));
			const lines = await page.$$eval(`${STICKY} .nw-n path.is-lit`, (els) =>
				els.map((el) => el.getAttribute('data-edge')!).sort()
			);
			expect(lines).toEqual([...step.links].sort());
		}
		expect(errors).toEqual([]);
		await close();
	});
});

/** The explorer's island: empty in the page, mounted as the reader nears it. */
const EXPLORER = '[data-island="network-explore"]';

describe('the explorer', () => {
	const ids = flagship.entities.map((e) => e.id);
	const focusedNode = (page: Page) =>
		page.evaluate(
			() => document.activeElement?.closest('[data-node]')?.getAttribute('data-node') ?? null
		);

	it.each(Object.entries(VIEWPORTS))(
		'on %s, shows the whole network named and apart, and reaches every node with the keyboard',
		async (_name, viewport) => {
			const { page, errors, close } = await openPage(browser(), '/american-plan/', { viewport });
			await readyIsland(page, EXPLORER);
			const root = '.nw-explore [data-network]';
			const picture = await page.evaluate(inspectPicture, { root, keep: ids, tolerance: 3 });
			expect(problemsOf(picture)).toEqual(clean);
			await page.focus('.nw-explore .toggle');
			await page.keyboard.press('Tab');
			// Tab enters on the story's first entity; Home goes to the first in reading order.
			expect(await focusedNode(page)).toBe(flagship.entities[0]!.id);
			await page.keyboard.press('Home');
			const visited = [await focusedNode(page)];
			for (let i = 1; i < ids.length; i++) {
				await page.keyboard.press('ArrowRight');
				visited.push(await focusedNode(page));
			}
			expect([...visited].sort()).toEqual([...ids].sort());
			const last = flagship.entities.find((e) => e.id === visited.at(-1))!;
			expect(await page.textContent('.nw-details h3')).toBe(last.name);
			await page.keyboard.press('ArrowLeft');
			expect(await focusedNode(page)).toBe(visited.at(-2));
			await page.keyboard.press('End');
			expect(await focusedNode(page)).toBe(visited.at(-1));
			await page.keyboard.press('Escape');
			expect(await focusedNode(page)).toBeNull();
			expect(await page.evaluate(() => document.activeElement?.className)).toContain('toggle');
			expect(await page.isVisible('.nw-explore .hint')).toBe(true);
			expect(errors).toEqual([]);
			await close();
		}
	);

	it('shows a node’s role, links and sources under the pointer, and follows a link', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			viewport: VIEWPORTS.desktop
		});
		await readyIsland(page, EXPLORER);
		await page.hover('.nw-explore [data-node="dmitriev"] button');
		const dmitriev = flagship.entities.find((e) => e.id === 'dmitriev')!;
		const details = (await page.textContent('.nw-details'))!.replace(/\s+/g, ' ');
		expect(details).toContain(dmitriev.name);
		expect(details).toContain(dmitriev.role);
		const own = flagship.links.filter((l) => l.from === 'dmitriev' || l.to === 'dmitriev');
		expect(await page.$$eval('.nw-details .links > li', (els) => els.length)).toBe(own.length);
		const neighbours = [...new Set(own.flatMap((l) => [l.from, l.to]))].sort();
		expect(
			await page.$$eval('.nw-explore .nw-node.is-lit', (els) =>
				els.map((el) => el.getAttribute('data-node')).sort()
			)
		).toEqual(neighbours);
		// Click a node, then Tab through its panel to the first link's other end.
		await page.click('.nw-explore [data-node="popova"] button');
		for (let i = 0; i < 20; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(() => !!document.activeElement?.closest('.links'))) break;
		}
		const target = await page.evaluate(() => document.activeElement?.textContent?.trim());
		const expected = flagship.entities.find((e) => e.name === target)!;
		await page.keyboard.press('Enter');
		expect(await page.textContent('.nw-details h3')).toBe(expected.name);
		await close();
	});

	it('lists every link as a table row, with status, claimant and sources', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			viewport: VIEWPORTS.phone
		});
		await readyIsland(page, EXPLORER);
		await page.click('.nw-explore .toggle');
		const rows = await page.$$eval('.nw-explore table tbody tr', (els) =>
			els.map((el) => ({ id: el.getAttribute('data-link'), text: el.textContent ?? '' }))
		);
		expect(rows.map((r) => r.id)).toEqual(flagship.links.map((l) => l.id));
		for (const l of flagship.links) {
			const row = rows.find((r) => r.id === l.id)!;
			expect(row.text).toMatch(new RegExp(l.status, 'i'));
			if (l.label) expect(row.text.replace(/[“”]/g, '"')).toContain(l.label.replace(/[“”]/g, '"'));
			expect(row.text).toContain('Source');
		}
		await close();
	});
});

describe('the network for assistive technology', () => {
	it.each(['light', 'dark'] as const)(
		'has no axe violations in the section and the explorer (%s)',
		async (colorScheme) => {
			const focus = networkOf(flagship).steps.find((s) => s.view === 'focus' && s.links.length)!;
			const { page, close } = await openPage(browser(), `/american-plan/#${focus.id}`, {
				viewport: VIEWPORTS.phone,
				colorScheme
			});
			await waitForScrolly(page);
			await readyIsland(page, EXPLORER);
			await page.click('.nw-explore [data-node="dmitriev"] button');
			const result = await new AxeBuilder({ page })
				.include('[data-section="network"]')
				.include('.nw-explore')
				.analyze();
			expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual([]);
			await close();
		}
	);
});

describe('the network without JavaScript', () => {
	it('is in the page: every step’s picture, named and apart, and every link in the table', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/', {
			javaScriptEnabled: false,
			viewport: VIEWPORTS.phone
		});
		const keep = callParticipants(flagship);
		for (const step of networkOf(flagship).steps) {
			expect(await page.isVisible(`#${step.id} .scrolly-step-graphic`)).toBe(true);
			// The still is an image (src/build/stills.js): its graphic is read in the image's file.
			const still = await openStill(browser(), page, step.id);
			const root = '.scrolly-step-graphic [data-network]';
			expect(await still.page.isVisible(root)).toBe(true);
			const lit = step.nodes.length + step.links.length === 0 ? [] : expectedLit(flagship, step);
			const picture = await still.page.evaluate(inspectPicture, {
				root,
				keep,
				tolerance: TOLERANCE
			});
			await still.close();
			expect(picture.lit).toEqual(lit);
			expect({ step: step.id, ...problemsOf(picture), legend: [] }).toEqual({
				step: step.id,
				...clean
			});
		}
		const table = '[data-section="network"] .text-alternative table tbody tr';
		expect(
			await page.$$eval(table, (els) => els.map((el) => el.getAttribute('data-link')))
		).toEqual(flagship.links.map((l) => l.id));
		// The explorer, a tool for the hand, is not drawn: the last step's still above is the
		// whole network, and the table every link.
		const last = networkOf(flagship).steps.at(-1)!;
		expect(last.nodes.length + last.links.length).toBe(0);
		expect(await page.$eval(EXPLORER, (el) => el.innerHTML.replace(/<!--[^]*?-->/g, ''))).toBe('');
		await close();
	});
});

describe('the network is reusable', () => {
	it('draws the fixture story with its own data, claims and a dispute', async () => {
		const { page, errors, close } = await openPage(browser(), '/harbour-vote/', {
			viewport: VIEWPORTS.phone,
			reducedMotion: 'reduce'
		});
		await waitForScrolly(page);
		const sticky = '[data-section="harbour-network"] .scrolly-graphic [data-network]';
		const keep = callParticipants(fixture);
		for (const step of networkOf(fixture).steps) {
			await scrollStepToTrigger(page, step.id);
			const picture = await settledPicture(page, sticky, expectedLit(fixture, step), keep);
			expect(problemsOf(picture)).toEqual(clean);
		}
		expect(await page.$$eval(`${sticky} .nw-n path.is-dotted`, (e) => e.length)).toBe(1);
		const notes = (await page.textContent(`${sticky} .nw-notes`))!;
		expect(notes).toContain('Claimed by The Harbour Gazette, citing an unnamed councillor.');
		expect(notes).toContain('Disputed: Ben Okafor: says he never took money from the trust');
		expect(errors).toEqual([]);
		await close();
	});
});

/** The scripts under `dir` whose text matches `marker`. */
function scriptsMatching(dir: string, marker: RegExp): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return scriptsMatching(path, marker);
		return path.endsWith('.js') && marker.test(readFileSync(path, 'utf8')) ? [path] : [];
	});
}

describe('the network is laid out at build time', () => {
	it('draws the positions the build-time layout computes, to the hundredth of a percent', async () => {
		const { page, close } = await openPage(browser(), '/american-plan/');
		await readyIsland(page, EXPLORER);
		const drawn = await page.$$eval('.nw-explore [data-node]', (els) =>
			els.map((el) => {
				const style = (el as HTMLElement).style;
				const get = (name: string) => Number(style.getPropertyValue(name));
				return [el.getAttribute('data-node')!, get('--xn'), get('--yl'), get('--xw')] as const;
			})
		);
		const { nodes, links } = storyNetwork(flagship.entities, flagship.links);
		const layouts = layoutNetworks(nodes, links, storyLayoutOptions(flagship));
		expect(drawn.length).toBe(flagship.entities.length);
		for (const [id, xn, yl, xw] of drawn) {
			expect([xn, yl, xw], id).toEqual([
				layouts.narrow.nodes[id]!.x,
				layouts.landscape.nodes[id]!.y,
				layouts.wide.nodes[id]!.x
			]);
		}
		await close();
	});

	it('ships no force-layout code to the reader (it is only in the server build)', () => {
		const marker = /alphaDecay|velocityDecay|d3-force/;
		expect(scriptsMatching('build/_app', marker)).toEqual([]);
		expect(scriptsMatching('.svelte-kit/output/server', marker).length).toBeGreaterThan(0);
	});

	it('ships no search for a picture’s camera and words either: the build stored each picture', () => {
		// Property names that minification keeps: the turned boxes of linkLabels.ts and
		// picture.ts's names turned to another side.
		const marker = /\bhw:|\bturned\b/;
		expect(scriptsMatching('build/_app', marker)).toEqual([]);
		expect(scriptsMatching('.svelte-kit/output/server', marker).length).toBeGreaterThan(0);
	});
});
