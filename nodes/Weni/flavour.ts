import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { apiFailureOf, passOn } from '../shared/errors';
import type { OperationContext } from '../shared/definitions';
import type { RequestContext } from '../shared/transport';
import { apiRequest, credentialState } from '../shared/transport';
import { endpoint, weni } from './provider';

/**
 * Weni answers with one of two APIs (docs/api/weni-fork.md):
 * - `flows`: Weni's own platform code, weni-ai/flows (the seed article's API);
 * - `rapidpro`: current RapidPro API v2 (nyaruka/rapidpro, weni-ai/rapidpro, TextIt).
 * Which one a workspace speaks is not documented, so it is detected once per
 * credential and base URL (or forced by the credential's "API Flavour").
 */
export type Flavour = 'flows' | 'rapidpro';

export const FLAVOUR_NAMES: Record<Flavour, string> = { flows: 'Weni Flows', rapidpro: 'RapidPro' };

/** Process-wide: a workspace does not change API between runs. Keyed by a hash, never the token itself. */
const detected = new Map<string, Promise<Flavour>>();

/**
 * `fields.json` rows tell the two apart: weni-ai/flows temba/api/v2/serializers.py
 * ContactFieldReadSerializer answers `key, label, value_type, pinned`; current
 * RapidPro (weni-ai/rapidpro and nyaruka/rapidpro, same file) answers `key, name,
 * type, featured, …` plus the legacy `label`/`value_type`.
 */
export function flavourOfField(row: IDataObject): Flavour | undefined {
	if ('type' in row || 'name' in row || 'featured' in row) return 'rapidpro';
	if ('value_type' in row || 'label' in row) return 'flows';
	return undefined;
}

async function detect(ctx: RequestContext): Promise<Flavour> {
	const fields = await apiRequest<IDataObject>(ctx, weni, {
		method: 'GET',
		path: endpoint('fields'),
	});
	const first = Array.isArray(fields?.results)
		? (fields.results[0] as IDataObject | undefined)
		: undefined;
	const byShape = first && typeof first === 'object' ? flavourOfField(first) : undefined;
	if (byShape) return byShape;
	// A workspace without fields: `whatsapp_broadcasts.json` exists on Weni Flows only
	// (weni-ai/flows temba/api/v2/urls.py); elsewhere Django answers 404. The date
	// filter (filter_before_after on created_on, same views.py) keeps the answer empty.
	try {
		await apiRequest(ctx, weni, {
			method: 'GET',
			path: endpoint('whatsapp_broadcasts'),
			qs: { before: '2000-01-01T00:00:00.000Z' },
		});
		return 'flows';
	} catch (error) {
		if (apiFailureOf(error)?.status === 404) return 'rapidpro';
		// The transport's own NodeApiError (Weni's words, status), passed on unchanged.
		throw passOn(error);
	}
}

/** The API this node's credential speaks: forced in the credential, or detected once and remembered. */
export async function flavourOf(ctx: RequestContext): Promise<Flavour> {
	const { data, baseUrl } = await credentialState(ctx, weni);
	const forced = data.apiFlavour;
	if (forced === 'flows' || forced === 'rapidpro') return forced;
	const key = createHash('sha256')
		.update(`${baseUrl}\u0000${String(data.apiToken ?? '')}`)
		.digest('hex');
	let pending = detected.get(key);
	if (!pending) {
		pending = detect(ctx);
		detected.set(key, pending);
		// A failed probe (network, 401) is not an answer: the next call asks again.
		pending.catch(() => detected.delete(key));
	}
	return await pending;
}

/**
 * Each server's own `URN.SCHEME_CHOICES` (temba/contacts/models.py):
 * weni-ai/flows at 759885231e, weni-ai/rapidpro at bce8da3. nyaruka/rapidpro
 * (c4e8d48) lacks teams and weniwebchat and adds bsuid; TextIt runs that one,
 * so its server refuses a weniwebchat URN itself.
 */
export const URN_SCHEMES: Record<Flavour, readonly string[]> = {
	flows: [
		'tel',
		'facebook',
		'instagram',
		'twitter',
		'twitterid',
		'viber',
		'line',
		'telegram',
		'mailto',
		'ext',
		'jiochat',
		'wechat',
		'fcm',
		'whatsapp',
		'freshchat',
		'vk',
		'rocketchat',
		'discord',
		'weniwebchat',
		'slack',
		'teams',
	],
	rapidpro: [
		'tel',
		'mailto',
		'ext',
		'facebook',
		'fcm',
		'freshchat',
		'instagram',
		'jiochat',
		'line',
		'rocketchat',
		'slack',
		'teams',
		'telegram',
		'twitterid',
		'twitter',
		'viber',
		'vk',
		'wechat',
		'webchat',
		'weniwebchat',
		'whatsapp',
	],
};

/**
 * Message folders `messages.json?folder=` accepts. weni-ai/flows views.py
 * MessagesEndpoint: inbox, flows, archived, outbox, incoming, failed, sent.
 * weni-ai/rapidpro views.py FOLDER_FILTERS: `incoming` was removed (an unknown
 * folder answers an empty list, not an error).
 */
export const MESSAGE_FOLDERS: Record<Flavour, readonly string[]> = {
	flows: ['inbox', 'flows', 'archived', 'outbox', 'incoming', 'failed', 'sent'],
	rapidpro: ['inbox', 'flows', 'archived', 'outbox', 'failed', 'sent'],
};

/**
 * Contact field types as the node offers them (RapidPro's `type` names) and as
 * Weni Flows writes them (`value_type`): ContactFieldWriteSerializer in each
 * codebase's temba/api/v2/serializers.py; Weni Flows calls a number `numeric`.
 */
export const FIELD_TYPE_ON_FLOWS: Record<string, string> = {
	text: 'text',
	number: 'numeric',
	datetime: 'datetime',
	state: 'state',
	district: 'district',
	ward: 'ward',
};

/** RapidPro's Media.MAX_UPLOAD_SIZE (weni-ai/rapidpro temba/msgs/models.py): 25 MB. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/**
 * Media.ALLOWED_CONTENT_TYPES (weni-ai/rapidpro temba/msgs/models.py); other
 * types get 400 "Unsupported file type.". Weni Flows' media endpoint checks
 * nothing (org.save_media stores any file); the same limits are applied there
 * as a guess, since WhatsApp refuses other media anyway.
 */
export function uploadableType(contentType: string): boolean {
	const type = contentType.toLowerCase().split(';')[0].trim();
	return (
		[
			'image/apng',
			'image/avif',
			'image/gif',
			'image/jpeg',
			'image/png',
			'image/webp',
			'application/pdf',
		].includes(type) || /^(audio|video)\/[\w.+-]+$/.test(type)
	);
}

/**
 * Refuses, before any request, an operation only Weni Flows serves (weni-ai/flows
 * temba/api/v2/urls.py routes templates and whatsapp_broadcasts; neither
 * RapidPro's urls.py does). `why` ends the message after "needs Weni Flows",
 * given the other server's name; by default, that its API v2 has no `lacks`.
 */
export async function requireFlows(
	op: OperationContext,
	lacks: string,
	why = (server: string) => `: ${server}'s API v2 has no ${lacks}`,
	hint = "Use a Weni Flows workspace, or set the credential's API Flavour if this server is Weni Flows.",
): Promise<Flavour> {
	const flavour = await flavourOf(op.ctx);
	if (flavour === 'flows') return flavour;
	// "Operation" has no label among the operation's fields: the name stands for it.
	throw op.params.invalid('Operation', `needs Weni Flows${why(FLAVOUR_NAMES[flavour])}`, hint);
}
