import type { IDataObject } from 'n8n-workflow';

import { FakeHeyy, HEYY_KEY } from '../fakes/heyy';
import { providerBed } from '../harness/bed';
import type { RunOptions } from '../harness/engine';

/** A binary file an input item carries, in n8n's in-memory form. */
export interface TestFile {
	property?: string;
	fileName: string;
	mimeType: string;
	content: string;
}

/** A fake Heyy per test file (`reset` clears more of its state before each test), and a runner for the Heyy node pointed at it. */
export function heyyBed(reset?: (fake: FakeHeyy) => void) {
	const bed = providerBed({
		reset,
		Fake: FakeHeyy,
		credentialType: 'heyyApi',
		nodeType: 'heyy',
		key: HEYY_KEY,
		credentials: (baseUrl, key) => ({ apiKey: key, baseUrl }),
	});
	return Object.assign(bed, {
		/** Runs the node on items that carry binary files. */
		runWithFiles: (
			parameters: IDataObject,
			items: Array<{ json?: IDataObject; files: TestFile[] }>,
			options: Partial<RunOptions> = {},
		) =>
			bed.runOn(
				parameters,
				items.map(({ json, files }) => ({
					json: json ?? {},
					binary: Object.fromEntries(
						files.map((f) => [
							f.property ?? 'data',
							{
								data: Buffer.from(f.content).toString('base64'),
								mimeType: f.mimeType,
								fileName: f.fileName,
							},
						]),
					),
				})),
				options,
			),
	});
}
