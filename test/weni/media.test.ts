/* eslint-disable @n8n/community-nodes/no-restricted-globals -- a test measuring the heap */
import { FakeServer } from '../fakes/server';
import { FakeWeni, WENI_TOKEN } from '../fakes/weni';
import { pkg, type } from '../harness/package';
import { ActiveTrigger } from '../harness/trigger';

/**
 * "Download Attachments" on a trigger (nodes/shared/webhook/media.ts), through the Weni
 * Trigger: real deliveries whose contact input carries media, fetched from the
 * fake's own host (with the token) or refused from another host.
 */
const fake = new FakeWeni();
/** Another host: plain http, not Weni's (a public host is fetched only over https). */
const elsewhere = new FakeServer(
	'',
	() => undefined,
	() => ({ status: 404, raw: 'Not found' }),
).on('GET', '/photo.jpg', () => ({
	status: 200,
	raw: 'jpeg',
	headers: { 'content-type': 'image/jpeg' },
}));

const files: Record<string, { type: string; body: string }> = {
	'/media/photo.jpg': { type: 'image/jpeg', body: 'JPEG-bytes-of-a-photo' },
	'/media/invoice.pdf': { type: 'application/pdf', body: '%PDF-1.7 an invoice' },
	'/media/voice.ogg': { type: 'audio/ogg', body: 'OggS a voice note' },
	'/media/big.mp4': { type: 'video/mp4', body: 'v'.repeat(2 * 1_048_576) },
	'/media/huge.pdf': { type: 'application/pdf', body: 'h'.repeat(20 * 1_048_576) },
};
let baseUrl = '';
let otherUrl = '';
beforeAll(async () => {
	for (const [path, file] of Object.entries(files)) {
		fake.on('GET', path, () => ({
			status: 200,
			raw: file.body,
			headers: { 'content-type': file.type },
		}));
	}
	fake.on('GET', '/media/reset.jpg', () => ({ status: 200, drop: true }));
	baseUrl = await fake.start();
	otherUrl = await elsewhere.start();
});
afterAll(async () => {
	await fake.stop();
	await elsewhere.stop();
});
beforeEach(() => {
	fake.reset();
	fake.requests.length = 0;
	elsewhere.requests.length = 0;
});

/** goflow's default resthook payload (flows/actions/call_resthook.go) with the input's attachments. */
function delivery(attachments: unknown[], run = 'r-1') {
	return {
		contact: {
			uuid: '0fd8a9ae-5a1c-4bd2-9f38-9a7d0f2e1a11',
			name: 'Manu',
			urn: 'whatsapp:5582999990000',
		},
		flow: { uuid: 'f5901b62-ba76-4003-9c62-72fdacc1b7b7', name: 'Support', revision: 3 },
		path: [{ uuid: 'p1', node_uuid: 'n1', arrived_on: '2026-11-22T10:00:00Z', exit_uuid: '' }],
		results: {},
		run: { uuid: run, created_on: '2026-11-22T10:00:00Z' },
		input: { uuid: 'i-1', type: 'msg', text: '', attachments, created_on: '2026-11-22T10:00:00Z' },
		channel: { uuid: 'ch-1', name: 'WhatsApp', address: '+5582999990000' },
	};
}

async function received(attachments: unknown[], options: Record<string, unknown> = {}) {
	const trigger = new ActiveTrigger(pkg, {
		type: type('weniTrigger'),
		parameters: { resthook: 'new-lead', ...options },
		credentials: { weniApi: { apiToken: WENI_TOKEN, baseUrl } },
	});
	await trigger.start();
	await trigger.activate();
	try {
		const target = new URL(String(fake.subscribers[0].target_url));
		const answer = await trigger.deliver(delivery(attachments), {
			query: { token: target.searchParams.get('token')! },
		});
		expect(answer.status).toBe(200);
		expect(trigger.executions).toHaveLength(1);
		return trigger.outputs()[0][0];
	} finally {
		await trigger.deactivate();
		await trigger.stop();
	}
}

const media = (path: string) => `${baseUrl.replace(/\/$/, '')}${path}`;

