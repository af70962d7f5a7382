import type { IDataObject } from 'n8n-workflow';

import { expectSent } from '../harness/expect';
import { operationRunner } from '../harness/operation';
import { spokiBed } from './setup';

/**
 * The Spoki rows of docs/api/audit-spoki-weni.md: where the sources
 * disagree the fake serves each reading in turn, and the node must give the
 * same answer under both. Each test failed against the node before the fix.
 */
const bed = spokiBed();
const run = operationRunner(bed);

afterEach(() => {
	bed.fake.campaignDates = 'date';
	bed.fake.ticketStatus = { casing: 'upper', mismatch: 'choice' };
	bed.fake.patchNeedsPhone = false;
});

describe('S4: campaign date filters, YYYY-MM-DD ([PHP]) or ISO 8601 ([CMP], seed)', () => {
	beforeAll(() => {
		bed.fake.campaigns.push(
			{
				id: 74,
				name: 'Feb 1 morning',
				scheduled_datetime: '2026-02-01T08:00:00Z',
				status: 'DRAFT',
			},
			{
				id: 75,
				name: 'Feb 1 evening',
				scheduled_datetime: '2026-02-01T18:00:00Z',
				status: 'DRAFT',
			},
		);
	});

	test.each(['date', 'datetime'] as const)(
		'exact instants are honoured when the server reads %s filters',
		async (reading) => {
			bed.fake.campaignDates = reading;
			const r = await run('campaign', 'getAll', {
				returnAll: true,
				filters: {
					scheduledAfter: '2026-02-01T12:00:00Z',
					scheduledBefore: '2026-03-15T10:00:00Z',
				},
			});
			expect(r.error).toBeUndefined();
			expect(bed.last().query).toEqual({
				scheduled_datetime_gte: '2026-01-31',
				scheduled_datetime_lte: '2026-03-16',
			});
			expect(r.json.map((c) => c.name)).toEqual(['February', 'March', 'Feb 1 evening']);
		},
	);

	test('a Limit counts only the campaigns kept', async () => {
		const r = await run('campaign', 'getAll', {
			limit: 1,
			filters: { scheduledAfter: '2026-02-01T12:00:00Z' },
		});
		expect(r.json.map((c) => c.name)).toEqual(['February']);
	});
});

describe('S6: ticket status casing, OPEN (seed) or Open ([PHP] examples)', () => {
	beforeAll(() => bed.fake.seedTickets(8));

	test.each([
		['upper', 'choice'],
		['upper', 'exact'],
		['title', 'choice'],
		['title', 'exact'],
	] as const)(
		'server taking %s casing (%s filter) lists the open tickets',
		async (casing, mismatch) => {
			bed.fake.ticketStatus = { casing, mismatch };
			const r = await run('ticket', 'getAll', {
				returnAll: true,
				filters: { status: 'OPEN' },
			});
			expect(r.error).toBeUndefined();
			expect(r.json.length).toBeGreaterThan(0);
			expect(r.json.every((t) => t.status === 'Open')).toBe(true);
			const sent = bed.fake.requests.map((q) => q.query.status);
			expect(sent).toEqual(casing === 'upper' ? ['OPEN'] : ['OPEN', 'Open']);
		},
	);
});

describe('S12: custom field list filters by code and by label separately', () => {
	beforeAll(() => {
		bed.fake.customFields.push({
			id: 63,
			label: 'Reorder Day',
			code: 'RESTOCK_DAY',
			field_type: 2,
			example: '2026-01-01',
		});
	});

	test('Code keeps fields whose code contains the text, not those matching only by label', async () => {
		const r = await run('customField', 'getAll', {
			returnAll: true,
			filters: { code: 'order' },
		});
		expect(r.error).toBeUndefined();
		expect(bed.last().query).toEqual({ search: 'order' });
		expect(r.json.map((f) => f.code)).toEqual(['ORDER_ID']);
	});

	test('Label keeps fields whose label contains the text', async () => {
		const r = await run('customField', 'getAll', {
			returnAll: true,
			filters: { label: 'order' },
		});
		expect(r.json.map((f) => f.code)).toEqual(['ORDER_ID', 'RESTOCK_DAY']);
	});

	test('both together', async () => {
		const r = await run('customField', 'getAll', {
			returnAll: true,
			filters: { code: 'DAY', label: 'reorder' },
		});
		expect(r.json.map((f) => f.code)).toEqual(['RESTOCK_DAY']);
	});

	test('Limit counts the kept fields: pages are read until enough are kept', async () => {
		const size = bed.fake.pageSize;
		bed.fake.pageSize = 1;
		try {
			const r = await run('customField', 'getAll', {
				returnAll: false,
				limit: 2,
				filters: { label: 'order' },
			});
			expect(r.error).toBeUndefined();
			expect(r.json.map((f) => f.code)).toEqual(['ORDER_ID', 'RESTOCK_DAY']);
			// Spoki's search matches by label or code: pages of one, some dropped, and no page after the second kept.
			expect(bed.fake.requests.length).toBeGreaterThanOrEqual(2);
			expect(bed.fake.requests.at(-1)?.query).toMatchObject({ search: 'order' });
		} finally {
			bed.fake.pageSize = size;
		}
	});
});

describe('S5: contact update without a GET, robust to a server that wants the phone', () => {
	beforeAll(() => bed.fake.seedContacts(2));

	test('one PATCH with only the changed fields', async () => {
		const id = bed.fake.contacts[0].id;
		const r = await run('contact', 'update', {
			contactId: String(id),
			updateFields: { firstName: 'Ada' },
		});
		expectSent(bed, r, [`PATCH /api/1/contacts/${id}/`], { first_name: 'Ada' });
	});

	test('a 400 naming phone is answered by reading the phone and sending once more', async () => {
		bed.fake.patchNeedsPhone = true;
		const contact = bed.fake.contacts[1];
		const r = await run('contact', 'update', {
			contactId: String(contact.id),
			updateFields: { firstName: 'Bea' },
		});
		expectSent(
			bed,
			r,
			[
				`PATCH /api/1/contacts/${contact.id}/`,
				`GET /api/1/contacts/${contact.id}/`,
				`PATCH /api/1/contacts/${contact.id}/`,
			],
			{ phone: contact.phone, first_name: 'Bea' },
		);
		expect((r.json[0] as IDataObject).first_name).toBe('Bea');
	});
});
