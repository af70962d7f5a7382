// Runs what n8n's verification (@n8n/scan-community-package) runs once the
// package is published: its ESLint rule set on the source (package.json,
// nodes/, credentials/) and on the packed tarball (compiled .js, package.json).
// Only the provenance and download steps are left out: they need the registry.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const scannerPath = path.join(
	path.dirname(require.resolve('@n8n/scan-community-package/package.json')),
	'scanner/scanner.mjs',
);
const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scannerPath).href);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'msuite-scan-'));
const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
	cwd: root,
	encoding: 'utf8',
})
	.trim()
	.split('\n')
	.pop();
execFileSync('tar', ['xzf', path.join(work, tarball), '-C', work]);
const packed = path.join(work, 'package');

let failed = false;
for (const [label, dir, patterns] of [
	['source', root, SOURCE_FILE_PATTERNS],
	[`tarball ${tarball}`, packed, ['**/*.js', 'package.json']],
]) {
	const result = await analyzePackage(dir, patterns);
	if (result.passed) {
		console.log(`scan ${label}: passed`);
	} else {
		failed = true;
		console.log(`scan ${label}: FAILED ${result.message}\n${result.details ?? ''}`);
	}
}
const files = execFileSync('tar', ['tzf', path.join(work, tarball)], { encoding: 'utf8' })
	.trim()
	.split('\n');
console.log(
	`tarball: ${files.length} files, ${(fs.statSync(path.join(work, tarball)).size / 1024).toFixed(1)} KiB`,
);
fs.rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
