import { LoadOptionsContext } from 'n8n-core';
import type { IDataObject, INodeExecutionData, INodeListSearchResult } from 'n8n-workflow';

import { listSearch } from '../../nodes/Weni/methods';
import type { Generation } from '../fakes/weni';
import { makeAdditionalData } from '../harness/engine';
import { pkg, type } from '../harness/package';
import { testWorkflow } from '../harness/workflow';
import { weniBed } from './setup';

/** Every Weni test runs against both APIs Weni answers with (test/fakes/weni.ts). */
export const GENERATIONS: Generation[] = ['rapidpro', 'flows'];

/**
 * The shared Weni bed (setup.ts) speaking one generation. The credential
 * forces the same flavour, so request lists hold only the operation's own
 * requests; detection itself is tested in detection.test.ts.
 */
export function generationBed(generation: Generation, options: { contacts?: number } = {}) {
	const bed = weniBed();
	beforeAll(() => {
		bed.fake.generation = generation;
		bed.credentials.weniApi.apiFlavour = generation;
	});
	// Each test starts from the fake's own data, with `contacts` contacts seeded.
	if (options.contacts !== undefined) {
		const contacts = options.contacts;
		beforeEach(() => {
			bed.fake.reset();
			bed.fake.seedContacts(contacts);
		});
	}
	return bed;
}

/** A Resource Locator list of the Weni node, called as the editor calls it (LoadOptionsContext). */
export async function searchList(
	method: keyof typeof listSearch,
	credentials: Record<string, IDataObject>,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const { helper, node, workflow } = testWorkflow(pkg, {
		type: type('weni'),
		parameters: {},
		credentials,
	});
	const ctx = new LoadOptionsContext(workflow, node, makeAdditionalData(helper), 'parameters');
	return await listSearch[method].call(ctx, filter, token);
}

/** An input item carrying one binary file, in n8n's in-memory form. */
export function fileItem(
	property: string,
	fileName: string,
	mimeType: string,
	content: Buffer | string,
): INodeExecutionData {
	const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
	return {
		json: {},
		binary: { [property]: { data: data.toString('base64'), mimeType, fileName } },
	};
}
