import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { waitingWorkflows } from '../harness/waitCases';
import { heyyBed } from './setup';

const bed = heyyBed((fake) => {
	fake.webhooks.length = 0;
	fake.sent.length = 0;
});
const { fake } = bed;
const workflow = waitingWorkflows(bed);

const CONTACT = '+393331234567';
const OTHER = '+393339999999';
const channel = { __rl: true, mode: 'id', value: 'ch_wa_1' };

const waiting = (parameters: IDataObject = {}) =>
	workflow({
		channelId: channel,
		phoneNumber: CONTACT,
		message: 'Refund order 1042 (€80)?',
		...parameters,
	});

const double = { approvalOptions: { values: { approvalType: 'double' } } };
const lastSent = () => fake.sent[fake.sent.length - 1].request as IDataObject;
const buttonsSent = () => lastSent().buttons as Array<{ id: string; title: string }>;

describe('Heyy Send and Wait for Response', () => {
	it('registers a webhook for the reply, then sends the approval as reply buttons, and waits', async () => {
		const bed = await waiting(double);
		const { id, run } = await bed.run();
		expect(run.waitTill).toBeInstanceOf(Date);
		expect(bed.status(id)).toBe('waiting');
		expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /api/v2.0/api_webhooks',
			// The tenant id the webhook needs, read from the channels (see Heyy/tenant.ts).
			'GET /api/v2.0/channels',
			'POST /api/v2.0/api_webhooks',
			'POST /api/v2.0/ch_wa_1/whatsapp_messages/send',
		]);
		expect(fake.webhooks).toHaveLength(1);
		const hook = new URL(String(fake.webhooks[0].url));
		expect(fake.webhooks[0]).toMatchObject({
			type: 'WHATSAPP_MESSAGE_RECEIVED',
			channelId: 'ch_wa_1',
		});
		expect(hook.pathname).toBe(new URL(bed.resumePath(id)).pathname);
		expect(hook.searchParams.get('contact')).toBe(CONTACT);
		expect(hook.searchParams.get('token')).toMatch(/^[0-9a-f]{64}$/);
		expect(lastSent()).toMatchObject({
			type: 'INTERACTIVE',
			phoneNumber: CONTACT,
			bodyText: 'Refund order 1042 (€80)?',
		});
		expect(buttonsSent().map((b) => b.title)).toEqual(['Approve', 'Decline']);
	});

	it('resumes with approved: true when the contact taps Approve, then removes the webhook', async () => {
		const bed = await waiting(double);
		const { id } = await bed.run();
		const approve = buttonsSent()[0];
		expect(
			await fake.receive('ch_wa_1', CONTACT, { text: 'Approve', buttonId: approve.id }),
		).toEqual([200]);
		expect(bed.status(id)).toBe('success');
		const [out] = bed.output(id);
		expect(out.data).toEqual({ approved: true });
		expect(out.reply).toMatchObject({ from: CONTACT, text: 'Approve', buttonId: approve.id });
		expect((out.delivery as IDataObject).event).toBe('message.received');
		expect(fake.webhooks).toHaveLength(0);
	});

	it('resumes with approved: false for Decline, also when the tap arrives as its title only', async () => {
		const bed = await waiting(double);
		const { id } = await bed.run();
		await fake.receive('ch_wa_1', CONTACT, { text: 'decline' });
		expect(bed.output(id)[0].data).toEqual({ approved: false });
	});

	it('ignores other contacts, forged deliveries and chat that is no answer, and resumes once', async () => {
		const bed = await waiting(double);
		const { id } = await bed.run();
		const url = String(fake.webhooks[0].url);
		const reads = bed.credentialReads;
		// Another contact writing to the same number: acknowledged, nothing resumes, no credential read.
		expect(
			await fake.receive('ch_wa_1', OTHER, { text: 'Approve', buttonId: buttonsSent()[0].id }),
		).toEqual([200]);
		expect(bed.credentialReads).toBe(reads);
		// The contact chatting: not an answer.
		await fake.receive('ch_wa_1', CONTACT, { text: 'what refund?' });
		expect(bed.status(id)).toBe('waiting');
		// A forged delivery: the contact's number but a wrong token.
		const forged = new URL(url);
		forged.searchParams.set('token', 'f'.repeat(64));
		const delivery = {
			event: 'message.received',
			data: { sender: 'inbound', content: { body: 'Approve' }, handle: { value: CONTACT } },
		};
		const post = (target: string) =>
			fetch(target, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(delivery),
			});
		expect((await post(forged.toString())).status).toBe(401);
		const bare = new URL(url);
		bare.search = '';
		expect((await post(bare.toString())).status).toBe(401);
		// Past n8n's signature (as if n8n's secret leaked), the node's own token still refuses.
		expect((await post(bed.resigned(url, { token: 'f'.repeat(64) }))).status).toBe(401);
		const fromOther = { ...delivery, data: { ...delivery.data, handle: { value: OTHER } } };
		const asOther = await fetch(bed.resigned(url, { contact: OTHER }), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(fromOther),
		});
		expect(asOther.status).toBe(401);
		expect(bed.status(id)).toBe('waiting');
		// The real answer resumes; the same message again reaches a finished execution.
		expect((await post(url)).status).toBe(200);
		expect(bed.status(id)).toBe('success');
		expect((await post(url)).status).toBe(200);
		expect(bed.received.filter((r) => r.status === 200 && r.method === 'POST')).toHaveLength(4);
		expect(bed.output(id)).toHaveLength(1);
	});

	it('takes the next message of the contact as a free-text answer, sent as plain text', async () => {
		const bed = await waiting({ responseType: 'freeText' });
		const { id } = await bed.run();
		expect(lastSent()).toMatchObject({ type: 'TEXT', bodyText: 'Refund order 1042 (€80)?' });
		await fake.receive('ch_wa_1', OTHER, { text: 'not me' });
		await fake.receive('ch_wa_1', CONTACT, { text: 'Yes, refund to my card please' });
		expect(bed.output(id)[0].data).toEqual({ text: 'Yes, refund to my card please' });
		expect(fake.webhooks).toHaveLength(0);
	});

	it('answers a custom form through a link to a form on n8n, registering nothing at Heyy', async () => {
		const bed = await waiting({
			responseType: 'customForm',
			formFields: {
				values: [
					{ fieldLabel: 'Amount', fieldType: 'number', requiredField: true },
					{ fieldLabel: 'Note', fieldType: 'text' },
				],
			},
		});
		const { id } = await bed.run();
		expect(fake.webhooks).toHaveLength(0);
		const text = String(lastSent().bodyText);
		const link = /Respond: (\S+)/.exec(text)?.[1];
		expect(link).toBeDefined();
		const page = await fetch(link!);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('name="field-0"');
		const submitted = await fetch(link!, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'field-0=80&field-1=',
		});
		expect(submitted.status).toBe(200);
		expect(bed.output(id)[0].data).toEqual({ Amount: 80 });
	});

	it('on timeout resumes without an answer; the next wait removes the expired webhook', async () => {
		const bed = await waiting({
			...double,
			options: {
				limitWaitTime: {
					values: {
						limitType: 'atSpecifiedTime',
						maxDateAndTime: new Date(Date.now() + 1500).toISOString(),
					},
				},
			},
		});
		const { id, run } = await bed.run();
		expect(run.waitTill!.getTime()).toBeGreaterThan(Date.now());
		await bed.timeout(id);
		expect(bed.status(id)).toBe('success');
		expect(bed.output(id)).toEqual([{ order: 1042 }]);
		// n8n answers a late reply itself; nothing resumes.
		await fake.receive('ch_wa_1', CONTACT, { text: 'Approve' });
		expect(bed.output(id)).toEqual([{ order: 1042 }]);
		expect(fake.webhooks).toHaveLength(1);
		await sleep(1600);
		const next = await bed.run();
		expect(fake.webhooks).toHaveLength(1);
		expect(new URL(String(fake.webhooks[0].url)).pathname).toBe(
			new URL(bed.resumePath(next.id)).pathname,
		);
	});

	it('removes the webhook again when the message cannot be sent', async () => {
		fake.failNext(
			{ status: 400, body: { error: { messageKey: 'bad', message: 'Invalid phone' } } },
			1,
			(r) => r.path.endsWith('/send'),
		);
		const bed = await waiting(double);
		const { id, run } = await bed.run();
		expect(run.waitTill).toBeUndefined();
		expect(bed.status(id)).toBe('error');
		expect(String(run.data.resultData.error?.message)).toContain('Invalid phone');
		expect(fake.webhooks).toHaveLength(0);
	});

	it("a button label over WhatsApp's 20 characters fails the item naming the field, before any request", async () => {
		const bed = await waiting({
			approvalOptions: {
				values: { approvalType: 'double', disapproveLabel: 'Decline this refund now' },
			},
		});
		const { id, run } = await bed.run();
		expect(bed.status(id)).toBe('error');
		expect(String(run.data.resultData.error?.message)).toMatch(
			/^"Disapprove Button Label" .*20 characters.*\[item 0\]$/,
		);
		expect(fake.requests).toHaveLength(0);
	});

	it('a channel that resolves to nothing fails the item naming the field, before any request', async () => {
		const bed = await waiting({
			...double,
			channelId: { __rl: true, mode: 'id', value: '={{ $json.none }}' },
		});
		const { id, run } = await bed.run();
		expect(bed.status(id)).toBe('error');
		expect(String(run.data.resultData.error?.message)).toMatch(/Channel.*\[item 0\]/);
		expect(fake.requests).toHaveLength(0);
	});

	it('100 pending waits on one number and one inbound message: what reaches n8n and Heyy', async () => {
		const bed = await waiting(double);
		const ids: string[] = [];
		for (let n = 0; n < 100; n++) ids.push((await bed.run()).id);
		expect(fake.webhooks).toHaveLength(100);
		fake.requests.length = 0;
		bed.received.length = 0;
		const reads = bed.credentialReads;
		const started = Date.now();
		const statuses = await fake.receive('ch_wa_1', OTHER, { text: 'hello' });
		const ms = Date.now() - started;
		// eslint-disable-next-line no-console
		console.log(
			`100 pending waits, 1 message from another contact: ${bed.received.length} requests to n8n, ${fake.requests.length} to Heyy, ${bed.credentialReads - reads} credential reads, ${ms} ms`,
		);
		expect(statuses).toHaveLength(100);
		expect(bed.received).toHaveLength(100);
		expect(fake.requests).toHaveLength(0);
		expect(bed.credentialReads).toBe(reads);
		expect(ids.every((id) => bed.status(id) === 'waiting')).toBe(true);
	});
});

describe('Heyy Send and Wait: a stopped execution', () => {
	it("a later wait finds a stopped execution's webhook (n8n answers for it) and removes it", async () => {
		const bed = await waiting(double);
		const stopped = await bed.run();
		bed.stopExecution(stopped.id);
		const alive = await bed.run();
		expect(fake.webhooks).toHaveLength(2);
		// A minute later (registrations younger than that are never probed: their wait may not be saved yet).
		const now = Date.now();
		const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 120_000);
		try {
			const third = await bed.run();
			const paths = fake.webhooks.map((w) => new URL(String(w.url)).pathname);
			expect(paths).toEqual([alive.id, third.id].map((id) => new URL(bed.resumePath(id)).pathname));
		} finally {
			clock.mockRestore();
		}
	});
});
