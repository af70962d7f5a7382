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
