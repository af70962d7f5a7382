import type {
	IDataObject,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { deliverMessage } from '../shared/webhook/message';
import { postedObject } from '../shared/webhook/delivery';
import { isRepeatDelivery } from '../shared/webhook/replay';
import { verifyTimestampedSignature } from '../shared/webhook/signature';
import { deliveryState, settingsOf } from '../shared/webhook/activation';
import { subscriptionLifecycle } from '../shared/webhook/subscriptions';
import { rejectDelivery } from '../shared/webhook/token';
import { eventsSubtitle, listening } from '../shared/webhook/notice';
import { properties } from './description';
import { spokiConversation } from './conversation';
import type { SpokiSettings } from './subscriptions';
import { chosenEvents, spokiSubscriptions } from './subscriptions';
import { spokiAttachments, spokiMediaHost } from './media';

/** Spoki's documented tolerance for the signature timestamp ([PHP] MambuSRL/spoki_whatsapp README). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const REASONS: Record<string, string> = {
	missing: 'Missing X-Spoki-Signature header',
	malformed: 'Malformed X-Spoki-Signature header',
	stale: `X-Spoki-Signature timestamp is outside the ${SIGNATURE_TOLERANCE_SECONDS} s tolerance`,
	mismatch: 'Invalid X-Spoki-Signature',
	noSecret: 'This trigger is not registered with Spoki',
};

export class SpokiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Spoki Trigger',
		name: 'spokiTrigger',
		icon: { light: 'file:../../icons/spoki.svg', dark: 'file:../../icons/spoki.dark.svg' },
		group: ['trigger'],
		// Version 2 behaves as version 1. n8n evaluates an expression for every delivery to a
		// version-1 start node (options.binaryData in parseRequestBody, n8n-io/n8n
		// packages/cli/src/webhooks/webhook-helpers.ts); at version 2 a delivery needs none.
		version: [1, 2],
		defaultVersion: 2,
		subtitle: eventsSubtitle(properties),
		...listening(
			'Spoki',
			'Make a chosen event happen in Spoki, for example write to your Spoki WhatsApp number',
		),
		description:
			'Starts the workflow when Spoki reports WhatsApp messages, contact, tag or list events',
		defaults: { name: 'Spoki Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'spokiApi', required: true }],
		// Spoki signs its deliveries, so its URL needs no token. onReceived: answered before the run.
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties,
	};

	webhookMethods = { default: subscriptionLifecycle(spokiSubscriptions) };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		// Cheapest first: the header and the body's shape, then the HMAC under the
		// secrets Spoki handed out at activation (static data). The credential and
		// the node parameters are never read for a delivery once activation is stored.
		const header = this.getHeaderData()['x-spoki-signature'];
		if (header === undefined || header === '') return rejectDelivery(this, REASONS.missing);
		const body = postedObject(this);
		if (!body) return rejectDelivery(this, 'Expected a JSON object sent with POST', 400);
		// What activation stored; a delivery arriving while it runs waits for it
		// and is also checked against the secrets valid when it arrived.
		const { state, arrived } = await deliveryState(this);
		const secrets = [state, arrived].flatMap((known) =>
			Object.values((known?.secrets ?? {}) as IDataObject).filter(
				(s): s is string => typeof s === 'string' && s !== '',
			),
		);
		const request = this.getRequestObject() as { rawBody?: Buffer };
		const check = verifyTimestampedSignature({
			rawBody: request.rawBody,
			header,
			timestampKey: 't',
			signatureKey: 'v2',
			secrets,
			toleranceSeconds: SIGNATURE_TOLERANCE_SECONDS,
		});
		if (!check.valid) return rejectDelivery(this, REASONS[check.problem]);

		// An event of another webhook (or no longer chosen) is acknowledged, not run.
		const { events } = settingsOf<SpokiSettings>(this, () => chosenEvents(this));
		if (typeof body.event === 'string' && !events.includes(body.event)) return {};

		// A repeat (Spoki's retry or a replay) is acknowledged so it is not sent again, and not run.
		if (isRepeatDelivery(this, body.event_uuid)) return {};
		const json = { ...body, attachments: spokiAttachments(body) };
		return await deliverMessage(
			this,
			spokiSubscriptions.provider,
			spokiConversation,
			json,
			spokiMediaHost,
		);
	}
}
