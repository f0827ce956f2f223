// @vitest-environment jsdom
/**
 * restoreStills in a DOM (jsdom). With JavaScript on, a browser keeps a <noscript>'s markup as
 * text; the tests build it that way, as the story page's HTML arrives.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { restoreStills, restoreStillsForPrint, watchPrint } from './stills';

/** A step graphic whose still waits in <noscript>, as a browser with JavaScript parses it. */
function keptStill(markup: string): HTMLElement {
	const graphic = document.createElement('div');
	graphic.className = 'scrolly-step-graphic';
	const kept = document.createElement('noscript');
	kept.textContent = markup;
	graphic.append(kept);
	return graphic;
}

afterEach(() => document.body.replaceChildren());

describe('restoreStills', () => {
	it('turns each kept still into markup, in place, and only inside the given section', () => {
		const section = document.createElement('div');
		section.append(
			keptStill('<figure class="still"><svg><line x1="0"></line></svg><p>Step one</p></figure>'),
			keptStill('<p class="still">Step <mark>two</mark></p>')
		);
		const other = document.createElement('div');
		other.append(keptStill('<p>Another section</p>'));
		document.body.append(section, other);

		restoreStills(section);

		const graphics = section.querySelectorAll('.scrolly-step-graphic');
		expect(graphics[0]!.innerHTML).toBe(
			'<figure class="still"><svg><line x1="0"></line></svg><p>Step one</p></figure>'
		);
		expect(graphics[0]!.querySelector('svg')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(graphics[1]!.querySelector('mark')!.textContent).toBe('two');
		expect(section.querySelector('noscript')).toBeNull();
		expect(other.querySelector('noscript')!.textContent).toBe('<p>Another section</p>');
	});

	it('does nothing the second time, and leaves other <noscript>s alone', () => {
		const page = document.createElement('div');
		const notice = document.createElement('noscript');
		notice.textContent = '<p>Turn on JavaScript for the interactive version.</p>';
		page.append(keptStill('<p>Still</p>'), notice);
		document.body.append(page);
		restoreStills();
		const once = page.innerHTML;
		restoreStills();
		expect(page.innerHTML).toBe(once);
		expect(page.querySelector('.scrolly-step-graphic')!.innerHTML).toBe('<p>Still</p>');
		expect(page.querySelector('noscript')).toBe(notice);
	});

	it('before printing, restores the stills and loads their images at once, not lazily', () => {
		document.body.append(
			keptStill('<img class="scrolly-still" src="still.svg" alt="A" loading="lazy">')
		);
		let print: ((event: { matches: boolean }) => void) | undefined;
		window.matchMedia = (() => ({
			addEventListener: (_type: string, listener: typeof print) => (print = listener)
		})) as unknown as typeof window.matchMedia;
		restoreStillsForPrint();
		print!({ matches: true });
		const img = document.querySelector<HTMLImageElement>('.scrolly-step-graphic img')!;
		expect(img.alt).toBe('A');
		expect(img.getAttribute('loading')).toBe('eager');
	});

	it('leaves alone the sections whose hydrated <Scrolly> mounts its own stills', () => {
		const drawn = document.createElement('div');
		drawn.className = 'scrolly';
		drawn.dataset.stills = 'drawn';
		drawn.append(keptStill('<p>Svelte mounts this one</p>'));
		const kept = document.createElement('div');
		kept.className = 'scrolly';
		kept.append(keptStill('<p>Restored</p>'));
		document.body.append(drawn, kept);
		restoreStills();
		expect(drawn.querySelector('noscript')!.textContent).toBe('<p>Svelte mounts this one</p>');
		expect(kept.querySelector('.scrolly-step-graphic')!.innerHTML).toBe('<p>Restored</p>');
	});
});

describe('watchPrint', () => {
	/** A print media query that matches, or not, and takes listeners. */
	const printMedia = (matches: boolean) =>
		(window.matchMedia = (() => ({
			matches,
			addEventListener() {},
			removeEventListener() {}
		})) as unknown as typeof window.matchMedia);

	it.each([
		[true, [true]],
		[false, []]
	])('printing as it starts (%s): says so once the current task is done', async (matches, said) => {
		printMedia(matches);
		const seen: boolean[] = [];
		const stop = watchPrint((printing) => seen.push(printing));
		expect(seen).toEqual([]);
		await Promise.resolve();
		expect(seen).toEqual(said);
		stop();
	});
});
