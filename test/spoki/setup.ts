import { FakeSpoki, SPOKI_KEY } from '../fakes/spoki';
import { providerBed } from '../harness/bed';

/** A fake Spoki per test file, and a runner for the Spoki node pointed at it. */
export function spokiBed() {
	const bed = providerBed({
		Fake: FakeSpoki,
		credentialType: 'spokiApi',
		nodeType: 'spoki',
		credentials: (baseUrl) => ({ apiKey: SPOKI_KEY, baseUrl }),
	});
	return Object.assign(bed, { withKey: (apiKey: string) => bed.withCredential({ apiKey }) });
}
