import { FakeWeni, FLOW_ONBOARDING, GROUP_VIP, WENI_TOKEN } from '../fakes/weni';
import type { Scenario } from './scenarios';

const fake = new FakeWeni();
/** The photo the contact sent, stored by RapidPro on its own host (fetched with the token). */
const PHOTO = 'JPEG-bytes-of-the-lead-photo';
fake.on('GET', '/media/lead.jpg', () => ({
	status: 200,
	raw: PHOTO,
	headers: { 'content-type': 'image/jpeg' },
}));

const leads = [
	{ whatsapp: '5582999990001', name: 'Manu Silva', nickname: 'Manu' },
	{ whatsapp: '5582999990002', name: 'Rafa Lima', nickname: 'Rafa' },
];

/** What Weni (mailroom) posts for a flow's "Call Zapier/resthook" action. */
const resthookCall = {
	contact: {
		uuid: '0fd8a9ae-5a1c-4bd2-9f38-9a7d0f2e1a11',
		name: 'Lia Costa',
		urn: 'whatsapp:5582988887777',
	},
	flow: { uuid: FLOW_ONBOARDING, name: 'Onboarding', revision: 12 },
	path: [
		{ uuid: 'a1', node_uuid: 'n1', arrived_on: '2026-11-22T10:00:00.000000Z', exit_uuid: 'e1' },
	],
	results: {
		email: {
			name: 'Email',
			value: 'lia@example.com',
			category: 'Has Email',
			node_uuid: 'n1',
			input: 'lia@example.com',
			created_on: '2026-11-22T10:00:04.000000Z',
		},
	},
	run: { uuid: 'r-1', created_on: '2026-11-22T10:00:00.000000Z' },
	input: {
		uuid: 'i-1',
		type: 'msg',
		text: 'lia@example.com',
		attachments: [],
		urn: { scheme: 'whatsapp', path: '5582988887777', display: '' },
		channel: { uuid: 'ch-1', name: 'WhatsApp' },
		created_on: '2026-11-22T10:00:04.000000Z',
	},
	channel: { uuid: 'ch-1', name: 'WhatsApp', address: '+5582999990000' },
};

