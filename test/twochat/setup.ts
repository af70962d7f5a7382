import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import { providerBed } from '../harness/bed';

/** A fake 2Chat per test file, and a runner for the 2Chat node pointed at it. */
export const twoChatBed = () =>
	providerBed({
		Fake: FakeTwoChat,
		credentialType: 'twoChatApi',
		nodeType: 'twoChat',
		credentials: (baseUrl) => ({ apiKey: TWOCHAT_KEY, baseUrl }),
	});
