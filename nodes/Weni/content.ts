import type { IDataObject } from 'n8n-workflow';

import { downloadFile, readBinaryFile } from '../shared/binary';
import { multipartBody } from '../shared/multipart';
import type { OperationContext } from '../shared/definitions';
import { shown } from '../shared/validation';
import type { Flavour } from './flavour';
import { FLAVOUR_NAMES, MAX_UPLOAD_BYTES, uploadableType } from './flavour';
import { endpoint } from './provider';
import { UUID } from './readers';

/** `content-type:url`, the attachment form both servers read (weni-ai/rapidpro temba/msgs Attachment.parse). */
const TYPED_URL = /^([\w.+-]+\/[\w.+-]+):(https?:\/\/\S+)$/;

/** RapidPro's Msg.MAX_ATTACHMENTS and MAX_QUICK_REPLIES (weni-ai/rapidpro temba/msgs/models.py). */
const MAX_ATTACHMENTS = 10;
const MAX_QUICK_REPLIES = 10;

export interface QuickReply {
	text: string;
	extra?: string;
}

/** What a message or broadcast carries, validated, before any request. */
export interface MessageContent {
	text?: string;
	/** Media UUIDs or `content-type:url` values given as text. */
	attachments: string[];
	/** Binary fields of the input item, uploaded just before sending. */
	files: string[];
	quickReplies: QuickReply[];
}

/** Quick replies from the fixedCollection (text and extra), or from an expression (texts). */
export function readQuickReplies(op: OperationContext, value: unknown): QuickReply[] {
	const p = op.params;
	let replies: QuickReply[];
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		replies = p
			.entries('quickReplies', 'reply', { quickReplies: value as IDataObject })
			.map((entry) => {
				const reply: QuickReply = {
					text: p.checkText('replyText', entry.replyText, { required: true, maxLength: 64 }),
				};
				// QuickReplySerializer.extra: optional, at most 64 (weni-ai/rapidpro temba/api/v2/fields.py).
				const extra = p.checkText('replyExtra', entry.replyExtra, { maxLength: 64 });
				if (extra) reply.extra = extra;
				return reply;
			});
	} else {
		replies = p.list('quickReplies', value, MAX_QUICK_REPLIES).map((text) => ({
			text: p.checkText('quickReplies', text, { maxLength: 64 }),
		}));
	}
	if (replies.length > MAX_QUICK_REPLIES) {
		throw p.invalid(
			'quickReplies',
			`can hold at most ${MAX_QUICK_REPLIES} replies (got ${replies.length})`,
		);
	}
	return replies;
}

/** Reads Text and the Options (attachments, binary files, quick replies); text or an attachment is needed. */
export function readMessageContent(op: OperationContext): MessageContent {
	const p = op.params;
	const text = p.readText('text', { maxLength: 4096 });
	const options = p.collection('options');
	const attachments = p.list('attachments', options.attachments, MAX_ATTACHMENTS).map((a) => {
		if (UUID.test(a) || TYPED_URL.test(a)) return a;
		throw p.invalid(
			'attachments',
			`must be content-type:URL, like image/jpeg:https://example.com/photo.jpg, or a media UUID (got "${shown(a)}")`,
			'To attach a file of the workflow, name its binary field in "Input Binary Field" instead.',
		);
	});
	const files = p.list('binaryProperties', options.binaryProperties, MAX_ATTACHMENTS);
	if (attachments.length + files.length > MAX_ATTACHMENTS) {
		throw p.invalid('attachments', `and binary files together can be at most ${MAX_ATTACHMENTS}`);
	}
	if (!text && attachments.length === 0 && files.length === 0) {
		throw p.required('text', 'Enter a text, or add attachments under Options.');
	}
	return {
		text: text || undefined,
		attachments,
		files,
		quickReplies: readQuickReplies(op, options.quickReplies),
	};
}