export const weniScenario: Scenario = {
	provider: 'Weni',
	fake,
	reset() {
		fake.reset();
	},
	credentials: (baseUrl) => [
		{
			id: 'msuiteweni000001',
			name: 'Weni account',
			type: 'weniApi',
			data: { apiToken: WENI_TOKEN, baseUrl },
		},
	],
	nodeTypes: ['weni', 'weniHitlTool', 'weniTool', 'weniTrigger'],
	credentialTypes: ['weniApi'],
	manual: {
		file: 'weni-upsert-and-start-flow.json',
		check(run) {
			expect(fake.requests.every((r) => r.headers.authorization === `Token ${WENI_TOKEN}`)).toBe(
				true,
			);
			// The credential leaves API Flavour on auto: the flow start's params ask which API this is,
			// once per n8n process (`n8n execute` is one), from the fields' shape.
			expect(fake.requestsTo('GET', '/api/v2/fields.json')).toHaveLength(1);
			// Update-or-create by URN, one request per lead; items run in parallel, so in either order.
			const upserts = fake.requestsTo('POST', '/api/v2/contacts.json');
			const byUrn = (list: unknown[][]) =>
				[...list].sort((a, b) =>
					String((a[0] as { urn: string }).urn).localeCompare(
						String((b[0] as { urn: string }).urn),
					),
				);
			expect(byUrn(upserts.map((r) => [r.query, r.body]))).toEqual(
				leads.map((l) => [
					{ urn: `whatsapp:${l.whatsapp}` },
					{ name: l.name, language: 'por', groups: [GROUP_VIP], fields: { nick_name: l.nickname } },
				]),
			);
			const contacts = leads.map((l) => fake.contactByUrn(`whatsapp:${l.whatsapp}`));
			expect(contacts).toEqual(
				leads.map((l) =>
					expect.objectContaining({
						name: l.name,
						groups: [{ uuid: GROUP_VIP, name: 'VIP' }],
						fields: { nick_name: l.nickname, age: null },
					}),
				),
			);
			// Items starting the same flow with the same params share one flow start.
			const uuids = contacts.map((c) => c!.uuid);
			const starts = fake.requestsTo('POST', '/api/v2/flow_starts.json');
			expect(starts.map((r) => r.body)).toEqual([
				{
					flow: FLOW_ONBOARDING,
					contacts: uuids,
					params: { source: 'n8n', campaign: 'spring-leads' },
				},
			]);
			expect(fake.requests).toHaveLength(1 + leads.length + 1);

			const saved = run.data.resultData.runData['Create or update contact'][0].data?.main[0] ?? [];
			expect(saved.map((i) => i.json)).toEqual(contacts.map((c) => ({ ...c, created: true })));
			const started = run.data.resultData.runData['Start onboarding flow'][0].data?.main[0] ?? [];
			expect(started.map((i) => i.json)).toEqual(
				leads.map(() =>
					expect.objectContaining({
						flow: { uuid: FLOW_ONBOARDING, name: 'Onboarding' },
						status: 'pending',
						contacts: leads.map((l, i) => ({ uuid: uuids[i], name: l.name })),
						combined_items: leads.length,
					}),
				),
			);
			expect(started.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		},
	},
	trigger: {
		file: 'weni-resthook-lead.json',
		registeredUrls: () => fake.subscribers.map((s) => String(s.target_url)),
		async deliver(url, forge) {
			const target = new URL(url);
			if (forge) target.searchParams.set('token', 'f'.repeat(48));
			const r = await fetch(target, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				// The contact's input carries a photo (goflow's payload: input.attachments [{content_type, url}]).
				body: JSON.stringify({
					...resthookCall,
					input: {
						...resthookCall.input,
						attachments: [{ content_type: 'image/jpeg', url: `${fake.baseUrl}/media/lead.jpg` }],
					},
				}),
			});
			return r.status;
		},
		checkExecution(data) {
			// "Download Attachments" is on in the example: the photo arrived as binary data on the trigger's item.
			const item = data.resultData.runData['Weni Trigger'][0].data?.main[0]?.[0];
			expect(item?.json.attachments).toEqual([
				{
					type: 'image',
					mimeType: 'image/jpeg',
					url: `${fake.baseUrl}/media/lead.jpg`,
					fileName: null,
					size: null,
				},
			]);
			expect(item?.binary?.attachment_0).toEqual(
				expect.objectContaining({ mimeType: 'image/jpeg', fileName: 'lead.jpg' }),
			);
			const downloads = fake.requestsTo('GET', '/media/lead.jpg');
			expect(downloads.map((r) => r.headers.authorization)).toEqual([`Token ${WENI_TOKEN}`]);
		},
		checkRun() {
			expect(fake.requestsTo('POST', '/resthook_subscribers.json').map((r) => r.body)).toEqual([
				{ resthook: 'new-lead', target_url: expect.stringContaining('?token=') },
			]);
			const urn = resthookCall.contact.urn;
			expect(
				fake.requestsTo('POST', '/api/v2/contacts.json').map((r) => [r.query, r.body]),
			).toEqual([[{ urn }, { name: 'Lia Costa', fields: { nick_name: 'Lia' } }]]);
			const contact = fake.contactByUrn(urn);
			expect(contact).toEqual(
				expect.objectContaining({ groups: [{ uuid: GROUP_VIP, name: 'VIP' }] }),
			);
			expect(fake.requestsTo('POST', '/contact_actions.json').map((r) => r.body)).toEqual([
				{ contacts: [contact!.uuid], action: 'add', group: GROUP_VIP },
			]);
			expect(fake.requestsTo('POST', '/api/v2/messages.json').map((r) => r.body)).toEqual([
				{
					contact: contact!.uuid,
					text: 'Thanks Lia! We got your email (lia@example.com) and an advisor will write to you shortly.',
				},
			]);
		},
	},
};
