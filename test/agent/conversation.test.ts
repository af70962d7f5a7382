/* eslint-disable @n8n/community-nodes/no-restricted-globals -- tests pace deliveries with timers */
/**
 * The triggers' Conversation options through real deliveries: bursts of one
 * contact combined into one execution, contacts kept apart, own messages and
 * status reports dropped when chosen, and conversation keys on every item.
 */
import type { IDataObject } from 'n8n-workflow';

import { FakeHeyy, HEYY_KEY } from '../fakes/heyy';
import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import { pkg, type } from '../harness/package';
import { ActiveTrigger } from '../harness/trigger';

const twoChat = new FakeTwoChat();
const heyy = new FakeHeyy();
const urls = { twoChat: '', heyy: '' };
beforeAll(async () => {
	urls.twoChat = await twoChat.start();
	urls.heyy = await heyy.start();
});
afterAll(async () => {
	await twoChat.stop();
	await heyy.stop();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let counter = 0;
/** A 2Chat WhatsApp delivery as documented (developers.2chat.co …/webhooks/payload-examples). */
function twoChatMessage(text: string, from = '+5215533334444', sentBy = 'user'): IDataObject {
	const id = `MSG${++counter}`;
	return {
		id,
		uuid: id,
		created_at: new Date().toISOString(),
		session_key: `WW-WPN111-${from.slice(1)}@c.us`,
		message: { text },
		remote_phone_number: from,
		channel_phone_number: '+5215500000001',
		sent_by: sentBy,
		contact: { first_name: 'Luis', last_name: 'Ramos' },
	};
}

async function twoChatTrigger(conversation: IDataObject, events = ['whatsapp.message.received']) {
	const trigger = new ActiveTrigger(pkg, {
		type: type('twoChatTrigger'),
		parameters: { events, onNumber: '+5215500000001', conversation },
		credentials: { twoChatApi: { apiKey: TWOCHAT_KEY, baseUrl: urls.twoChat } },
	});
	await trigger.start();
	await trigger.activate();
	return trigger;
}

/** The URL 2Chat was given for `event` (token and event in its query). */
const hookFor = (event: string) =>
	String(twoChat.webhooks.find((w) => String(w.hook_url).includes(`event=${event}`))?.hook_url);

/** POSTs like a provider and times the answer (the held burst is not awaited). */
async function post(url: string, body: unknown): Promise<{ status: number; ms: number }> {
	const started = Date.now();
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	await response.text();
	return { status: response.status, ms: Date.now() - started };
}

async function executionsAfter(trigger: ActiveTrigger, count: number, timeoutMs = 15_000) {
	const until = Date.now() + timeoutMs;
	while (trigger.executions.length < count && Date.now() < until) await wait(50);
	await wait(300); // nothing more may start
	return trigger.outputs().map((items) => items.map((i) => i.json));
}

describe('Combine Bursts', () => {
	beforeEach(() => {
		twoChat.webhooks.length = 0;
	});

	test('three messages in 2 s start one execution carrying all three, each answered at once', async () => {
		// The quiet period leaves room for a slow answer on a loaded machine.
		const trigger = await twoChatTrigger({ combineBursts: true, quietPeriodSeconds: 3 });
		try {
			const url = hookFor('whatsapp.message.received');
			const answers = [];
			for (const text of ['hi', 'where is my order?', 'it is #42']) {
				if (answers.length) await wait(900);
				answers.push(await post(url, twoChatMessage(text)));
			}
			// Answered at once, each of them, while the burst is still open.
			expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
			expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(1000);
			expect(trigger.executions).toHaveLength(0);
			const outputs = await executionsAfter(trigger, 1);
			expect(outputs).toHaveLength(1);
			expect(outputs[0]).toHaveLength(1);
			const item = outputs[0][0];
			expect(item.text).toBe('hi\nwhere is my order?\nit is #42');
			expect(item.messageCount).toBe(3);
			expect((item.messages as IDataObject[]).map((m) => (m.message as IDataObject).text)).toEqual([
				'hi',
				'where is my order?',
				'it is #42',
			]);
			expect((item.messages as IDataObject[]).every((m) => Array.isArray(m.attachments))).toBe(
				true,
			);
			expect(item).toMatchObject({
				contactId: '+5215533334444',
				conversationKey: '2chat:+5215500000001:+5215533334444',
			});
		} finally {
			await trigger.stop();
		}
	});

	test('two contacts interleaved start two executions; a message after the quiet period starts a new one', async () => {
		const trigger = await twoChatTrigger({ combineBursts: true, quietPeriodSeconds: 2 });
		try {
			const url = hookFor('whatsapp.message.received');
			await post(url, twoChatMessage('A1', '+5215511111111'));
			await post(url, twoChatMessage('B1', '+5215522222222'));
			await wait(300);
			await post(url, twoChatMessage('A2', '+5215511111111'));
			await post(url, twoChatMessage('B2', '+5215522222222'));
			const first = await executionsAfter(trigger, 2);
			expect(first.map((items) => items[0].text).sort()).toEqual(['A1\nA2', 'B1\nB2']);
			// Quiet period over: the next message is a new burst.
			await post(url, twoChatMessage('A3', '+5215511111111'));
			const all = await executionsAfter(trigger, 3);
			expect(all).toHaveLength(3);
			expect(all[2][0]).toMatchObject({ text: 'A3', messageCount: 1 });
		} finally {
			await trigger.stop();
		}
	});

	test('Max Wait closes a burst the contact keeps extending', async () => {
		const trigger = await twoChatTrigger({
			combineBursts: true,
			quietPeriodSeconds: 2,
			maxWaitSeconds: 3,
		});
		try {
			const url = hookFor('whatsapp.message.received');
			for (let n = 1; n <= 6; n++) {
				await post(url, twoChatMessage(`m${n}`));
				await wait(900);
			}
			const outputs = await executionsAfter(trigger, 2);
			expect(outputs).toHaveLength(2);
			const texts = outputs.map((items) => String(items[0].text).split('\n'));
			expect(texts.flat()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
			expect(texts[0].length).toBeLessThan(6);
		} finally {
			await trigger.stop();
		}
	});
});

describe('Only what the agent should see', () => {
	beforeEach(() => {
		twoChat.webhooks.length = 0;
	});

	test('2Chat: own messages and receipts start nothing when chosen; kept (with keys) otherwise', async () => {
		const events = [
			'whatsapp.message.new',
			'whatsapp.message.receipt.read',
			'whatsapp.message.received',
		];
		const filtered = await twoChatTrigger(
			{ ignoreOwnMessages: true, ignoreStatusUpdates: true },
			events,
		);
		try {
			const own = await post(
				hookFor('whatsapp.message.new'),
				twoChatMessage('sent by us', undefined, 'api'),
			);
			const agent = await post(
				hookFor('whatsapp.message.new'),
				twoChatMessage('agent', undefined, 'agent'),
			);
			const read = await post(hookFor('whatsapp.message.receipt.read'), twoChatMessage('read'));
			expect([own.status, agent.status, read.status]).toEqual([200, 200, 200]);
			await post(hookFor('whatsapp.message.received'), twoChatMessage('from the customer'));
			const outputs = await executionsAfter(filtered, 1);
			expect(outputs).toHaveLength(1);
			expect(outputs[0][0]).toMatchObject({
				event: 'whatsapp.message.received',
				contactId: '+5215533334444',
				conversationKey: '2chat:+5215500000001:+5215533334444',
			});
		} finally {
			await filtered.stop();
		}
		twoChat.webhooks.length = 0;
		const plain = await twoChatTrigger({}, events);
		try {
			await post(hookFor('whatsapp.message.new'), twoChatMessage('sent by us', undefined, 'api'));
			await post(hookFor('whatsapp.message.receipt.read'), twoChatMessage('read'));
			const outputs = await executionsAfter(plain, 2);
			expect(outputs).toHaveLength(2);
			expect(outputs.every((items) => items[0].conversationKey)).toBe(true);
		} finally {
			await plain.stop();
		}
	});

	test('Heyy: outbound messages and status events start nothing when chosen', async () => {
		const trigger = new ActiveTrigger(pkg, {
			type: type('heyyTrigger'),
			parameters: {
				events: ['WHATSAPP_MESSAGE_RECEIVED', 'WHATSAPP_MESSAGE_STATUS'],
				conversation: { ignoreOwnMessages: true, ignoreStatusUpdates: true },
			},
			credentials: { heyyApi: { apiKey: HEYY_KEY, baseUrl: urls.heyy } },
		});
		await trigger.start();
		try {
			await trigger.activate();
			const url = String(heyy.webhooks[0].url);
			const message = (id: string, event: string, sender: string) => ({
				id,
				event,
				data: {
					id: `msg_${id}`,
					type: 'message',
					sender,
					status: 'delivered',
					content: { body: `text ${id}`, attachments: [] },
					chat: { id: 'chat_77' },
					handle: { id: 'hdl_1', type: 'phone_number', value: '+393331234567' },
					contact: { id: 'con_9', phoneNumber: '+393331234567' },
					channel: { id: 'ch_wa_1', type: 'whatsapp', name: 'Sales' },
				},
			});
			await post(url, message('d1', 'message.sent', 'outbound'));
			await post(url, message('d2', 'message.updated', 'inbound'));
			await post(url, message('d3', 'message.received', 'inbound'));
			const outputs = await executionsAfter(trigger, 1);
			expect(outputs).toHaveLength(1);
			expect(outputs[0][0]).toMatchObject({
				text: 'text d3',
				contactId: 'con_9',
				conversationKey: 'heyy:chat_77',
			});
		} finally {
			await trigger.stop();
		}
	});
});
