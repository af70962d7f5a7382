import type { IDataObject, IHookFunctions, IWebhookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { apiRequestAllItems } from '../shared/pagination';
import { pathSegment } from '../shared/path';
import type { RequestContext } from '../shared/transport';
import { apiRequest } from '../shared/transport';
import type { SubscriptionApi } from '../shared/webhook/subscriptions';
import { TriggerParams } from '../shared/webhook/params';
import { API, drfPages, spoki } from '../Spoki/provider';
import { properties } from './description';
import { codesOf } from './events';
import { apiFailureOf, passOn } from '../shared/errors';

const webhookPath = (ctx: RequestContext, id: string, action = '') =>
	`${API}/external-webhooks/${pathSegment(ctx.getNode(), id, 'Webhook')}/${action ? `${action}/` : ''}`;

/** What a delivery reads: every event code this activation may receive. */
export interface SpokiSettings extends IDataObject {
	events: string[];
}

/** The events chosen on the node, validated, and the codes each may arrive under. */
export function chosenEvents(ctx: IHookFunctions | IWebhookFunctions): SpokiSettings {
	const events = new TriggerParams(ctx, properties).events();
	return { events: events.flatMap(codesOf) };
}

/**
 * Spoki external webhooks, version 2 (signed). Spoki subscribes one event per
 * webhook (`event` is a single name), so each chosen event gets its own
 * webhook to our URL; each answers with its own signing secret, all kept.
 */
/**
 * POST /external-webhooks/ {event, version: 2, url, is_active} ([PHP] Webhooks.php).
 * For an event whose code is a guess, a refused code (400: nothing was
 * created) is followed by the next candidate; any other failure is final.
 */
export async function createWebhook(
	ctx: RequestContext,
	event: string,
	url: string,
): Promise<IDataObject> {
	const codes = codesOf(event);
	for (let n = 0; ; n++) {
		try {
			return await apiRequest<IDataObject>(ctx, spoki, {
				method: 'POST',
				path: `${API}/external-webhooks/`,
				body: { event: codes[n], version: 2, url, is_active: true },
			});
		} catch (error) {
			const refused = apiFailureOf(error)?.status === 400;
			if (!refused || n === codes.length - 1) throw passOn(error);
			ctx.logger.info(`Spoki refused the event code ${codes[n]}; trying ${codes[n + 1]}`);
		}
	}
}

/** Every external webhook of the account, paged (GET /external-webhooks/, [PHP] Webhooks.php). */
export async function listWebhooks(ctx: RequestContext) {
	const hooks = await apiRequestAllItems(
		ctx,
		spoki,
		{ method: 'GET', path: `${API}/external-webhooks/` },
		drfPages(),
	);
	return hooks.map((h) => ({ id: String(h.id), url: String(h.url ?? '') }));
}

export async function removeWebhook(ctx: RequestContext, id: string): Promise<void> {
	await apiRequest(ctx, spoki, { method: 'DELETE', path: webhookPath(ctx, id), idempotent: true });
}

export const spokiSubscriptions: SubscriptionApi = {
	useToken: false,
	provider: spoki,
	groups: (ctx) => new TriggerParams(ctx, properties).events().map((event) => [event]),
	settings: (_ctx, groups): SpokiSettings => ({
		events: groups.flatMap(([event]) => codesOf(event)),
	}),

	async create(ctx, [event], url) {
		const created = await createWebhook(ctx, event, url);
		const id = String(created.id ?? '');
		if (!id) {
			throw new NodeApiError(ctx.getNode(), created as JsonObject, {
				message: 'Spoki did not return the id of the new webhook',
			});
		}
		let secret = typeof created.secret === 'string' ? created.secret : '';
		if (!secret) {
			// Without the signing secret no delivery could be verified: ask for a fresh one.
			try {
				const rotated = await apiRequest<IDataObject>(ctx, spoki, {
					method: 'POST',
					path: webhookPath(ctx, id, 'rotate_secret'),
				});
				secret = typeof rotated.secret === 'string' ? rotated.secret : '';
			} catch (error) {
				ctx.logger.warn(
					`Could not get a signing secret for Spoki webhook ${id}: ${(error as Error).message}`,
				);
			}
		}
		if (!secret) {
			// Not yet recorded by the lifecycle, so removed here.
			await apiRequest(ctx, spoki, {
				method: 'DELETE',
				path: webhookPath(ctx, id),
				idempotent: true,
			}).catch((error: Error) =>
				ctx.logger.warn(`Could not remove Spoki webhook ${id}: ${error.message}`),
			);
			throw new NodeApiError(ctx.getNode(), {} as JsonObject, {
				message: `Spoki returned no signing secret for the "${event}" webhook`,
				description: 'Deliveries could not be verified, so the trigger was not activated.',
			});
		}
		return { id, secret };
	},

	list: listWebhooks,
	remove: removeWebhook,
};
