import type { IDataObject } from 'n8n-workflow';

import { contactUrn, contactUuid, FakeWeni, WENI_TOKEN } from '../fakes/weni';
import { pkg, type } from '../harness/package';
import { WaitingWorkflow } from '../harness/wait';
import { waitCases } from '../harness/waitCases';

const fake = new FakeWeni();
let baseUrl = '';
beforeAll(async () => {
	baseUrl = await fake.start();
});
afterAll(() => fake.stop());

const credentials = () => ({ weniApi: { apiToken: WENI_TOKEN, baseUrl } });
const reset = () => {
	fake.reset();
	fake.seedContacts(2);
	fake.requests.length = 0;
	fake.clearFaults();
};
const lastSent = () => {
	const message = fake.messages[0];
	const replies = (message.quick_replies ?? []) as IDataObject[];
	return { text: String(message.text), buttons: replies.map((r) => ({ title: String(r.text) })) };
};

describe('Weni Send and Wait for Response, with a reply resthook', () => {
	waitCases({
		nodeType: 'weni',
		credentials,
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
		requests: () => fake.requests.length,
		reset,
	});
});

describe('Weni Send and Wait for Response, without a reply resthook', () => {
	beforeEach(reset);

	test('the approval is answered through links in the message; nothing is subscribed', async () => {
		const bed = new WaitingWorkflow(pkg, {
			type: type('weni'),
			credentials: credentials(),
			parameters: {
				resource: 'message',
				operation: 'sendAndWait',
				contact: contactUuid(1),
				message: 'Refund order 1042?',
				approvalOptions: { values: { approvalType: 'double' } },
			},
		});
		await bed.start();
		try {
			const { id } = await bed.run();
			expect(fake.subscribers).toHaveLength(0);
			const { text, buttons } = lastSent();
			expect(buttons).toEqual([]);
			const links = [...text.matchAll(/(Approve|Decline): (\S+)/g)].map((m) => [m[1], m[2]]);
			expect(links.map(([label]) => label)).toEqual(['Approve', 'Decline']);
			const decline = links[1][1];
			const page = await fetch(decline);
			expect(page.status).toBe(200);
			expect(await page.text()).toContain('Got it');
			expect(bed.output(id)).toEqual([{ data: { approved: false } }]);
			// The other link once the wait is over: n8n's own "no action required".
			expect((await fetch(links[0][1])).status).toBe(200);
			expect(bed.output(id)).toEqual([{ data: { approved: false } }]);
		} finally {
			await bed.stop();
		}
	});
});
