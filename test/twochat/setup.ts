import type { IDataObject } from 'n8n-workflow';

import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import type { RunOptions } from '../harness/engine';
import { runNode } from '../harness/engine';
import { pkg, type } from '../harness/package';

/** A fake 2Chat per test file, and a runner for the 2Chat node pointed at it. */
export function twoChatBed() {
	const bed = {
		fake: new FakeTwoChat(),
		credentials: {} as Record<string, IDataObject>,
		run: (parameters: IDataObject, options: Partial<RunOptions> = {}) =>
			runNode(pkg, { type: type('twoChat'), parameters, credentials: bed.credentials, ...options }),
		/** Requests received since the last reset, as `METHOD path`. */
		calls: () => bed.fake.requests.map((r) => `${r.method} ${r.path}`),
		last: () => bed.fake.requests[bed.fake.requests.length - 1],
	};
	beforeAll(async () => {
		bed.credentials = { twoChatApi: { apiKey: TWOCHAT_KEY, baseUrl: await bed.fake.start() } };
	});
	beforeEach(() => {
		bed.fake.requests.length = 0;
		bed.fake.clearFaults();
	});
	afterAll(() => bed.fake.stop());
	return bed;
}
