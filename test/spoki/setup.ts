import type { IDataObject } from 'n8n-workflow';

import { FakeSpoki, SPOKI_KEY } from '../fakes/spoki';
import type { RunOptions } from '../harness/engine';
import { runNode } from '../harness/engine';
import { pkg, type } from '../harness/package';

/** A fake Spoki per test file, and a runner for the Spoki node pointed at it. */
export function spokiBed() {
	const bed = {
		fake: new FakeSpoki(),
		credentials: {} as Record<string, IDataObject>,
		run: (parameters: IDataObject, options: Partial<RunOptions> = {}) =>
			runNode(pkg, { type: type('spoki'), parameters, credentials: bed.credentials, ...options }),
		/** Requests received since the last reset, as `METHOD path`. */
		calls: () => bed.fake.requests.map((r) => `${r.method} ${r.path}`),
		last: () => bed.fake.requests[bed.fake.requests.length - 1],
		withKey: (apiKey: string) => ({ spokiApi: { ...bed.credentials.spokiApi, apiKey } }),
	};
	beforeAll(async () => {
		bed.credentials = { spokiApi: { apiKey: SPOKI_KEY, baseUrl: await bed.fake.start() } };
	});
	beforeEach(() => {
		bed.fake.requests.length = 0;
		bed.fake.clearFaults();
	});
	afterAll(() => bed.fake.stop());
	return bed;
}
