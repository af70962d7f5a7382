import { parseMultipart } from '../fakes/heyy';
import { expectBody, expectRefused, expectSent } from '../harness/expect';
import { heyyBed } from './setup';

const bed = heyyBed();
const API = '/api/v2.0';
const CHANNEL = 'ch_wa_1';
const channelId = { __rl: true, mode: 'list', value: CHANNEL };
const base = { resource: 'broadcast', channelId };

beforeAll(() => bed.fake.seedContacts(3));

/** Creates a broadcast through the node and returns its id. */
async function created(name = 'Spring sale'): Promise<string> {
	const r = await bed.run({
		...base,
		operation: 'create',
		name,
		workflowId: { __rl: true, mode: 'id', value: 'wf_1' },
	});
	expect(r.error).toBeUndefined();
	return String(r.json[0].id);
}

describe('Heyy node › broadcast (MindCloud catalog, docs.heyy.io broadcast pages)', () => {
	test('create: POST /{channelId}/broadcasts with name, workflowId, template and schedule', async () => {
		const r = await bed.run({
			...base,
			operation: 'create',
			name: 'Spring sale',
			workflowId: { __rl: true, mode: 'list', value: 'wf_1' },
			additionalFields: {
				messageTemplateId: { __rl: true, mode: 'list', value: 'tpl_1' },
				isScheduled: true,
				scheduledAt: '2026-12-24T09:00:00+01:00',
				isReoccurring: true,
				recurrenceRules: ['FREQ=WEEKLY;BYDAY=MO'],
			},
		});
		expectSent(bed, r, [`POST ${API}/ch_wa_1/broadcasts`]);
		expect(bed.last().query).toEqual({});
		expect(bed.last().body).toEqual({
			name: 'Spring sale',
			workflowId: 'wf_1',
			messageTemplateId: 'tpl_1',
			isScheduled: true,
			isReoccurring: true,
			scheduledAt: '2026-12-24T08:00:00.000Z',
			recurrenceRules: ['FREQ=WEEKLY;BYDAY=MO'],
		});
		expect(r.json[0]).toMatchObject({
			id: expect.stringMatching(/^brd_/),
			name: 'Spring sale',
			status: 'DRAFT',
		});
	});

	test('get many, get, update and delete use the documented methods and paths', async () => {
		const id = await created('Autumn');
		bed.fake.requests.length = 0;
		const all = await bed.run({ ...base, operation: 'getAll', returnAll: true });
		expect(all.json.map((b) => b.name)).toContain('Autumn');
		const one = await bed.run({
			...base,
			operation: 'get',
			broadcastId: { __rl: true, mode: 'id', value: id },
		});
		expect(one.json[0]).toMatchObject({ id, name: 'Autumn' });
		const updated = await bed.run({
			...base,
			operation: 'update',
			broadcastId: { __rl: true, mode: 'list', value: id },
			updateFields: {
				name: 'Autumn 2',
				workflowId: { __rl: true, mode: 'id', value: 'wf_2' },
				isScheduled: false,
			},
		});
		expect(updated.error).toBeUndefined();
		expect(bed.fake.requests[2].body).toEqual({
			name: 'Autumn 2',
			workflowId: 'wf_2',
			isScheduled: false,
		});
		const gone = await bed.run({
			...base,
			operation: 'delete',
			broadcastId: { __rl: true, mode: 'id', value: id },
		});
		expect(gone.json[0]).toEqual({ deleted: true, id });
		expect(bed.calls()).toEqual([
			`GET ${API}/ch_wa_1/broadcasts`,
			`GET ${API}/ch_wa_1/broadcasts/${id}`,
			`PUT ${API}/ch_wa_1/broadcasts/${id}`,
			`DELETE ${API}/ch_wa_1/broadcasts/${id}`,
		]);
		expect(bed.fake.broadcasts.some((b) => b.id === id)).toBe(false);
	});

	test('an update with nothing to change sends nothing', async () => {
		const r = await bed.run({
			...base,
			operation: 'update',
			broadcastId: { __rl: true, mode: 'id', value: 'brd_x' },
		});
		expectRefused(bed, r, '"Update Fields" is required [item 0]');
	});

	test('recipients: add (contactsIds), list, remove (ids)', async () => {
		const id = await created('Recipients');
		const broadcastId = { __rl: true, mode: 'id', value: id };
		bed.fake.requests.length = 0;
		const added = await bed.run({
			...base,
			operation: 'addRecipients',
			broadcastId,
			contactIds: 'con_0001, con_0002,con_0003',
		});
		expectBody(bed, added, { contactsIds: ['con_0001', 'con_0002', 'con_0003'] });
		expect(added.json[0].added).toEqual(['con_0001', 'con_0002', 'con_0003']);
		const listed = await bed.run({ ...base, operation: 'getRecipients', broadcastId, limit: 2 });
		expect(listed.json.map((c) => c.id)).toEqual(['con_0001', 'con_0002']);
		const removed = await bed.run({
			...base,
			operation: 'removeRecipients',
			broadcastId,
			recipientIds: '={{ ["con_0002"] }}',
		});
		expect(removed.error).toBeUndefined();
		expect(bed.last().method).toBe('DELETE');
		expect(bed.last().body).toEqual({ ids: ['con_0002'] });
		expect((removed.json[0].recipients as Array<{ id: string }>).map((c) => c.id)).toEqual([
			'con_0001',
			'con_0003',
		]);
		expect(bed.calls()).toEqual([
			`POST ${API}/ch_wa_1/broadcasts/${id}/recipients`,
			`GET ${API}/ch_wa_1/broadcasts/${id}/recipients`,
			`DELETE ${API}/ch_wa_1/broadcasts/${id}/recipients`,
		]);
	});

	test('recipients without any ID are refused before any request', async () => {
		const r = await bed.run({
			...base,
			operation: 'addRecipients',
			broadcastId: { __rl: true, mode: 'id', value: 'brd_1' },
			contactIds: ' , ',
		});
		expectRefused(bed, r, '"Contact IDs" is required [item 0]');
	});

	test('start: POST .../start, with no body fields, or with mediaId from a binary file uploaded first', async () => {
		const id = await created('Start me');
		const broadcastId = { __rl: true, mode: 'id', value: id };
		bed.fake.requests.length = 0;
		const plain = await bed.run({ ...base, operation: 'start', broadcastId });
		expectSent(bed, plain, [`POST ${API}/ch_wa_1/broadcasts/${id}/start`]);
		expect(bed.last().body).toBeUndefined(); // no mediaId: nothing to send
		expect(plain.json[0]).toMatchObject({ id, status: 'SENDING' });
		bed.fake.requests.length = 0;
		const withMedia = await bed.runWithFiles(
			{
				...base,
				operation: 'start',
				broadcastId,
				fileSource: 'binary',
				binaryPropertyName: 'data',
			},
			[{ files: [{ fileName: 'promo.mp4', mimeType: 'video/mp4', content: 'MP4' }] }],
		);
		expect(withMedia.error).toBeUndefined();
		expect(
			parseMultipart(bed.fake.requests[0])?.find((part) => part.name === 'format')?.value,
		).toBe('VIDEO');
		const fileId = bed.fake.files[bed.fake.files.length - 1].id;
		expect(bed.last().body).toEqual({ mediaId: fileId });
	});

	test("a broadcast of another channel is not found, in Heyy's words", async () => {
		const r = await bed.run({
			...base,
			operation: 'get',
			broadcastId: { __rl: true, mode: 'id', value: 'brd_none' },
		});
		expect(r.error?.message).toBe('Heyy error 404: Broadcast not found');
	});
});

