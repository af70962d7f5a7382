import {
	CAMPAIGN_BIRTHDAYS,
	CAMPAIGN_RENEWALS,
	CHANNEL_WHATSAPP,
	contactUrn,
	contactUuid,
	FLOW_ONBOARDING,
	GROUP_VIP,
	TICKET_CLOSED,
	TICKET_CONTACT,
	TICKET_OPEN,
	TICKET_OPEN_2,
	TICKET_USER,
	TOPIC_SUPPORT,
} from '../fakes/weni';
import { pkg, type } from '../harness/package';
import { GENERATIONS, generationBed } from './generations';

/** Weni's remaining surface: contact options, and the read-only lists. */
describe.each(GENERATIONS)('%s', (generation) => {
	const bed = generationBed(generation, { contacts: 3 });
	const flows = generation === 'flows';

	describe('Weni node › contact options', () => {
		test('update sends a note on RapidPro and refuses it on Weni Flows before any request', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'update',
				by: 'uuid',
				contactUuid: contactUuid(2),
				updateFields: { note: 'Prefers calls after 6pm' },
			});
			if (flows) {
				expect(r.error?.message).toContain('Note');
				expect(r.error?.message).toContain('Weni Flows');
				expect(bed.calls()).toEqual([]);
				return;
			}
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['POST /api/v2/contacts.json']);
			expect(bed.last().query).toEqual({ uuid: contactUuid(2) });
			expect(bed.last().body).toEqual({ note: 'Prefers calls after 6pm' });
			expect(r.json).toEqual([expect.objectContaining({ uuid: contactUuid(2), created: false })]);
		});

		test('an empty note is sent as "" (RapidPro clears the note)', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'update',
				by: 'urn',
				contactUrn: contactUrn(1),
				updateFields: { note: '' },
			});
			if (flows) {
				expect(bed.calls()).toEqual([]);
				expect(r.error?.message).toContain('Note');
				return;
			}
			expect(r.error).toBeUndefined();
			expect(bed.last().query).toEqual({ urn: contactUrn(1) });
			expect(bed.last().body).toEqual({ note: '' });
		});

		test('list by UUID with expanded URNs', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: { uuid: contactUuid(3).toUpperCase(), expandUrns: true },
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/contacts.json']);
			expect(bed.last().query).toEqual({ uuid: contactUuid(3), expand_urns: 'true' });
			expect(r.json.map((c) => c.uuid)).toEqual([contactUuid(3)]);
		});

		test('a malformed UUID filter is refused before any request', async () => {
			const r = await bed.run({
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: { uuid: 'not-a-uuid' },
			});
			expect(r.error?.message).toContain('UUID');
			expect(bed.calls()).toEqual([]);
		});
	});

	describe('Weni node › campaigns, channels and globals', () => {
		afterEach(() => {
			bed.fake.pageSize = 250;
		});

		test('campaigns: Return All follows the cursor; the UUID filter is sent lower-case', async () => {
			bed.fake.pageSize = 1;
			const all = await bed.run({ resource: 'campaign', operation: 'getAll', returnAll: true });
			expect(all.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/campaigns.json', 'GET /api/v2/campaigns.json']);
			expect(bed.fake.requests[0].query).toEqual({});
			expect(Object.keys(bed.fake.requests[1].query)).toEqual(['cursor']);
			expect(all.json).toEqual([
				{
					uuid: CAMPAIGN_RENEWALS,
					name: 'Renewals',
					archived: false,
					group: { uuid: GROUP_VIP, name: 'VIP' },
					created_on: '2026-01-02T10:00:00.000000Z',
				},
				expect.objectContaining({ uuid: CAMPAIGN_BIRTHDAYS, name: 'Birthdays' }),
			]);
			const one = await bed.run({
				resource: 'campaign',
				operation: 'getAll',
				limit: 10,
				filters: { uuid: CAMPAIGN_BIRTHDAYS.toUpperCase() },
			});
			expect(bed.last().method).toBe('GET');
			expect(bed.last().query).toEqual({ uuid: CAMPAIGN_BIRTHDAYS });
			expect(one.json.map((c) => c.name)).toEqual(['Birthdays']);
		});

		test('campaign events: by campaign UUID or name, paged; a limit stops paging', async () => {
			bed.fake.pageSize = 1;
			const byUuid = await bed.run({
				resource: 'campaignEvent',
				operation: 'getAll',
				returnAll: true,
				filters: { campaign: CAMPAIGN_BIRTHDAYS },
			});
			expect(byUuid.error).toBeUndefined();
			expect(bed.calls()).toEqual([
				'GET /api/v2/campaign_events.json',
				'GET /api/v2/campaign_events.json',
			]);
			expect(bed.fake.requests[0].query).toEqual({ campaign: CAMPAIGN_BIRTHDAYS });
			expect(bed.fake.requests[1].query).toEqual(
				expect.objectContaining({ campaign: CAMPAIGN_BIRTHDAYS, cursor: expect.any(String) }),
			);
			expect(byUuid.json).toEqual([
				expect.objectContaining({
					uuid: 'e0e0e0e0-0000-4000-8000-000000000001',
					offset: 0,
					unit: 'days',
					flow: { uuid: FLOW_ONBOARDING, name: 'Onboarding' },
					message: null,
				}),
				expect.objectContaining({
					uuid: 'e0e0e0e0-0000-4000-8000-000000000002',
					flow: null,
					message: { por: 'Feliz aniversário!' },
				}),
			]);
			bed.fake.requests.length = 0;
			const byName = await bed.run({
				resource: 'campaignEvent',
				operation: 'getAll',
				limit: 1,
				filters: { campaign: 'Renewals' },
			});
			expect(bed.calls()).toEqual(['GET /api/v2/campaign_events.json']);
			expect(bed.last().query).toEqual({ campaign: 'Renewals' });
			expect(byName.json.map((e) => e.uuid)).toEqual(['e0e0e0e0-0000-4000-8000-000000000003']);
		});

		test('channels: address and UUID filters', async () => {
			const r = await bed.run({
				resource: 'channel',
				operation: 'getAll',
				returnAll: true,
				filters: { address: '+5582999990000', uuid: CHANNEL_WHATSAPP },
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/channels.json']);
			expect(bed.last().query).toEqual({ address: '+5582999990000', uuid: CHANNEL_WHATSAPP });
			expect(r.json).toEqual([
				{
					uuid: CHANNEL_WHATSAPP,
					name: 'WhatsApp',
					address: '+5582999990000',
					// ChannelReadSerializer of weni-ai/flows has no `type`.
					...(flows ? {} : { type: 'WAC' }),
					country: 'BR',
					device: null,
					last_seen: '2026-01-05T12:00:00.000000Z',
					created_on: '2026-01-02T08:00:00.000000Z',
				},
			]);
		});

		test('globals: key and modified-after filters', async () => {
			const r = await bed.run({
				resource: 'global',
				operation: 'getAll',
				returnAll: true,
				filters: { after: '2026-01-02T00:00:00.000Z' },
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/globals.json']);
			expect(bed.last().query).toEqual({ after: '2026-01-02T00:00:00.000Z' });
			expect(r.json).toEqual([
				{
					key: 'support_phone',
					name: 'Support Phone',
					value: '+5582999990001',
					modified_on: '2026-01-03T10:00:00.000000Z',
				},
				// Weni Flows drops its is_active filter when a date filter is set: a deleted global comes back.
				...(flows
					? [
							{
								key: 'old_hotline',
								name: 'Old Hotline',
								value: '+5582999990009',
								modified_on: '2026-01-02T10:00:00.000000Z',
							},
						]
					: []),
			]);
			// The date filters' help says so.
			const filters = pkg.nodes[type('weni')].description.properties.find(
				(p) => p.name === 'filters' && p.displayOptions?.show?.resource?.includes('global'),
			);
			for (const name of ['after', 'before']) {
				const field = filters?.options?.find((o) => o.name === name) as { description: string };
				expect(field.description).toMatch(
					/On Weni Flows a date filter also returns deleted globals/,
				);
			}
			const byKey = await bed.run({
				resource: 'global',
				operation: 'getAll',
				limit: 5,
				filters: { key: 'org_name' },
			});
			expect(bed.last().query).toEqual({ key: 'org_name' });
			expect(byKey.json.map((g) => g.value)).toEqual(['Acme']);
		});

		test('a malformed channel UUID is refused before any request', async () => {
			const r = await bed.run({
				resource: 'channel',
				operation: 'getAll',
				returnAll: true,
				filters: { uuid: 'whatsapp' },
			});
			expect(r.error?.message).toContain('UUID');
			expect(bed.calls()).toEqual([]);
		});
	});

	describe('Weni node › tickets and topics', () => {
		afterEach(() => {
			bed.fake.pageSize = 250;
		});

		test('tickets: contact and UUID filters', async () => {
			const r = await bed.run({
				resource: 'ticket',
				operation: 'getAll',
				returnAll: true,
				filters: { contact: TICKET_CONTACT },
			});
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/tickets.json']);
			expect(bed.last().query).toEqual({ contact: TICKET_CONTACT });
			expect(r.json.map((t) => t.uuid)).toEqual([TICKET_OPEN, TICKET_CLOSED]);
			expect(r.json[0]).toEqual(
				expect.objectContaining({
					status: 'open',
					topic: { uuid: TOPIC_SUPPORT, name: 'Support' },
				}),
			);
			const one = await bed.run({
				resource: 'ticket',
				operation: 'getAll',
				limit: 5,
				filters: { uuid: TICKET_OPEN_2.toUpperCase() },
			});
			expect(bed.last().query).toEqual({ uuid: TICKET_OPEN_2 });
			expect(one.json.map((t) => t.contact)).toEqual([expect.objectContaining({ name: 'Ann' })]);
		});

		test('topics: Return All follows the cursor', async () => {
			bed.fake.pageSize = 1;
			const r = await bed.run({ resource: 'topic', operation: 'getAll', returnAll: true });
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/topics.json', 'GET /api/v2/topics.json']);
			expect(bed.fake.requests[0].query).toEqual({});
			expect(r.json.map((t) => t.name)).toEqual(['Support', 'General']);
		});

		test('close: items go in one request; a ticket already closed succeeds and says so', async () => {
			const r = await bed.run(
				{
					resource: 'ticket',
					operation: 'applyAction',
					ticketAction: 'close',
					ticketUuid: '={{ $json.uuid }}',
				},
				{
					items: [{ uuid: TICKET_OPEN }, { uuid: TICKET_CLOSED }, { uuid: TICKET_OPEN_2 }],
				},
			);
			expect(bed.calls()).toEqual(['POST /api/v2/ticket_actions.json']);
			expect(bed.last().query).toEqual({});
			expect(bed.last().body).toEqual({
				tickets: [TICKET_OPEN, TICKET_CLOSED, TICKET_OPEN_2],
				action: 'close',
			});
			expect(r.json[0]).toEqual({ success: true, action: 'close', ticket: TICKET_OPEN });
			if (flows)
				expect(r.json[1]).toEqual({ success: true, action: 'close', ticket: TICKET_CLOSED });
			else
				expect(r.json[1]).toEqual({
					success: true,
					action: 'close',
					ticket: TICKET_CLOSED,
					changed: false,
					reason: 'already closed',
				});
			expect(r.json[2]).toEqual({ success: true, action: 'close', ticket: TICKET_OPEN_2 });
		});

		test('assign, unassign, add note and change topic send their own fields', async () => {
			const assign = await bed.run({
				resource: 'ticket',
				operation: 'applyAction',
				ticketAction: 'assign',
				ticketUuid: TICKET_OPEN,
				assignee: TICKET_USER,
			});
			expect(assign.error).toBeUndefined();
			expect(bed.last().body).toEqual({
				tickets: [TICKET_OPEN],
				action: 'assign',
				assignee: TICKET_USER,
			});
			await bed.run({
				resource: 'ticket',
				operation: 'applyAction',
				ticketAction: 'assign',
				ticketUuid: TICKET_OPEN,
				assignee: '',
			});
			expect(bed.last().body).toEqual({ tickets: [TICKET_OPEN], action: 'assign', assignee: null });
			const note = await bed.run({
				resource: 'ticket',
				operation: 'applyAction',
				ticketAction: 'add_note',
				ticketUuid: TICKET_OPEN_2,
				note: 'Called back',
			});
			expect(note.error).toBeUndefined();
			expect(bed.last().body).toEqual({
				tickets: [TICKET_OPEN_2],
				action: 'add_note',
				note: 'Called back',
			});
			const topic = await bed.run({
				resource: 'ticket',
				operation: 'applyAction',
				ticketAction: 'change_topic',
				ticketUuid: TICKET_OPEN,
				topic: TOPIC_SUPPORT,
			});
			expect(topic.error).toBeUndefined();
			expect(bed.last().body).toEqual({
				tickets: [TICKET_OPEN],
				action: 'change_topic',
				topic: TOPIC_SUPPORT,
			});
			expect(topic.json).toEqual([
				{ success: true, action: 'change_topic', ticket: TICKET_OPEN, topic: TOPIC_SUPPORT },
			]);
		});

		test("an unknown assignee: Weni's 400 fails the item with its message", async () => {
			const r = await bed.run({
				resource: 'ticket',
				operation: 'applyAction',
				ticketAction: 'assign',
				ticketUuid: TICKET_OPEN,
				assignee: 'nobody@acme.test',
			});
			expect(r.error?.message).toContain('No such object: nobody@acme.test');
			expect(bed.calls()).toEqual(['POST /api/v2/ticket_actions.json']);
		});

		test('a note action without a note, or a malformed ticket UUID, fails before any request', async () => {
			const noNote = await bed.run({
				resource: 'ticket',
				operation: 'applyAction',
				ticketAction: 'add_note',
				ticketUuid: TICKET_OPEN,
				note: '',
			});
			expect(noNote.error?.message).toMatch(/Note/);
			const badUuid = await bed.run({
				resource: 'ticket',
				operation: 'applyAction',
				ticketAction: 'close',
				ticketUuid: '42',
			});
			expect(badUuid.error?.message).toMatch(/Ticket UUID/);
			expect(bed.fake.requests).toEqual([]);
		});

		test('150 items with the same action go in 2 requests (100 + 50)', async () => {
			const ids = [TICKET_OPEN, TICKET_OPEN_2];
			const items = Array.from({ length: 150 }, (_, i) => ({ uuid: ids[i % 2] }));
			const r = await bed.run(
				{
					resource: 'ticket',
					operation: 'applyAction',
					ticketAction: 'add_note',
					note: 'Bulk',
					ticketUuid: '={{ $json.uuid }}',
				},
				{ items },
			);
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(Array(2).fill('POST /api/v2/ticket_actions.json'));
			const bodies = bed.fake.requests.map((q) => q.body as { tickets: string[] });
			expect(bodies.map((b) => b.tickets.length)).toEqual([100, 50]);
			expect(bodies.flatMap((b) => b.tickets)).toEqual(items.map((i) => i.uuid));
			expect(r.json).toHaveLength(150);
		});
	});
});
