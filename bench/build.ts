/**
 * Builds what the benchmark measures: the production site (stories/ only) and, with the same
 * installed packages, the bare SvelteKit page in bench/bare/ as a yardstick.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface BuildResult {
	/** Wall-clock time of the whole build, ms. */
	ms: number;
	/** Folder holding the built static site. */
	dir: string;
}

/** Runs a command, keeping its output to show if it fails. (Also the package test's.) */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
	return new Promise<void>((resolve, reject) => {
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve();
			else
				reject(
					new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`)
				);
		});
	});
}

/** The environment of a production build: no test stories, no sub-path, the default output. */
function productionEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
	delete env.SCROLLY_STORIES;
	delete env.SCROLLY_OUT;
	delete env.BASE_PATH;
	return env;
}

/** `npm run build`: the production site, written to build/. */
export async function buildSite(root: string): Promise<BuildResult> {
	const started = performance.now();
	await run('npm', ['run', 'build'], root, productionEnv());
	return { ms: Math.round(performance.now() - started), dir: join(root, 'build') };
}

/**
 * Builds bench/bare in a scratch copy inside the project (bench/.tmp/), so that Node and Vite
 * resolve every package from this project's node_modules by walking up, exactly as the site's
 * build does: same versions, no symlinks. `cleanup()` removes the copy.
 */
export async function buildBare(root: string): Promise<BuildResult & { cleanup(): Promise<void> }> {
	const scratch = join(root, 'bench', '.tmp');
	await mkdir(scratch, { recursive: true });
	const dir = await mkdtemp(join(scratch, 'bare-'));
	const cleanup = () => rm(dir, { recursive: true, force: true });
	try {
		await cp(join(root, 'bench', 'bare'), dir, {
			recursive: true,
			filter: (source) => !/[\\/](build|\.svelte-kit)$/.test(source)
		});
		const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
		const started = performance.now();
		await run(process.execPath, [vite, 'build'], dir, productionEnv());
		return { ms: Math.round(performance.now() - started), dir: join(dir, 'build'), cleanup };
	} catch (error) {
		await cleanup();
		throw error;
	}
}
