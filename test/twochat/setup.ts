import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import { providerBed } from '../harness/bed';

/** A fake 2Chat per test file (`reset` clears more of its state before each test), and a runner for the 2Chat node pointed at it. */
export const twoChatBed = (reset?: (fake: FakeTwoChat) => void) =>
	providerBed({
		reset,
		Fake: FakeTwoChat,
		credentialType: 'twoChatApi',
		nodeType: 'twoChat',
		key: TWOCHAT_KEY,
		credentials: (baseUrl, key) => ({ apiKey: key, baseUrl }),
	});
