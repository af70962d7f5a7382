import type { IDataObject } from 'n8n-workflow';

import {
	CHANNEL_WHATSAPP,
	contactUrn,
	contactUuid,
	TEMPLATE_PENDING,
	TEMPLATE_WELCOME,
} from '../fakes/weni';
import { expectRefused } from '../harness/expect';
import { mapperFields } from '../harness/editor';
import { loadOptions } from '../harness/methods';
import { pkg, type } from '../harness/package';
import { GENERATIONS, generationBed } from './generations';

/** Weni Flows' WhatsApp surface (weni-ai/flows TemplatesEndpoint, WhatsappBroadcastsEndpoint). */
describe.each(GENERATIONS)('%s', (generation) => {
	const bed = generationBed(generation, { contacts: 2 });
	/** Send Template of the welcome template, picked from the list or given by ID. */
	const sendWelcome = (contact: string, mode: 'list' | 'id', parameters: IDataObject) =>
		bed.run({
			resource: 'message',
			operation: 'sendTemplate',
			contact,
			template: { __rl: true, mode, value: TEMPLATE_WELCOME },
			...parameters,
		});
	/** Get Many of `resource`, every page, with these filters. */
	const getAllOf = (resource: string, filters?: IDataObject) =>
		bed.run({ resource, operation: 'getAll', returnAll: true, ...(filters && { filters }) });
	const flows = generation === 'flows';

	describe('Weni node › WhatsApp templates', () => {
		test('Get Many: approved by default, every filter in the query', async () => {
			const r = await getAllOf('template');
			if (!flows) {
				expectRefused(
					bed,
					r,
					'"Operation" needs Weni Flows: RapidPro\'s API v2 has no WhatsApp templates [item 0]',
				);
				return;
			}
			expect(r.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/templates.json']);
			expect(bed.last().query).toEqual({});
			expect(r.json.map((t) => t.name)).toEqual(['welcome_message']);
			expect(r.json[0].translations).toEqual([
				expect.objectContaining({ language: 'por', variable_count: 2, status: 'approved' }),
			]);

			const pending = await bed.run({
				resource: 'template',
				operation: 'getAll',
				returnAll: false,
				limit: 5,
				filters: {
					name: 'order_shipped',
					status: 'P',
					uuid: TEMPLATE_PENDING.toUpperCase(),
					after: '2026-01-01T00:00:00.000Z',
					before: '2030-01-01T00:00:00.000Z',
				},
			});
			expect(pending.error).toBeUndefined();
			expect(bed.last().query).toEqual({
				name: 'order_shipped',
				status: 'P',
				uuid: TEMPLATE_PENDING,
				after: '2026-01-01T00:00:00.000Z',
				before: '2030-01-01T00:00:00.000Z',
			});
			expect(pending.json.map((t) => t.uuid)).toEqual([TEMPLATE_PENDING]);
		});

		test('a UUID filter that is not a UUID is refused before any request', async () => {
			const r = await getAllOf('template', { uuid: 'welcome' });
			expect(r.error?.message).toContain('"Template UUID" must be a UUID');
			expect(bed.fake.requests).toHaveLength(0);
		});
	});

	describe('Weni node › WhatsApp broadcasts', () => {
		test('Get Many lists what Send and Send Template sent, filtered by id and date', async () => {
			if (!flows) {
				const r = await getAllOf('whatsappBroadcast');
				expectRefused(
					bed,
					r,
					'"Operation" needs Weni Flows: RapidPro\'s API v2 has no WhatsApp broadcasts [item 0]',
				);
				return;
			}
			const sent = await bed.run({
				resource: 'message',
				operation: 'send',
				contact: contactUrn(1),
				text: 'Hello',
			});
			expect(sent.error).toBeUndefined();
			const template = await sendWelcome(contactUuid(2), 'list', {
				variables: 'Ana, 12/10',
			});
			expect(template.error).toBeUndefined();
			bed.fake.requests.length = 0;

			const all = await getAllOf('whatsappBroadcast');
			expect(all.error).toBeUndefined();
			expect(bed.calls()).toEqual(['GET /api/v2/whatsapp_broadcasts.json']);
			// Newest first (CreatedOnCursorPagination); metadata is the msg sent.
			expect(all.json.map((b) => b.metadata)).toEqual([
				{ template: { uuid: TEMPLATE_WELCOME, variables: ['Ana', '12/10'] } },
				{ text: 'Hello' },
			]);

			const id = Number(sent.json[0].id);
			const one = await getAllOf('whatsappBroadcast', { id, before: '2030-01-01T00:00:00.000Z' });
			expect(bed.last().query).toEqual({ id: String(id), before: '2030-01-01T00:00:00.000Z' });
			expect(one.json.map((b) => b.id)).toEqual([id]);
		});

		test('an ID that is not a whole number above 0 is refused before any request', async () => {
			const r = await getAllOf('whatsappBroadcast', { id: -3 });
			expectRefused(bed, r, '"Broadcast ID" must be at least 1 [item 0]');
		});
	});

	describe('Weni node › Send Template options', () => {
		test('header, footer, quick replies, URL button parameters and channel go into the documented msg', async () => {
			const r = await sendWelcome(contactUrn(1), 'id', {
				variables: '@contact.name, 12/10',
				options: {
					headerText: 'Hi @contact.name',
					footer: 'Acme Inc.',
					quickReplies: 'Yes, No',
					buttonParameters: 'order/1234',
					channel: CHANNEL_WHATSAPP,
				},
			});
			if (!flows) {
				expect(r.error?.message).toContain('needs Weni Flows');
				expect(bed.fake.requests).toHaveLength(0);
				return;
			}
			expect(r.error).toBeUndefined();
			expect(bed.last().body).toEqual({
				urns: [contactUrn(1)],
				channel: CHANNEL_WHATSAPP,
				msg: {
					template: { uuid: TEMPLATE_WELCOME, variables: ['@contact.name', '12/10'] },
					header: { type: 'text', text: 'Hi @contact.name' },
					footer: 'Acme Inc.',
					quick_replies: ['Yes', 'No'],
					buttons: [{ sub_type: 'url', parameters: [{ type: 'text', text: 'order/1234' }] }],
				},
			});
			expect(r.json[0]).toMatchObject({ status: 'queued' });
		});

		// Weni Flows only: on RapidPro the operation is refused before any request (tested above).
		(flows ? test : test.skip)(
			'a channel of another type is refused by Weni with its own words',
			async () => {
				const r = await sendWelcome(contactUrn(1), 'id', {
					variables: 'Ana, 12/10',
					options: { channel: 'b3f6e0a2-1c2d-4e5f-8a9b-0c1d2e3f4a5c' },
				});
				expect(r.error?.message).toContain('Invalid channel type');
				expect(bed.calls()).toEqual([
					'GET /api/v2/templates.json',
					'POST /api/v2/whatsapp_broadcasts.json',
				]);
			},
		);

		(flows ? test : test.skip)(
			'one field per template variable, its locales, and a count that differs is refused before sending',
			async () => {
				const params = { template: { __rl: true, mode: 'list', value: TEMPLATE_WELCOME } };
				const { fields } = await mapperFields(
					type('weni'),
					'getTemplateVariables',
					params,
					bed.credentials,
				);
				expect(fields.map((f) => [f.id, f.displayName, f.required])).toEqual([
					['1', '{{1}} in "Oi {{1}}, tudo certo para {{2}}?"', true],
					['2', '{{2}} in "Oi {{1}}, tudo certo para {{2}}?"', true],
				]);
				const locales = await loadOptions(
					pkg,
					type('weni'),
					'getTemplateLocales',
					params,
					bed.credentials,
				);
				expect(locales.map((l) => l.value)).toEqual(['', 'por']);

				bed.fake.requests.length = 0;
				const three = await sendWelcome(contactUrn(1), 'list', {
					templateVariables: {
						mappingMode: 'defineBelow',
						value: { 1: 'Ana', 2: '12/10', 3: 'x' },
					},
				});
				expect(three.error?.message).toBe(
					'"Template Variables" holds 3 values; template "welcome_message" (por) takes 2 [item 0]',
				);
				expect(bed.calls()).toEqual(['GET /api/v2/templates.json']);

				const two = await sendWelcome(contactUrn(1), 'list', {
					locale: 'por',
					templateVariables: { mappingMode: 'defineBelow', value: { 2: '12/10', 1: 'Ana' } },
				});
				expect(two.error).toBeUndefined();
				expect(bed.last().body).toMatchObject({
					msg: { template: { uuid: TEMPLATE_WELCOME, variables: ['Ana', '12/10'], locale: 'por' } },
				});
			},
		);

		test('the channel dropdown offers the channels a WhatsApp broadcast can use', async () => {
			const channels = await loadOptions(
				pkg,
				type('weni'),
				'getWhatsAppChannels',
				{},
				bed.credentials,
			);
			// RapidPro tells channel types (the Telegram bot is left out); Weni Flows does not.
			expect(channels.map((c) => c.name)).toEqual(flows ? ['Telegram', 'WhatsApp'] : ['WhatsApp']);
			expect(channels.find((c) => c.name === 'WhatsApp')).toEqual({
				name: 'WhatsApp',
				value: CHANNEL_WHATSAPP,
				description: '+5582999990000',
			});
		});
	});
});
