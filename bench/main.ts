/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a benchmark script, not node code */
/** Runs a benchmark script's `main`, printing its error and failing the process if it throws. */
export function runMain(main: () => Promise<void>): void {
	main().catch((error) => {
		process.stderr.write(`${(error as Error).stack}\n`);
		process.exit(1);
	});
}
