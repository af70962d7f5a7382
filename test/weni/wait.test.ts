import type { IDataObject } from 'n8n-workflow';

import { contactUrn, contactUuid } from '../fakes/weni';
import { waitCases, waitingWorkflows } from '../harness/waitCases';
import { weniBed } from './setup';

const bed = weniBed('', (fake) => {
	fake.reset();
	fake.seedContacts(2);
});
const { fake } = bed;
const lastSent = () => {
	const message = fake.messages[0];
	const replies = (message.quick_replies ?? []) as IDataObject[];
	return { text: String(message.text), buttons: replies.map((r) => ({ title: String(r.text) })) };
};

describe('Weni Send and Wait for Response, with a reply resthook', () => {
	waitCases({
		bed,
		parameters: { contact: contactUuid(1), replyResthook: 'order-paid' },
		registrations: () => fake.subscribers,
		urlOf: (s) => String(s.target_url),
		lastSent,
		reply: async ({ text }, other) =>
			await fake.callResthook(
				'order-paid',
				other
					? { uuid: contactUuid(2), urn: contactUrn(2) }
					: { uuid: contactUuid(1), urn: contactUrn(1) },
				text,
			),
		buttons: true,
	});
});

describe('Weni Send and Wait for Response, without a reply resthook', () => {
	const waiting = waitingWorkflows(bed);

	test('the approval is answered through links in the message; nothing is subscribed', async () => {
		const workflow = await waiting({
			contact: contactUuid(1),
			message: 'Refund order 1042?',
			approvalOptions: { values: { approvalType: 'double' } },
		});
		const { id } = await workflow.run();
		expect(fake.subscribers).toHaveLength(0);
		const { text, buttons } = lastSent();
		expect(buttons).toEqual([]);
		const links = [...text.matchAll(/(Approve|Decline): (\S+)/g)].map((m) => [m[1], m[2]]);
		expect(links.map(([label]) => label)).toEqual(['Approve', 'Decline']);
		const decline = links[1][1];
		const page = await fetch(decline);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Got it');
		expect(workflow.output(id)).toEqual([{ data: { approved: false } }]);
		// The other link once the wait is over: n8n's own "no action required".
		expect((await fetch(links[0][1])).status).toBe(200);
		expect(workflow.output(id)).toEqual([{ data: { approved: false } }]);
	});
});

describe('Weni Send and Wait for Response, a contact the server cannot message', () => {
	const waiting = waitingWorkflows(bed);

	test('fails naming the field before the resthook is subscribed (the fake speaks RapidPro)', async () => {
		const workflow = await waiting({
			// Weni Flows knows discord URNs; RapidPro does not (URN.SCHEME_CHOICES of each).
			contact: 'discord:3829174',
			replyResthook: 'order-paid',
			message: 'Refund order 1042?',
		});
		const { id, run } = await workflow.run();
		expect(workflow.status(id)).toBe('error');
		expect(run.data.resultData.error?.message).toBe(
			'"Contact" RapidPro does not know scheme "discord" (got "discord:3829174") [item 0]',
		);
		expect(fake.requestsTo('POST', 'resthook_subscribers')).toHaveLength(0);
		expect(fake.requestsTo('DELETE', 'resthook_subscribers')).toHaveLength(0);
		expect(fake.requestsTo('GET', 'resthook_subscribers')).toHaveLength(0);
		expect(fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
		expect(fake.subscribers).toHaveLength(0);
	});
});
