import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { Provider } from '../provider';
import { deliverWithAttachments, withDownloads } from './media';
import { closeBurst, joinBurst } from './burst';
import type { ConversationFacts } from './conversation';
import { conversationSettings, isDropped, withConversationKeys } from './conversation';

/**
 * One item for a whole burst: the latest message's fields (so expressions
 * written for a single message keep working), the texts joined with new
 * lines, every message in arrival order under `messages` with its own
 * attachments, and all attachments together for downloading.
 */
export function combineMessages(facts: ConversationFacts, items: IDataObject[]): IDataObject {
	const last = items[items.length - 1];
	return {
		...last,
		text: items
			.map((item) => facts.text(item))
			.filter((text): text is string => !!text)
			.join('\n'),
		messageCount: items.length,
		messages: items,
		attachments: items.flatMap((item) => (Array.isArray(item.attachments) ? item.attachments : [])),
	};
}

/**
 * The answer to a verified, new delivery of a trigger: conversation keys put
 * on the item, the Conversation options applied (own messages and status
 * reports dropped when chosen), then one execution for this message, or,
 * with Combine Bursts, one for the contact's whole burst.
 *
 * A burst's first delivery is answered at once and then held for the quiet
 * period inside this webhook call; n8n starts the execution when the call
 * returns its items (`noWebhookResponse` with `workflowData`, the way n8n's
 * own Webhook node answers before the run). Later deliveries of the burst are
 * acknowledged at once (n8n's "Webhook call received") and return no items,
 * so they start nothing.
 */
export async function deliverMessage(
	ctx: IWebhookFunctions,
	provider: Provider,
	facts: ConversationFacts,
	json: IDataObject,
	publicHost: (url: URL) => boolean,
): Promise<IWebhookResponseData> {
	const item = withConversationKeys(facts, json);
	const settings = conversationSettings(ctx);
	if (isDropped(facts, settings, item)) return {};
	if (!settings.combineBursts || item.conversationKey === null)
		return await deliverWithAttachments(ctx, provider, item, publicHost);
	const key = `${ctx.getWorkflow().id ?? ''}:${ctx.getNode().id}:${String(item.conversationKey)}`;
	const burst = joinBurst(key, item);
	if (!burst) return {};
	ctx.getResponseObject().status(200).json({ message: 'Workflow was started' });
	const items = await closeBurst(burst, settings.quietPeriodMs, settings.maxWaitMs);
	const combined = await withDownloads(ctx, provider, combineMessages(facts, items), publicHost);
	return { noWebhookResponse: true, workflowData: [[combined]] };
}
