import type { IDataObject, IHookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { apiRequestAllItems } from '../shared/pagination';
import { pathSegment } from '../shared/path';
import { apiRequest } from '../shared/transport';
import type { SubscriptionApi } from '../shared/webhook/subscriptions';
import { checkText } from '../shared/validation';
import { API, drfPages, spoki } from '../Spoki/provider';
import { EVENT_NAMES } from './events';

const webhookPath = (ctx: IHookFunctions, id: string, action = '') =>
	`${API}/external-webhooks/${pathSegment(ctx.getNode(), id, 'Webhook')}/${action ? `${action}/` : ''}`;

/** The events chosen on the node, validated. */
export function chosenEvents(ctx: IHookFunctions): string[] {
	const node = ctx.getNode();
	const events = ctx.getNodeParameter('events', []) as string[];
	if (!Array.isArray(events) || events.length === 0) {
		throw new NodeOperationError(node, '"Events" is required', { description: 'Choose at least one event.' });
	}
	return [...new Set(events.map((e) => checkText(node, 'Events', 0, e, { required: true, oneOf: EVENT_NAMES })))];
}

/**
 * Spoki external webhooks, version 2 (signed). Spoki subscribes one event per
 * webhook (`event` is a single name), so each chosen event gets its own
 * webhook to our URL; each answers with its own signing secret, all kept.
 */
export const spokiSubscriptions: SubscriptionApi = {
	useToken: false,
	provider: spoki,
	groups: (ctx) => chosenEvents(ctx).map((event) => [event]),

	async create(ctx, [event], url) {
		const created = await apiRequest<IDataObject>(ctx, spoki, {
			method: 'POST',
			path: `${API}/external-webhooks/`,
			body: { event, version: 2, url, is_active: true },
		});
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
				ctx.logger.warn(`Could not get a signing secret for Spoki webhook ${id}: ${(error as Error).message}`);
			}
		}
		if (!secret) {
			// Not yet recorded by the lifecycle, so removed here.
			await apiRequest(ctx, spoki, { method: 'DELETE', path: webhookPath(ctx, id), idempotent: true }).catch(
				(error: Error) => ctx.logger.warn(`Could not remove Spoki webhook ${id}: ${error.message}`),
			);
			throw new NodeApiError(ctx.getNode(), {} as JsonObject, {
				message: `Spoki returned no signing secret for the "${event}" webhook`,
				description: 'Deliveries could not be verified, so the trigger was not activated.',
			});
		}
		return { id, secret };
	},

	async list(ctx) {
		const hooks = await apiRequestAllItems(ctx, spoki, { method: 'GET', path: `${API}/external-webhooks/` }, drfPages());
		return hooks.map((h) => ({ id: String(h.id), url: String(h.url ?? '') }));
	},

	async remove(ctx, id) {
		await apiRequest(ctx, spoki, { method: 'DELETE', path: webhookPath(ctx, id), idempotent: true });
	},
};