/**
 * A `content-type:url` attachment RapidPro must be given as an upload: its
 * MediaField takes only its own media, a Media UUID or `content-type:url` whose
 * URL contains one (weni-ai/rapidpro temba/api/v2/fields.py MediaField;
 * "Attachments are media object UUIDs returned from POSTing to the media
 * endpoint", views.py); a public URL gets 400 "No such object". Such a URL is
 * downloaded and uploaded to media.json instead (uploadAttachments).
 */
function publicOnRapidPro(
	attachment: string,
	flavour: Flavour,
): { contentType: string; url: string } | undefined {
	const match = TYPED_URL.exec(attachment);
	if (flavour !== 'rapidpro' || !match || hasUuid(match[2])) return undefined;
	return { contentType: match[1], url: match[2] };
}

/**
 * Refuses, before anything is sent, attachments this server cannot take:
 * - RapidPro: a public URL of a type it cannot store (it is uploaded, see publicOnRapidPro).
 * - Weni Flows sends attachments as public `content-type:url` strings
 *   (weni-ai/flows views.py WhatsappBroadcastsEndpoint); it has no Media UUIDs.
 */
export function checkAttachments(
	op: OperationContext,
	content: MessageContent,
	flavour: Flavour,
): void {
	const p = op.params;
	for (const attachment of content.attachments) {
		const url = TYPED_URL.exec(attachment)?.[2];
		const download = publicOnRapidPro(attachment, flavour);
		if (download && !uploadableType(download.contentType)) {
			throw p.invalid(
				'attachments',
				`is a ${download.contentType} file, a type RapidPro does not take (got "${shown(attachment)}")`,
				'RapidPro takes images (JPEG, PNG, GIF, WebP, AVIF, APNG), audio, video and PDF.',
			);
		}
		if (flavour === 'flows' && !url) {
			throw p.invalid(
				'attachments',
				`must be content-type:URL on Weni Flows, which has no media UUIDs (got "${shown(attachment)}")`,
				'Give a public URL, like image/jpeg:https://example.com/photo.jpg, or the file in "Input Binary Field".',
			);
		}
	}
}

/** Whether what a URL served can be the file its attachment names (a login page is not an image). */
function servedAs(declared: string, served: string): boolean {
	const type = served.toLowerCase();
	if (!type || type === 'application/octet-stream' || type === 'binary/octet-stream') return true;
	const [major] = declared.toLowerCase().split('/');
	return major === 'application' ? type === declared.toLowerCase() : type.startsWith(`${major}/`);
}

function hasUuid(url: string): boolean {
	return /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(url);
}

/** A value the upload's answer must carry (checked, so a malformed answer is never sent on as an attachment). */
function answered(op: OperationContext, media: IDataObject, key: string, shape: RegExp): string {
	const value = media?.[key];
	if (typeof value === 'string' && shape.test(value)) return value;
	throw op.params.fail(
		`Weni accepted the upload but its answer has no ${key} to attach`,
		'Nothing was sent. Check the Base URL and the API Flavour of the credential.',
	);
}

function extensionOf(fileName: string, contentType: string): string {
	const dot = fileName.lastIndexOf('.');
	if (dot > 0 && dot < fileName.length - 1) return fileName.slice(dot + 1).toLowerCase();
	return contentType.split('/')[1]?.split(/[;+]/)[0] ?? 'bin';
}

interface FileToUpload {
	data: Buffer;
	fileName: string;
	contentType: string;
}

/**
 * One file to `media.json`, answered as what a message attaches:
 * - RapidPro: multipart `file` → a Media `{uuid, content_type, url}`; the UUID is
 *   the attachment (weni-ai/rapidpro serializers.py MediaWriteSerializer).
 * - Weni Flows: multipart `media_file` + `extension` → `{location}`, a public URL
 *   (weni-ai/flows views.py MediaEndpoint, orgs/models.py save_media).
 */
