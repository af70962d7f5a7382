import type { IDataObject } from 'n8n-workflow';

import { FakeWeni, WENI_TOKEN } from '../fakes/weni';
import type { RunOptions } from '../harness/engine';
import { runNode } from '../harness/engine';
import { pkg, type } from '../harness/package';

/** A fake Weni per test file, and a runner for the Weni node pointed at it. */
export function weniBed(prefix = '') {
	const bed = {
		fake: new FakeWeni(prefix),
		credentials: {} as Record<string, IDataObject>,
		run: (parameters: IDataObject, options: Partial<RunOptions> = {}) =>
			runNode(pkg, { type: type('weni'), parameters, credentials: bed.credentials, ...options }),
		/** Requests received since the last reset, as `METHOD path`. */
		calls: () => bed.fake.requests.map((r) => `${r.method} ${r.path}`),
		last: () => bed.fake.requests[bed.fake.requests.length - 1],
	};
	beforeAll(async () => {
		bed.credentials = { weniApi: { apiToken: WENI_TOKEN, baseUrl: await bed.fake.start() } };
	});
	beforeEach(() => {
		bed.fake.requests.length = 0;
		bed.fake.clearFaults();
	});
	afterAll(() => bed.fake.stop());
	return bed;
}
