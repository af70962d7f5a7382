import type { IDataObject } from 'n8n-workflow';

import { waitCases } from '../harness/waitCases';
import { spokiBed } from './setup';

const bed = spokiBed((fake) => {
	fake.webhooks.length = 0;
	fake.sent.length = 0;
});
const { fake } = bed;

const CONTACT = '+393331234567';

describe('Spoki Send and Wait for Response', () => {
	waitCases({
		bed,
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
	});
});
