import { FakeWeni, WENI_TOKEN } from '../fakes/weni';
import { providerBed } from '../harness/bed';

/** A fake Weni per test file (served under `prefix`), and a runner for the Weni node pointed at it. */
export const weniBed = (prefix = '', reset?: (fake: FakeWeni) => void) =>
	providerBed({
		reset,
		Fake: FakeWeni,
		args: [prefix],
		credentialType: 'weniApi',
		nodeType: 'weni',
		key: WENI_TOKEN,
		credentials: (baseUrl, key) => ({ apiToken: key, baseUrl }),
	});
