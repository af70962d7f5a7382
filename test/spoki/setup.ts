import { FakeSpoki, SPOKI_KEY } from '../fakes/spoki';
import { providerBed } from '../harness/bed';

/** A fake Spoki per test file (`reset` clears more of its state before each test), and a runner for the Spoki node pointed at it. */
export function spokiBed(reset?: (fake: FakeSpoki) => void) {
	const bed = providerBed({
		reset,
		Fake: FakeSpoki,
		credentialType: 'spokiApi',
		nodeType: 'spoki',
		key: SPOKI_KEY,
		credentials: (baseUrl, key) => ({ apiKey: key, baseUrl }),
	});
	return Object.assign(bed, { withKey: (apiKey: string) => bed.withCredential({ apiKey }) });
}