async function upload(op: OperationContext, file: FileToUpload, flavour: Flavour): Promise<string> {
	const form =
		flavour === 'rapidpro'
			? multipartBody({}, [{ field: 'file', ...file }])
			: multipartBody({ extension: extensionOf(file.fileName, file.contentType) }, [
					{ field: 'media_file', ...file },
				]);
	const media = await op.request<IDataObject>({
		method: 'POST',
		path: endpoint('media'),
		body: form.body,
		headers: { 'Content-Type': form.contentType },
	});
	return flavour === 'rapidpro'
		? answered(op, media, 'uuid', UUID)
		: `${file.contentType}:${answered(op, media, 'location', /^https?:\/\/\S+$/)}`;
}

/**
 * Uploads what the server needs uploaded and returns every attachment as it is
 * sent: the given attachments in their order (on RapidPro a public URL is
 * downloaded and replaced by its Media UUID), then the item's binary files.
 * Every file is read or downloaded and checked (size, type) before the first
 * upload, so an item that fails uploads nothing.
 */
export async function uploadAttachments(
	op: OperationContext,
	content: MessageContent,
	flavour: Flavour,
): Promise<string[]> {
	const p = op.params;
	const downloads = new Map<number, FileToUpload>();
	for (const [index, attachment] of content.attachments.entries()) {
		const source = publicOnRapidPro(attachment, flavour);
		if (!source) continue;
		const label = p.label('attachments');
		const file = await downloadFile(op.ctx, op.itemIndex, source.url, label, MAX_UPLOAD_BYTES);
		if (!servedAs(source.contentType, file.contentType)) {
			throw p.invalid(
				'attachments',
				`names a ${source.contentType} file, but ${new URL(source.url).host} served ${file.contentType} (got "${shown(attachment)}")`,
				'Check that the URL is the file itself, public, and not a page about it.',
			);
		}
		// The type written in the attachment is the one RapidPro would store for it.
		downloads.set(index, { ...file, contentType: source.contentType });
	}
	const label = p.label('binaryProperties');
	const files: FileToUpload[] = [];
	for (const property of content.files) {
		const file = await readBinaryFile(op.ctx, op.itemIndex, property, label);
		if (file.data.length > MAX_UPLOAD_BYTES) {
			throw p.invalid(
				'binaryProperties',
				`names a file of ${(file.data.length / 1024 / 1024).toFixed(1)} MB; ${FLAVOUR_NAMES[flavour]} takes at most 25 MB`,
			);
		}
		if (flavour === 'rapidpro' && !uploadableType(file.contentType)) {
			throw p.invalid(
				'binaryProperties',
				`names a ${file.contentType} file, a type RapidPro does not take`,
				'RapidPro takes images (JPEG, PNG, GIF, WebP, AVIF, APNG), audio, video and PDF.',
			);
		}
		files.push(file);
	}
	const attachments: string[] = [];
	for (const [index, attachment] of content.attachments.entries()) {
		const file = downloads.get(index);
		attachments.push(file ? await upload(op, file, flavour) : attachment);
	}
	for (const file of files) attachments.push(await upload(op, file, flavour));
	return attachments;
}

/** RapidPro's quick replies: `[{text, extra?}]` (weni-ai/rapidpro fields.py QuickReplySerializer). */
export function rapidProQuickReplies(content: MessageContent): IDataObject[] {
	return content.quickReplies.map((r) => ({ ...r }));
}

/**
 * Weni Flows' quick replies: plain strings in `msg.quick_replies` (weni-ai/flows
 * views.py WhatsappBroadcastsEndpoint example); an `extra` has nowhere to go.
 */
export function flowsQuickReplies(op: OperationContext, quickReplies: QuickReply[]): string[] {
	if (quickReplies.some((r) => r.extra !== undefined)) {
		throw op.params.invalid(
			'quickReplies',
			'carry an Extra, which Weni Flows does not take',
			'Leave Extra empty on Weni Flows; it sends quick replies as plain texts.',
		);
	}
	return quickReplies.map((r) => r.text);
}
