import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readBinaryFile } from '../shared/binary';
import { multipartBody } from '../shared/multipart';
import type { OperationContext } from '../shared/operation';
import { invalid, shown } from '../shared/validation';
import type { Flavour } from './flavour';
import { FLAVOUR_NAMES, MAX_UPLOAD_BYTES, uploadableType } from './flavour';
import { endpoint } from './provider';
import { listOf, UUID } from './readers';

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
function readQuickReplies(op: OperationContext, value: unknown): QuickReply[] {
	const p = op.params;
	let replies: QuickReply[];
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		replies = p
			.entries('quickReplies', 'reply', { quickReplies: value as IDataObject })
			.map((entry) => {
				const reply: QuickReply = {
					text: p.check('replyText', entry.replyText, { required: true, maxLength: 64 }),
				};
				// QuickReplySerializer.extra: optional, at most 64 (weni-ai/rapidpro temba/api/v2/fields.py).
				const extra = p.check('replyExtra', entry.replyExtra, { maxLength: 64 });
				if (extra) reply.extra = extra;
				return reply;
			});
	} else {
		replies = listOf(p, 'quickReplies', value, MAX_QUICK_REPLIES).map((text) => ({
			text: p.check('quickReplies', text, { maxLength: 64 }),
		}));
	}
	if (replies.length > MAX_QUICK_REPLIES) {
		throw invalid(
			p.node,
			p.label('quickReplies'),
			op.itemIndex,
			`can hold at most ${MAX_QUICK_REPLIES} replies (got ${replies.length})`,
		);
	}
	return replies;
}

