import { contactUrn, contactUuid, FLOW_ONBOARDING, GROUP_VIP, LABEL_URGENT } from '../fakes/weni';
import { GENERATIONS, generationBed } from './generations';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(GENERATIONS)('%s', (generation) => {
	const bed = generationBed(generation, { contacts: 3 });
	const flows = generation === 'flows';

	describe('Weni node › contact', () => {
		test('create: every URN scheme of the article, groups, fields, name and language', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'create',
				urns: {
					urn: [
						{ scheme: 'tel', urnValue: '+55 82 9933-1122' },
						{ scheme: 'whatsapp', urnValue: '+55 82 9933-1122' },
						{ scheme: 'mailto', urnValue: 'manu@weni.ai' },
						{ scheme: 'ext', urnValue: '123456' },
						{ scheme: 'urn', urnValue: 'telegram:98765' },
					],
				},
				name: 'Manu Silva',
				additionalFields: { language: 'por', groups: [GROUP_VIP] },
				fieldValues: {
					field: [
						{ key: 'nick_name', fieldValue: 'Manu' },
						{ key: 'age', fieldValue: 31 },
					],
				},
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['POST /api/v2/contacts.json']);
			expect(bed.last().query).toEqual({});
			expect(bed.last().headers.authorization).toBe(
				`Token ${String(bed.credentials.weniApi.apiToken)}`,
			);
			expect(bed.last().body).toEqual({
				name: 'Manu Silva',
				language: 'por',
				groups: [GROUP_VIP],
				urns: [
					'tel:+558299331122',
					'whatsapp:558299331122',
					'mailto:manu@weni.ai',
					'ext:123456',
					'telegram:98765',
				],
				fields: { nick_name: 'Manu', age: '31' },
			});
			expect(r.json).toEqual([
				expect.objectContaining({
					uuid: expect.stringMatching(UUID),
					name: 'Manu Silva',
					status: 'active',
					groups: [{ uuid: GROUP_VIP, name: 'VIP' }],
					fields: { nick_name: 'Manu', age: '31' },
				}),
			]);
			expect(r.items[0].pairedItem).toEqual({ item: 0 });
		});

		test('create: a URN typed with its scheme prefix is not doubled', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'create',
				urns: { urn: [{ scheme: 'whatsapp', urnValue: 'whatsapp:5582999990000' }] },
			});
			expect(r.error).toBeUndefined();
			expect(bed.last().body).toEqual({ urns: ['whatsapp:5582999990000'] });
		});

		test('update by UUID sends only the given values', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'update',
				by: 'uuid',
				contactUuid: contactUuid(2),
				name: 'Renamed',
				fieldValues: { field: [{ key: 'nick_name', fieldValue: 'Re' }] },
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['POST /api/v2/contacts.json']);
			expect(bed.last().query).toEqual({ uuid: contactUuid(2) });
			expect(bed.last().body).toEqual({ name: 'Renamed', fields: { nick_name: 'Re' } });
			expect(r.json).toEqual([
				expect.objectContaining({
					uuid: contactUuid(2),
					name: 'Renamed',
					language: 'por',
					created: false,
				}),
			]);
			expect(r.json[0].fields).toEqual({ nick_name: 'Re', age: null });
		});

		test('update by UUID can replace URNs and groups', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'update',
				by: 'uuid',
				contactUuid: contactUuid(1),
				updateFields: { groups: [GROUP_VIP] },
				urns: { urn: [{ scheme: 'tel', urnValue: '+14155550100' }] },
			});
			expect(r.error).toBeUndefined();
			expect(bed.last().body).toEqual({ groups: [GROUP_VIP], urns: ['tel:+14155550100'] });
			expect(r.json[0]).toMatchObject({
				urns: ['tel:+14155550100'],
				groups: [{ uuid: GROUP_VIP, name: 'VIP' }],
			});
		});

		test('update by URN of an existing contact changes it (?urn=, no urns in the body)', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'update',
				by: 'urn',
				contactUrn: contactUrn(1),
				fieldValues: { field: [{ key: 'nick_name', fieldValue: 'Manu' }] },
			});
			expect(r.error).toBeUndefined();
			expect(bed.last().query).toEqual({ urn: contactUrn(1) });
			expect(bed.last().body).toEqual({ fields: { nick_name: 'Manu' } });
			expect(r.json).toEqual([expect.objectContaining({ uuid: contactUuid(1), created: false })]);
			expect(bed.fake.contacts).toHaveLength(3);
		});

		test('update by URN creates the contact when missing and says so', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'update',
				by: 'urn',
				contactUrn: 'tel:+90987877',
				name: 'New Person',
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['POST /api/v2/contacts.json']);
			// The URN travels percent-encoded in the query string, as the article shows.
			expect(bed.last().headers).toBeDefined();
			expect(bed.fake.requests[0].query).toEqual({ urn: 'tel:+90987877' });
			expect(r.json).toEqual([
				expect.objectContaining({ name: 'New Person', urns: ['tel:+90987877'], created: true }),
			]);
			expect(bed.fake.contacts).toHaveLength(4);
			expect(bed.fake.contactByUrn('tel:+90987877')).toMatchObject({ name: 'New Person' });
		});

		test('update by URN with nothing to change just makes sure the contact exists', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'update',
				by: 'urn',
				contactUrn: 'ext:crm-42',
			});
			expect(r.error).toBeUndefined();
			expect(bed.last().body).toEqual({ fields: {} });
			expect(r.json[0]).toMatchObject({ urns: ['ext:crm-42'], created: true });
		});

		test('delete by UUID and by URN', async () => {
			const byUuid = await bed.run({
				resource: 'contact',
				operation: 'delete',
				by: 'uuid',
				contactUuid: contactUuid(1),
			});
			expect(byUuid.json).toEqual([{ deleted: true, uuid: contactUuid(1) }]);
			const byUrn = await bed.run({
				resource: 'contact',
				operation: 'delete',
				by: 'urn',
				contactUrn: contactUrn(2),
			});
			expect(byUrn.json).toEqual([{ deleted: true, urn: contactUrn(2) }]);
			expect(bed.calls()).toEqual(['DELETE /api/v2/contacts.json', 'DELETE /api/v2/contacts.json']);
			expect(bed.fake.requests.map((q) => q.query)).toEqual([
				{ uuid: contactUuid(1) },
				{ urn: contactUrn(2) },
			]);
			expect(bed.fake.contacts.map((c) => c.uuid)).toEqual([contactUuid(3)]);
		});

		test("delete of an unknown contact reports Weni's 404", async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'delete',
				by: 'urn',
				contactUrn: 'tel:+250783835665',
			});
			expect(r.error?.message).toBe('Weni error 404: Not found.');
		});

		test('get by UUID and by URN', async () => {
			const byUuid = await bed.run({
				resource: 'contact',
				operation: 'get',
				by: 'uuid',
				contactUuid: contactUuid(3).toUpperCase(),
			});
			expect(bed.last().query).toEqual({ uuid: contactUuid(3) });
			expect(byUuid.json).toEqual([
				expect.objectContaining({ uuid: contactUuid(3), name: 'Contact 3' }),
			]);
			const byUrn = await bed.run({
				resource: 'contact',
				operation: 'get',
				by: 'urn',
				contactUrn: 'whatsapp:+55 82 99900-0002',
			});
			expect(bed.last().query).toEqual({ urn: contactUrn(2) });
			expect(byUrn.json).toEqual([expect.objectContaining({ uuid: contactUuid(2) })]);
		});

		test('get of a contact that does not exist fails with a clear message', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'get',
				by: 'urn',
				contactUrn: 'mailto:nobody@acme.test',
			});
			expect(bed.calls()).toEqual(['GET /api/v2/contacts.json']);
			expect(r.error?.message).toBe(
				'Weni has no contact with URN "mailto:nobody@acme.test" [item 0]',
			);
		});

		test('list with group, URN and date filters', async () => {
			bed.fake.contacts[1].groups = [{ uuid: GROUP_VIP, name: 'VIP' }];
			const r = await bed.run({
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: {
					group: GROUP_VIP,
					after: '2026-01-01T00:00:00.000Z',
					before: '2026-01-02T00:00:00Z',
				},
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/contacts.json']);
			expect(bed.last().query).toEqual({
				group: GROUP_VIP,
				after: '2026-01-01T00:00:00.000Z',
				before: '2026-01-02T00:00:00.000Z',
			});
			expect(r.json.map((c) => c.uuid)).toEqual([contactUuid(2)]);
			const one = await bed.run({
				resource: 'contact',
				operation: 'getAll',
				limit: 5,
				filters: { urn: contactUrn(3), reverse: true },
			});
			expect(bed.last().query).toEqual({ urn: contactUrn(3), reverse: 'true' });
			expect(one.json.map((c) => c.name)).toEqual(['Contact 3']);
		});

		test('list deleted contacts', async () => {
			await bed.run({
				resource: 'contact',
				operation: 'delete',
				by: 'uuid',
				contactUuid: contactUuid(1),
			});
			const r = await bed.run({
				resource: 'contact',
				operation: 'getAll',
				limit: 10,
				filters: { deleted: true },
			});
			expect(bed.last().query).toEqual({ deleted: 'true' });
			expect(r.json).toEqual([expect.objectContaining({ uuid: contactUuid(1), name: null })]);
		});

		test('apply action to one contact: add to group by URN', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'applyAction',
				contactAction: 'add',
				contact: contactUrn(1),
				group: GROUP_VIP,
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['POST /api/v2/contact_actions.json']);
			expect(bed.last().body).toEqual({
				contacts: [contactUrn(1)],
				action: 'add',
				group: GROUP_VIP,
			});
			expect(r.json).toEqual([
				{ success: true, action: 'add', contact: contactUrn(1), group: GROUP_VIP },
			]);
			expect(bed.fake.contacts[0].groups).toEqual([{ uuid: GROUP_VIP, name: 'VIP' }]);
		});

		test.each([
			['remove', { group: GROUP_VIP }],
			['block', {}],
			['unblock', {}],
			['interrupt', {}],
			['archive_messages', {}],
			['delete', {}],
		])(
			'apply action %s sends the action, with a group only where Weni wants one',
			async (action, extra) => {
				const r = await bed.run({
					resource: 'contact',
					operation: 'applyAction',
					contactAction: action,
					contact: contactUuid(2),
					...extra,
				});
				expect(r.error).toBeUndefined();
				expect(bed.last().body).toEqual({ contacts: [contactUuid(2)], action, ...extra });
				expect(r.json).toEqual([{ success: true, action, contact: contactUuid(2), ...extra }]);
			},
		);
	});

	describe('Weni node › contact field', () => {
		// Body per server: RapidPro {name, type}; Weni Flows {label, value_type} with `numeric` (see fakes/weni.ts writeField).
		const fieldBody = (name: string, type: string) =>
			flows ? { label: name, value_type: type === 'number' ? 'numeric' : type } : { name, type };

		test("create sends the name and type in the server's own form; Weni makes the key", async () => {
			const r = await bed.run({
				resource: 'field',
				operation: 'create',
				name: 'Side kick',
				type: 'text',
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['POST /api/v2/fields.json']);
			expect(bed.last().body).toEqual(fieldBody('Side kick', 'text'));
			expect(r.json).toEqual([
				expect.objectContaining({ key: 'side_kick', [flows ? 'label' : 'name']: 'Side kick' }),
			]);
		});

		test.each(['number', 'datetime', 'state', 'district', 'ward'])(
			'create a %s field',
			async (type) => {
				const r = await bed.run({
					resource: 'field',
					operation: 'create',
					name: `Field ${type}`,
					type,
				});
				expect(r.error).toBeUndefined();
				expect(bed.last().body).toEqual(fieldBody(`Field ${type}`, type));
				expect(r.json[0][flows ? 'value_type' : 'type']).toBe(
					flows && type === 'number' ? 'numeric' : type,
				);
			},
		);

		test("the seed article's field create (label, numeric) works", async () => {
			// 003_5d63f48e241cd870.txt: POST fields.json {"label": …, "value_type": "numeric"} on Weni Flows.
			const r = await bed.run({
				resource: 'field',
				operation: 'create',
				name: 'Order count',
				type: 'number',
			});
			expect(r.error).toBeUndefined();
			expect(bed.fake.fields.find((f) => f.key === 'order_count')).toMatchObject({
				type: 'number',
			});
		});

		test('update: rename keeping the type reads the field first', async () => {
			const r = await bed.run({
				resource: 'field',
				operation: 'update',
				key: 'age',
				name: 'Age in years',
				type: 'keep',
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/fields.json', 'POST /api/v2/fields.json']);
			expect(bed.fake.requests[0].query).toEqual({ key: 'age' });
			expect(bed.last().query).toEqual({ key: 'age' });
			expect(bed.last().body).toEqual(fieldBody('Age in years', 'number'));
			expect(bed.fake.fields.find((f) => f.key === 'age')).toMatchObject({
				name: 'Age in years',
				type: 'number',
			});
			expect(r.json[0].key).toBe('age');
		});

		test('update: name and type together need one request', async () => {
			const r = await bed.run({
				resource: 'field',
				operation: 'update',
				key: 'nick_name',
				name: 'Nickname',
				type: 'text',
			});
			expect(bed.calls()).toEqual(['POST /api/v2/fields.json']);
			expect(bed.last().body).toEqual(fieldBody('Nickname', 'text'));
			expect(r.json[0]).toMatchObject({ key: 'nick_name', [flows ? 'label' : 'name']: 'Nickname' });
		});

		test('update: only a new type keeps the name', async () => {
			const r = await bed.run({ resource: 'field', operation: 'update', key: 'age', type: 'text' });
			expect(bed.last().body).toEqual(fieldBody('Age', 'text'));
			expect(r.json[0]).toMatchObject({ key: 'age', [flows ? 'value_type' : 'type']: 'text' });
		});

		test('list', async () => {
			const r = await bed.run({ resource: 'field', operation: 'getAll', returnAll: true });
			expect(bed.calls()).toEqual(['GET /api/v2/fields.json']);
			expect(r.json.map((f) => f.key)).toEqual(['nick_name', 'age']);
		});
	});

	describe.each([
		['group', 'groups', 'group'],
		['label', 'labels', 'label'],
	])('Weni node › %s', (resource, endpoint, picker) => {
		const path = `/api/v2/${endpoint}.json`;

		test('create, rename, list by name, delete', async () => {
			const created = await bed.run({ resource, operation: 'create', name: 'Reporters' });
			expect(created.error).toBeUndefined();
			expect(bed.last().body).toEqual({ name: 'Reporters' });
			const uuid = String(created.json[0].uuid);
			expect(uuid).toMatch(UUID);

			const renamed = await bed.run({
				resource,
				operation: 'update',
				[picker]: uuid,
				name: 'Checked',
			});
			expect(bed.last().query).toEqual({ uuid });
			expect(bed.last().body).toEqual({ name: 'Checked' });
			expect(renamed.json).toEqual([expect.objectContaining({ uuid, name: 'Checked' })]);

			const listed = await bed.run({
				resource,
				operation: 'getAll',
				limit: 10,
				filterName: 'checked',
			});
			expect(bed.last().query).toEqual({ name: 'checked' });
			expect(listed.json.map((x) => x.uuid)).toEqual([uuid]);

			const deleted = await bed.run({ resource, operation: 'delete', [picker]: uuid });
			expect(bed.last().query).toEqual({ uuid });
			expect(deleted.json).toEqual([{ deleted: true, uuid }]);

			expect(bed.calls()).toEqual([
				`POST ${path}`,
				`POST ${path}`,
				`GET ${path}`,
				`DELETE ${path}`,
			]);
		});

		test('list all', async () => {
			const r = await bed.run({ resource, operation: 'getAll', returnAll: true });
			expect(bed.last().query).toEqual({});
			expect(r.json.length).toBeGreaterThan(0);
		});

		test("a duplicate name is refused in Weni's words", async () => {
			const existing = resource === 'group' ? 'VIP' : 'Urgent';
			const r = await bed.run({ resource, operation: 'create', name: existing.toLowerCase() });
			expect(r.error?.message).toBe('Weni error 400: name: This field must be unique.');
		});
	});

	describe('Weni node › flow', () => {
		test('list with filters', async () => {
			const r = await bed.run({
				resource: 'flow',
				operation: 'getAll',
				returnAll: true,
				filters: { archived: 'false', type: 'message' },
			});
			expect(bed.calls()).toEqual(['GET /api/v2/flows.json']);
			expect(bed.last().query).toEqual({ archived: 'false', type: 'message' });
			expect(r.json).toEqual([
				expect.objectContaining({ uuid: FLOW_ONBOARDING, name: 'Onboarding' }),
			]);
		});

		test('start for contacts, URNs and groups with params', async () => {
			const r = await bed.run({
				resource: 'flow',
				operation: 'start',
				flow: FLOW_ONBOARDING,
				contacts: `${contactUuid(1)}, ${contactUuid(2)}`,
				urns: 'whatsapp:5582999990000\ntel:+14155550123',
				groups: [GROUP_VIP],
				options: {
					restart_participants: false,
					exclude_active: true,
					params: '{"order": {"id": 42}}',
				},
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['POST /api/v2/flow_starts.json']);
			expect(bed.last().body).toEqual({
				flow: FLOW_ONBOARDING,
				contacts: [contactUuid(1), contactUuid(2)],
				urns: ['whatsapp:5582999990000', 'tel:+14155550123'],
				groups: [GROUP_VIP],
				restart_participants: false,
				exclude_active: true,
				params: { order: { id: 42 } },
			});
			expect(r.json).toEqual([
				expect.objectContaining({
					uuid: expect.stringMatching(UUID),
					status: 'pending',
					flow: { uuid: FLOW_ONBOARDING, name: 'Onboarding' },
					started_for: {
						contacts: [contactUuid(1), contactUuid(2)],
						urns: ['whatsapp:5582999990000', 'tel:+14155550123'],
						groups: [GROUP_VIP],
					},
				}),
			]);
		});

		test('start with URNs from an expression list and params as an object', async () => {
			const r = await bed.run(
				{
					resource: 'flow',
					operation: 'start',
					flow: FLOW_ONBOARDING,
					urns: '={{ $json.urns }}',
					options: { params: { a: 1 } },
				},
				{ items: [{ urns: ['whatsapp:5511999999999'] }] },
			);
			expect(r.error).toBeUndefined();
			expect(bed.last().body).toEqual({
				flow: FLOW_ONBOARDING,
				urns: ['whatsapp:5511999999999'],
				params: { a: 1 },
			});
		});

		test('list starts', async () => {
			const started = await bed.run({
				resource: 'flow',
				operation: 'start',
				flow: FLOW_ONBOARDING,
				groups: [GROUP_VIP],
			});
			expect(started.error?.message).toBeUndefined();
			const r = await bed.run({
				resource: 'flowStart',
				operation: 'getAll',
				limit: 5,
				filters: { after: '2026-01-01T00:00:00Z' },
			});
			expect(bed.last().query).toEqual({ after: '2026-01-01T00:00:00.000Z' });
			expect(r.json).toEqual([
				expect.objectContaining({ status: 'pending', groups: [{ uuid: GROUP_VIP, name: 'VIP' }] }),
			]);
		});
	});

	describe('Weni node › broadcast', () => {
		test('send text to URNs, contacts and a group', async () => {
			const r = await bed.run({
				resource: 'broadcast',
				operation: 'send',
				text: 'Hello everyone',
				urns: 'whatsapp:5582999990000',
				contacts: contactUuid(1),
				groups: [GROUP_VIP],
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['POST /api/v2/broadcasts.json']);
			expect(bed.last().body).toEqual({
				text: 'Hello everyone',
				urns: ['whatsapp:5582999990000'],
				contacts: [contactUuid(1)],
				groups: [GROUP_VIP],
			});
			expect(r.json).toEqual([
				expect.objectContaining({ text: { por: 'Hello everyone' }, status: 'pending' }),
			]);
			// The broadcast's id and status lead the output, under the keys every provider's send uses.
			expect(Object.keys(r.json[0]).slice(0, 2)).toEqual(['messageId', 'status']);
			expect(r.json[0].messageId).toBe(r.json[0].id);
			if (!flows) expect(r.json[0].uuid).toMatch(UUID);
		});

		test('send with quick replies (text and extra) and an uploaded attachment; refused before sending on Weni Flows', async () => {
			const media = {
				uuid: 'c0ffee00-1111-4222-8333-444455556666',
				content_type: 'image/jpeg',
				url: 'https://rapidpro-media.example/c0ffee00-1111-4222-8333-444455556666/promo.jpg',
			};
			bed.fake.media.push(media);
			const r = await bed.run({
				resource: 'broadcast',
				operation: 'send',
				text: 'Hello everyone',
				groups: [GROUP_VIP],
				options: {
					quickReplies: { reply: [{ replyText: 'Yes', replyExtra: 'Sure' }, { replyText: 'No' }] },
					attachments: flows
						? 'image/jpeg:https://cdn.acme.test/promo.jpg'
						: `image/jpeg:${media.url}`,
				},
			});
			if (flows) {
				// weni-ai/flows BroadcastWriteSerializer has no attachments or quick_replies: DRF would drop them silently.
				expect(r.error?.message).toBe(
					'"Quick Replies" cannot go in a broadcast on Weni Flows, which sends text only [item 0]',
				);
				expect(bed.calls()).toEqual([]);
				return;
			}
			expect(r.error).toBeUndefined();
			expect(bed.last().body).toEqual({
				text: 'Hello everyone',
				attachments: [`image/jpeg:${media.url}`],
				quick_replies: [{ text: 'Yes', extra: 'Sure' }, { text: 'No' }],
				groups: [GROUP_VIP],
			});
		});

		test('list', async () => {
			await bed.run({ resource: 'broadcast', operation: 'send', text: 'Hi', groups: [GROUP_VIP] });
			const r = await bed.run({
				resource: 'broadcast',
				operation: 'getAll',
				returnAll: true,
				filters: { before: '2030-01-01T00:00:00Z' },
			});
			expect(bed.last().query).toEqual({ before: '2030-01-01T00:00:00.000Z' });
			expect(r.json).toEqual([expect.objectContaining({ text: { por: 'Hi' } })]);
		});
	});

	describe('Weni node › message', () => {
		test('send to a contact by URN with an attachment and quick replies', async () => {
			const media = 'c0ffee00-1111-4222-8333-444455556666';
			bed.fake.media.push({
				uuid: media,
				content_type: 'image/jpeg',
				url: `https://rapidpro-media.example/${media}/a.jpg`,
			});
			const attachment = flows ? 'image/jpeg:https://cdn.acme.test/shipped.jpg' : media;
			const r = await bed.run({
				resource: 'message',
				operation: 'send',
				contact: contactUrn(1),
				text: 'Your order shipped',
				options: {
					attachments: attachment,
					quickReplies: { reply: [{ replyText: 'Track' }, { replyText: 'Help' }] },
				},
			});
			expect(r.error).toBeUndefined();
			if (flows) {
				// weni-ai/flows: no POST messages.json; one WhatsApp message is a whatsapp_broadcast with a `msg`.
				expect(bed.calls()).toEqual(['POST /api/v2/whatsapp_broadcasts.json']);
				expect(bed.last().body).toEqual({
					urns: [contactUrn(1)],
					msg: {
						text: 'Your order shipped',
						attachments: [attachment],
						quick_replies: ['Track', 'Help'],
					},
				});
				expect(r.json).toEqual([
					expect.objectContaining({
						id: expect.any(Number),
						status: 'queued',
						urns: [contactUrn(1)],
					}),
				]);
				return;
			}
			expect(bed.calls()).toEqual(['POST /api/v2/messages.json']);
			expect(bed.last().body).toEqual({
				contact: contactUrn(1),
				text: 'Your order shipped',
				attachments: [media],
				quick_replies: [{ text: 'Track' }, { text: 'Help' }],
			});
			expect(r.json).toEqual([
				expect.objectContaining({
					direction: 'out',
					status: 'queued',
					contact: { uuid: contactUuid(1), name: 'Contact 1' },
				}),
			]);
		});

		test('send by contact UUID goes to `contacts` on Weni Flows, `contact` on RapidPro', async () => {
			const r = await bed.run({
				resource: 'message',
				operation: 'send',
				contact: contactUuid(2),
				text: 'Hi',
			});
			expect(r.error).toBeUndefined();
			expect(bed.last().body).toEqual(
				flows
					? { contacts: [contactUuid(2)], msg: { text: 'Hi' } }
					: { contact: contactUuid(2), text: 'Hi' },
			);
		});

		test.each([
			['folder', { folder: 'inbox' }, { folder: 'inbox' }, 2],
			['contact', { contact: contactUuid(2) }, { contact: contactUuid(2) }, 1],
			['label', { label: LABEL_URGENT }, { label: LABEL_URGENT }, 1],
			['all', {}, {}, 4],
		])('list by %s', async (filterBy, params, query, count) => {
			bed.fake.seedMessages(4);
			const r = await bed.run({
				resource: 'message',
				operation: 'getAll',
				filterBy,
				...params,
				returnAll: true,
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/messages.json']);
			expect(bed.last().query).toEqual(query);
			expect(r.json).toHaveLength(count);
		});

		test('list by a contact given by URN: the contact is looked up, then its messages listed', async () => {
			bed.fake.seedMessages(4);
			const r = await bed.run({
				resource: 'message',
				operation: 'getAll',
				filterBy: 'contact',
				contact: { __rl: true, mode: 'id', value: contactUrn(2) },
				returnAll: true,
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/contacts.json', 'GET /api/v2/messages.json']);
			expect(bed.fake.requests[0].query).toEqual({ urn: contactUrn(2) });
			expect(bed.last().query).toEqual({ contact: contactUuid(2) });
			expect(r.json).toHaveLength(1);
		});

		test('tickets and runs of a contact given by URN', async () => {
			for (const [resource, path] of [
				['ticket', 'tickets'],
				['flowRun', 'runs'],
			]) {
				bed.fake.requests.length = 0;
				const r = await bed.run({
					resource,
					operation: 'getAll',
					returnAll: true,
					filters: { contact: { __rl: true, mode: 'id', value: contactUrn(1) } },
				});
				expect(r.error).toBeUndefined();
				expect(bed.calls()).toEqual(['GET /api/v2/contacts.json', `GET /api/v2/${path}.json`]);
				expect(bed.last().query).toMatchObject({ contact: contactUuid(1) });
			}
		});

		test('list by broadcast UUID: RapidPro looks the id up; Weni Flows asks for the numeric id', async () => {
			bed.fake.seedMessages(2);
			bed.fake.broadcasts.push({
				uuid: 'b0000000-0000-4000-8000-000000000007',
				id: 7,
				created_on: '2026-01-01T00:00:00.000000Z',
			});
			bed.fake.messages[1].broadcast = 7;
			const r = await bed.run({
				resource: 'message',
				operation: 'getAll',
				filterBy: 'broadcast',
				broadcast: 'b0000000-0000-4000-8000-000000000007',
				returnAll: true,
			});
			if (flows) {
				expect(r.error?.message).toBe(
					'"Broadcast" must be the numeric broadcast ID on Weni Flows, whose broadcasts have no UUID [item 0]',
				);
				expect(bed.calls()).toEqual([]);
				return;
			}
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/broadcasts.json', 'GET /api/v2/messages.json']);
			expect(bed.fake.requests[0].query).toEqual({ uuid: 'b0000000-0000-4000-8000-000000000007' });
			expect(bed.last().query).toEqual({ broadcast: '7' });
			expect(r.json.map((m) => m.text)).toEqual(['Message 2']);
		});

		test('the Incoming folder is offered and sent on Weni Flows only', async () => {
			bed.fake.seedMessages(4);
			const r = await bed.run({
				resource: 'message',
				operation: 'getAll',
				filterBy: 'folder',
				folder: 'incoming',
				returnAll: true,
			});
			if (flows) {
				expect(r.error).toBeUndefined();
				expect(bed.last().query).toEqual({ folder: 'incoming' });
				expect(r.json).toHaveLength(4);
				return;
			}
			// weni-ai/rapidpro removed `incoming`: it would answer an empty list without an error.
			expect(r.error?.message).toBe(
				'"Folder Name or ID" "incoming" is not a folder RapidPro knows [item 0]',
			);
			expect(bed.calls()).toEqual([]);
		});

		test('list by broadcast with a date filter', async () => {
			bed.fake.seedMessages(2);
			bed.fake.messages[1].broadcast = 7;
			const r = await bed.run({
				resource: 'message',
				operation: 'getAll',
				filterBy: 'broadcast',
				broadcast: 7,
				limit: 10,
				filters: { after: '2026-01-01T00:00:00Z' },
			});
			expect(bed.last().query).toEqual({ broadcast: '7', after: '2026-01-01T00:00:00.000Z' });
			expect(r.json.map((m) => m.text)).toEqual(['Message 2']);
		});
	});
});
