import type {
	IDataObject,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { isRepeatDelivery } from '../shared/webhook/replay';
import { verifyTimestampedSignature } from '../shared/webhook/signature';
import { subscriptionLifecycle } from '../shared/webhook/subscriptions';
import { rejectDelivery } from '../shared/webhook/token';
import { SPOKI_EVENTS } from './events';
import { spokiSubscriptions } from './subscriptions';

/** Spoki's documented tolerance for the signature timestamp. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;


const REASONS: Record<string, string> = {
	missing: 'Missing X-Spoki-Signature header',
	malformed: 'Malformed X-Spoki-Signature header',
	stale: 'X-Spoki-Signature timestamp is outside the 300 s tolerance',
	mismatch: 'Invalid X-Spoki-Signature',
	noSecret: 'This trigger is not registered with Spoki',
};

export class SpokiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Spoki Trigger',
		name: 'spokiTrigger',
		icon: { light: 'file:../../icons/spoki.svg', dark: 'file:../../icons/spoki.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when Spoki reports WhatsApp messages, contact, tag or list events',
		defaults: { name: 'Spoki Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'spokiApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'Spoki signs every delivery (X-Spoki-Signature); unsigned, wrongly signed or older than 5 minutes are refused with 401, and a repeated event runs only once',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: SPOKI_EVENTS,
				required: true,
				default: ['message.inbound'],
				description: 'Each event gets its own Spoki webhook to this workflow',
			},
		],
	};

	webhookMethods = { default: subscriptionLifecycle(spokiSubscriptions) };

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const data = this.getWorkflowStaticData('node');
		const secrets = Object.values((data.secrets ?? {}) as IDataObject).filter(
			(s): s is string => typeof s === 'string' && s !== '',
		);
		const request = this.getRequestObject() as { rawBody?: Buffer };
		const check = verifyTimestampedSignature({
			rawBody: request.rawBody,
			header: this.getHeaderData()['x-spoki-signature'],
			timestampKey: 't',
			signatureKey: 'v2',
			secrets,
			toleranceSeconds: SIGNATURE_TOLERANCE_SECONDS,
		});
		if (!check.valid) return rejectDelivery(this, REASONS[check.problem]);

		const body = this.getBodyData() as IDataObject;
		// An event of another webhook (or no longer chosen) is acknowledged, not run.
		const events = this.getNodeParameter('events', []) as string[];
		if (typeof body.event === 'string' && !events.includes(body.event)) return {};

		// A repeat (Spoki's retry or a replay) is acknowledged so it is not sent again, and not run.
		if (isRepeatDelivery(this, body.event_uuid)) return {};
		return { workflowData: [this.helpers.returnJsonArray(body)] };
	}
}
