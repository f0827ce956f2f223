/**
 * Waits until a page has had no request in flight for a quiet period (Playwright's
 * "networkidle" is only available for navigations; the benchmark also needs it after scrolling).
 */
import type { Page } from 'playwright-core';

export interface NetworkIdle {
	/** Resolves once nothing has been in flight for `quietMs`; rejects after `timeoutMs`. */
	wait(quietMs?: number, timeoutMs?: number): Promise<void>;
	stop(): void;
}

export function trackNetworkIdle(page: Page): NetworkIdle {
	let inFlight = 0;
	let lastActivity = performance.now();
	const started = () => {
		inFlight++;
		lastActivity = performance.now();
	};
	const ended = () => {
		inFlight = Math.max(0, inFlight - 1);
		lastActivity = performance.now();
	};
	page.on('request', started);
	page.on('requestfinished', ended);
	page.on('requestfailed', ended);
	return {
		async wait(quietMs = 500, timeoutMs = 20_000) {
			const deadline = performance.now() + timeoutMs;
			while (inFlight > 0 || performance.now() - lastActivity < quietMs) {
				if (performance.now() > deadline) {
					throw new Error(
						`The network did not settle within ${timeoutMs} ms (${inFlight} in flight)`
					);
				}
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		stop() {
			page.off('request', started);
			page.off('requestfinished', ended);
			page.off('requestfailed', ended);
		}
	};
}
