// The host loader that publishers load with <script src="…/embed.js" async>, built from
// src/lib/embed/host/ when the site is built.
import { bundleHostLoader } from '$lib/embed/host/bundle.server';

export const prerender = true;

export async function GET() {
	return new Response(await bundleHostLoader(), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
}