/** Reads Text and the Options (attachments, binary files, quick replies); text or an attachment is needed. */
export function readMessageContent(op: OperationContext): MessageContent {
	const p = op.params;
	const text = p.string('text', { maxLength: 4096 });
	const options = p.collection('options');
	const attachments = listOf(p, 'attachments', options.attachments, MAX_ATTACHMENTS).map((a) => {
		if (UUID.test(a) || TYPED_URL.test(a)) return a;
		throw invalid(
			p.node,
			p.label('attachments'),
			op.itemIndex,
			`must be content-type:URL, like image/jpeg:https://example.com/photo.jpg, or a media UUID (got "${shown(a)}")`,
			'To attach a file of the workflow, name its binary field in "Input Binary Field" instead.',
		);
	});
	const files = listOf(p, 'binaryProperties', options.binaryProperties, MAX_ATTACHMENTS);
	if (attachments.length + files.length > MAX_ATTACHMENTS) {
		throw invalid(
			p.node,
			p.label('attachments'),
			op.itemIndex,
			`and binary files together can be at most ${MAX_ATTACHMENTS}`,
		);
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
 * Refuses, before anything is sent, attachments this server cannot take:
 * - RapidPro's MediaField takes only its own media: a Media UUID, or
 *   `content-type:url` whose URL contains one (weni-ai/rapidpro temba/api/v2/fields.py
 *   MediaField; "Attachments are media object UUIDs returned from POSTing to the
 *   media endpoint", views.py). A public URL gets 400 "No such object".
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
		if (flavour === 'flows' && !url) {
			throw invalid(
				p.node,
				p.label('attachments'),
				op.itemIndex,
				`must be content-type:URL on Weni Flows, which has no media UUIDs (got "${shown(attachment)}")`,
				'Give a public URL, like image/jpeg:https://example.com/photo.jpg, or the file in "Input Binary Field".',
			);
		}
		if (flavour === 'rapidpro' && url && !hasUuid(url)) {
			throw invalid(
				p.node,
				p.label('attachments'),
				op.itemIndex,
				`is a URL RapidPro does not store: it takes only its own media (got "${shown(attachment)}")`,
				'Download the file first (for example with an HTTP Request node) and name its binary field in "Input Binary Field": the node uploads it to media.json.',
			);
		}
	}
}

function hasUuid(url: string): boolean {
	return /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(url);
}

/** A value the upload's answer must carry (checked, so a malformed answer is never sent on as an attachment). */
function answered(op: OperationContext, media: IDataObject, key: string, shape: RegExp): string {
	const value = media?.[key];
	if (typeof value === 'string' && shape.test(value)) return value;
	throw new NodeOperationError(
		op.ctx.getNode(),
		`Weni accepted the upload but its answer has no ${key} to attach [item ${op.itemIndex}]`,
		{
			itemIndex: op.itemIndex,
			description: 'Nothing was sent. Check the Base URL and the API Flavour of the credential.',
		},
	);
}

function extensionOf(fileName: string, contentType: string): string {
	const dot = fileName.lastIndexOf('.');
	if (dot > 0 && dot < fileName.length - 1) return fileName.slice(dot + 1).toLowerCase();
	return contentType.split('/')[1]?.split(/[;+]/)[0] ?? 'bin';
}

/**
 * Uploads the item's binary files and returns every attachment as the server
 * sends it. Each file is read and checked (size, type) before the first upload.
 * - RapidPro: `POST media.json`, multipart `file` → a Media `{uuid, content_type, url}`;
 *   the UUID is the attachment (weni-ai/rapidpro serializers.py MediaWriteSerializer).
 * - Weni Flows: `POST media.json`, multipart `media_file` + `extension` → `{location}`,
 *   a public URL (weni-ai/flows views.py MediaEndpoint, orgs/models.py save_media).
 */
export async function uploadAttachments(
	op: OperationContext,
	content: MessageContent,
	flavour: Flavour,
): Promise<string[]> {
	const p = op.params;
	const label = p.label('binaryProperties');
	const files = [];
	for (const property of content.files) {
		const file = await readBinaryFile(op.ctx, op.itemIndex, property, label);
		if (file.data.length > MAX_UPLOAD_BYTES) {
			throw invalid(
				p.node,
				label,
				op.itemIndex,
				`names a file of ${(file.data.length / 1024 / 1024).toFixed(1)} MB; ${FLAVOUR_NAMES[flavour]} takes at most 25 MB`,
			);
		}
		if (flavour === 'rapidpro' && !uploadableType(file.contentType)) {
			throw invalid(
				p.node,
				label,
				op.itemIndex,
				`names a ${file.contentType} file, a type RapidPro does not take`,
				'RapidPro takes images (JPEG, PNG, GIF, WebP, AVIF, APNG), audio, video and PDF.',
			);
		}
		files.push(file);
	}
	const uploaded: string[] = [];
	for (const file of files) {
		if (flavour === 'rapidpro') {
			const form = multipartBody({}, [{ field: 'file', ...file }]);
			const media = await op.request<IDataObject>({
				method: 'POST',
				path: endpoint('media'),
				body: form.body,
				headers: { 'Content-Type': form.contentType },
			});
			uploaded.push(answered(op, media, 'uuid', UUID));
		} else {
			const form = multipartBody({ extension: extensionOf(file.fileName, file.contentType) }, [
				{ field: 'media_file', ...file },
			]);
			const media = await op.request<IDataObject>({
				method: 'POST',
				path: endpoint('media'),
				body: form.body,
				headers: { 'Content-Type': form.contentType },
			});
			uploaded.push(`${file.contentType}:${answered(op, media, 'location', /^https?:\/\/\S+$/)}`);
		}
	}
	return [...content.attachments, ...uploaded];
}

/** RapidPro's quick replies: `[{text, extra?}]` (weni-ai/rapidpro fields.py QuickReplySerializer). */
export function rapidProQuickReplies(content: MessageContent): IDataObject[] {
	return content.quickReplies.map((r) => ({ ...r }));
}

/**
 * Weni Flows' quick replies: plain strings in `msg.quick_replies` (weni-ai/flows
 * views.py WhatsappBroadcastsEndpoint example); an `extra` has nowhere to go.
 */
export function flowsQuickReplies(op: OperationContext, content: MessageContent): string[] {
	if (content.quickReplies.some((r) => r.extra !== undefined)) {
		throw invalid(
			op.params.node,
			op.params.label('quickReplies'),
			op.itemIndex,
			'carry an Extra, which Weni Flows does not take',
			'Leave Extra empty on Weni Flows; it sends quick replies as plain texts.',
		);
	}
	return content.quickReplies.map((r) => r.text);
}