test('off by default: the item lists the media in the shared shape and nothing is downloaded', async () => {
	const item = await received([{ content_type: 'image/jpeg', url: media('/media/photo.jpg') }]);
	expect(item.json.attachments).toEqual([
		{
			type: 'image',
			mimeType: 'image/jpeg',
			url: media('/media/photo.jpg'),
			fileName: null,
			size: null,
		},
	]);
	expect(item.binary).toBeUndefined();
	expect(fake.requestsTo('GET', '/media/')).toHaveLength(0);
});

test('image, document and voice note become binary fields attachment_0..2 with name and type; fetched with the token', async () => {
	const item = await received(
		[
			{ content_type: 'image/jpeg', url: media('/media/photo.jpg') },
			'application/pdf:' + media('/media/invoice.pdf'),
			{ content_type: 'audio/ogg', url: media('/media/voice.ogg') },
		],
		{ downloadAttachments: true },
	);
	expect(item.json.attachmentErrors).toBeUndefined();
	expect(Object.keys(item.binary ?? {})).toEqual(['attachment_0', 'attachment_1', 'attachment_2']);
	const binary = item.binary!;
	expect(binary.attachment_0).toMatchObject({ mimeType: 'image/jpeg', fileName: 'photo.jpg' });
	expect(binary.attachment_1).toMatchObject({
		mimeType: 'application/pdf',
		fileName: 'invoice.pdf',
	});
	expect(binary.attachment_2).toMatchObject({ mimeType: 'audio/ogg', fileName: 'voice.ogg' });
	expect(Buffer.from(binary.attachment_1.data, 'base64').toString()).toBe('%PDF-1.7 an invoice');
	expect((item.json.attachments as Array<{ type: string }>).map((a) => a.type)).toEqual([
		'image',
		'document',
		'audio',
	]);
	const gets = fake.requestsTo('GET', '/media/');
	expect(gets).toHaveLength(3);
	expect(gets.every((r) => r.headers.authorization === `Token ${WENI_TOKEN}`)).toBe(true);
});

test('a missing file, a dropped connection, a file over Max File Size and another host: described on the item, which still runs', async () => {
	const item = await received(
		[
			{ content_type: 'image/jpeg', url: media('/media/gone.jpg') },
			{ content_type: 'image/jpeg', url: media('/media/reset.jpg') },
			{ content_type: 'video/mp4', url: media('/media/big.mp4') },
			{ content_type: 'image/jpeg', url: `${otherUrl.replace(/\/$/, '')}/photo.jpg` },
			{ content_type: 'image/jpeg', url: media('/media/photo.jpg') },
		],
		{ downloadAttachments: true, maxFileSizeMb: 1 },
	);
	const errors = item.json.attachmentErrors as Array<{ attachment: string; reason: string }>;
	expect(errors.map((e) => e.attachment)).toEqual([
		'attachment_0',
		'attachment_1',
		'attachment_2',
		'attachment_3',
	]);
	expect(errors[0].reason).toBe('HTTP 404');
	expect(errors[1].reason).not.toBe('');
	expect(errors[2].reason).toMatch(/^too large: /);
	expect(errors[3].reason).toMatch(/is not Weni's host, so it was not fetched$/);
	// The other host was never asked; the good file still arrived.
	expect(elsewhere.requests).toHaveLength(0);
	expect(Object.keys(item.binary ?? {})).toEqual(['attachment_4']);
});

test('a 20 MB document: delivered, answered before the download, heap grows by less than twice the file', async () => {
	global.gc?.();
	const before = process.memoryUsage().heapUsed;
	const item = await received(
		[{ content_type: 'application/pdf', url: media('/media/huge.pdf') }],
		{
			downloadAttachments: true,
		},
	);
	const grown = process.memoryUsage().heapUsed - before;
	expect(item.binary?.attachment_0).toMatchObject({
		mimeType: 'application/pdf',
		fileName: 'huge.pdf',
	});
	// The harness keeps binary data in memory (n8n's default mode); the download itself adds no copy of its own.
	expect(grown).toBeLessThan(2 * 20 * 1_048_576 * 1.5);
});