/*
 * No source shows what Heyy answers a broadcast create, a recipients write or an upload: the node
 * reads the ID where Heyy's documented answers put it (`data.id`) and where sibling requests name
 * it (`broadcastId`, `fileId`, `mediaId`, under `broadcast` or `file`). Each answer here is a guess.
 */
describe('Heyy node › answers no source shows, read robustly', () => {
	const answer = (body: unknown, path: RegExp) =>
		bed.fake.failNext({ status: 201, body }, 1, (req) => path.test(req.path));

	test.each([
		['{data: {broadcast: {...}}}', { data: { broadcast: { id: 'brd_a', name: 'A' } } }, 'brd_a'],
		['{data: {broadcastId}}', { data: { broadcastId: 'brd_b', name: 'B' } }, 'brd_b'],
		['a bare broadcast', { id: 'brd_c', name: 'C' }, 'brd_c'],
	])('create answered as %s gives the broadcast ID as id', async (_shape, body, id) => {
		answer(body, /\/broadcasts$/);
		const r = await bed.run({
			...base,
			operation: 'create',
			name: 'Shapes',
			workflowId: { __rl: true, mode: 'id', value: 'wf_1' },
		});
		expect(r.error).toBeUndefined();
		expect(r.json[0].id).toBe(id);
	});

	test('add recipients answered with the broadcast holding them lists them', async () => {
		answer(
			{ data: { broadcast: { id: 'brd_d', recipients: [{ id: 'con_0001' }] } } },
			/\/recipients$/,
		);
		const r = await bed.run({
			...base,
			operation: 'addRecipients',
			broadcastId: { __rl: true, mode: 'id', value: 'brd_d' },
			contactIds: 'con_0001',
		});
		expect(r.error).toBeUndefined();
		expect(r.json[0]).toEqual({ added: ['con_0001'], recipients: [{ id: 'con_0001' }] });
	});

	test.each([
		['{data: {file: {id}}}', { data: { file: { id: 'file_a', name: 'a.pdf' } } }, 'file_a'],
		['{data: {fileId}}', { data: { fileId: 'file_b', name: 'b.pdf' } }, 'file_b'],
		['{mediaId}', { mediaId: 'file_c' }, 'file_c'],
	])('an upload answered as %s gives the file ID as id', async (_shape, body, id) => {
		answer(body, /\/upload_file$/);
		const r = await bed.runWithFiles(
			{ resource: 'file', operation: 'upload', binaryPropertyName: 'data', format: 'DOCUMENT' },
			[{ files: [{ fileName: 'x.pdf', mimeType: 'application/pdf', content: '%PDF' }] }],
		);
		expect(r.error).toBeUndefined();
		expect(r.json[0].id).toBe(id);
	});
});
