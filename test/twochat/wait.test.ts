import type { IDataObject } from 'n8n-workflow';

import { waitCases } from '../harness/waitCases';
import { twoChatBed } from './setup';

const bed = twoChatBed((fake) => {
	fake.webhooks.length = 0;
	fake.sent.length = 0;
});
const { fake } = bed;

const NUMBER = '+5215500000001';
const WABA = '+16173518454';
const CONTACT = '+5215533334444';
const OTHER = '+5215599999999';

/**
 * What both senders share: the bed, the fake's webhooks the waits register, and the contact;
 * `sendFrom` picks the number the question goes from.
 */
const from = (sendFrom: 'number' | 'waba', number: string) => ({
	bed,
	registrations: () => fake.webhooks,
	urlOf: (hook: Record<string, unknown>) => String(hook.hook_url),
	parameters: {
		sendFrom,
		[sendFrom === 'waba' ? 'wabaNumber' : 'fromNumber']: {
			__rl: true,
			mode: 'number',
			value: number,
		},
		toNumber: CONTACT,
	},
});

describe('2Chat Send and Wait for Response', () => {
	waitCases({
		...from('number', NUMBER),
		// 2Chat has no reply buttons: the answers are named in the text.
		lastSent: () => ({ text: String(fake.sent[fake.sent.length - 1].text), buttons: [] }),
		reply: async ({ text }, other) => await fake.receive(NUMBER, other ? OTHER : CONTACT, text),
		buttons: false,
	});
});

describe('2Chat Send and Wait for Response, from a WhatsApp Business number', () => {
	waitCases({
		...from('waba', WABA),
		// Reply buttons: Meta's interactive object in the WABA send's payload.
		lastSent: () => {
			const sent = fake.sent[fake.sent.length - 1];
			const interactive = (sent.payload as IDataObject | undefined)?.interactive as
				| IDataObject
				| undefined;
			if (!interactive) return { text: String(sent.text), buttons: [] };
			const action = interactive.action as {
				buttons: Array<{ reply: { id: string; title: string } }>;
			};
			return {
				text: String((interactive.body as IDataObject).text),
				buttons: action.buttons.map((b) => b.reply),
			};
		},
		reply: async ({ text, buttonId }, other) =>
			await fake.receiveWaba(WABA, other ? OTHER : CONTACT, { text, buttonId }),
		buttons: true,
	});
});
