import type { IDataObject } from 'n8n-workflow';

import { FakeSpoki, SPOKI_KEY } from '../fakes/spoki';
import { waitCases } from '../harness/waitCases';

const fake = new FakeSpoki();
let baseUrl = '';
beforeAll(async () => {
	baseUrl = await fake.start();
});
afterAll(() => fake.stop());

const CONTACT = '+393331234567';

describe('Spoki Send and Wait for Response', () => {
	waitCases({
		nodeType: 'spoki',
		credentials: () => ({ spokiApi: { apiKey: SPOKI_KEY, baseUrl } }),
		parameters: { phone: CONTACT },
		registrations: () => fake.webhooks,
		urlOf: (hook) => String(hook.url),
		lastSent: () => {
			const sent = fake.sent[fake.sent.length - 1];
			const buttons = (sent.buttons ?? []) as IDataObject[];
			return {
				text: String(sent.text),
				buttons: buttons.map((b) => ({ id: String(b.payload), title: String(b.text) })),
			};
		},
		reply: async ({ text, buttonId }, other) =>
			await fake.receive(other ? '+393339999999' : CONTACT, { text, payload: buttonId }),
		buttons: true,
		requests: () => fake.requests.length,
		reset: () => {
			fake.webhooks.length = 0;
			fake.sent.length = 0;
			fake.requests.length = 0;
			fake.clearFaults();
		},
	});
});
