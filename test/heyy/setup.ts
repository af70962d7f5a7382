import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { FakeHeyy, HEYY_KEY } from '../fakes/heyy';
import type { RunOptions } from '../harness/engine';
import { runNode } from '../harness/engine';
import { pkg, type } from '../harness/package';

/** A binary file an input item carries, in n8n's in-memory form. */
export interface TestFile {
	property?: string;
	fileName: string;
	mimeType: string;
	content: string;
}

/**
 * A start node that emits items carrying binary files: the harness's own
 * start node emits JSON only, and the engine lets a package replace it.
 */
function itemsWithFiles(items: Array<{ json: IDataObject; files: TestFile[] }>): INodeType {
	const description: INodeTypeDescription = {
		displayName: 'Test Items With Files',
		name: 'testItems',
		group: ['input'],
		version: 1,
		description: 'Emits items with binary files',
		defaults: { name: 'Items' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Key', name: 'key', type: 'string', default: '' }],
	};
	return {
		description,
		async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
			return [
				items.map(({ json, files }) => ({
					json,
					binary: Object.fromEntries(
						files.map((f) => [
							f.property ?? 'data',
							{ data: Buffer.from(f.content).toString('base64'), mimeType: f.mimeType, fileName: f.fileName },
						]),
					),
				})),
			];
		},
	};
}

/** A fake Heyy per test file, and a runner for the Heyy node pointed at it. */
export function heyyBed() {
	const bed = {
		fake: new FakeHeyy(),
		credentials: {} as Record<string, IDataObject>,
		run: (parameters: IDataObject, options: Partial<RunOptions> = {}) =>
			runNode(pkg, { type: type('heyy'), parameters, credentials: bed.credentials, ...options }),
		/** Runs the node on items that carry binary files. */
		runWithFiles: (parameters: IDataObject, items: Array<{ json?: IDataObject; files: TestFile[] }>, options: Partial<RunOptions> = {}) =>
			runNode(
				{ ...pkg, nodes: { ...pkg.nodes, 'test.items': itemsWithFiles(items.map((i) => ({ json: i.json ?? {}, files: i.files }))) } },
				{ type: type('heyy'), parameters, credentials: bed.credentials, ...options },
			),
		/** Requests received since the last reset, as `METHOD path`. */
		calls: () => bed.fake.requests.map((r) => `${r.method} ${r.path}`),
		last: () => bed.fake.requests[bed.fake.requests.length - 1],
	};
	beforeAll(async () => {
		bed.credentials = { heyyApi: { apiKey: HEYY_KEY, baseUrl: await bed.fake.start() } };
	});
	beforeEach(() => {
		bed.fake.requests.length = 0;
		bed.fake.clearFaults();
	});
	afterAll(() => bed.fake.stop());
	return bed;
}
