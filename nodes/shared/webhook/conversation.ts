import type { IDataObject, INodeProperties, IWebhookFunctions } from 'n8n-workflow';

/**
 * What a provider's trigger tells about one delivery's conversation: who the
 * customer is, whether the business itself wrote it, whether it only reports
 * a status. Each trigger folder's conversation.ts holds these facts, with
 * their sources; the filtering, keys and burst combining live here once.
 */
export interface ConversationFacts {
	/** Short provider name put in front of every conversation key ("heyy", "2chat"…). */
	prefix: string;
	/** The customer's id as the provider names it, or null when the delivery names none. */
	contactId(item: IDataObject): string | null;
	/** What tells this conversation apart from others of the same contact (channel, number), if anything. */
	channel?(item: IDataObject): string | null;
	/** The provider's own id of the conversation (a chat), used as the key when the delivery has it. */
	conversationId?(item: IDataObject): string | null;
	/** The message's text, or null (media only, an event without a message). */
	text(item: IDataObject): string | null;
	/** Written by the business (the API, an agent, the phone's own app). Absent: the payload never says. */
	isOwn?(item: IDataObject): boolean;
	/** A delivery, read or other status report rather than a message. Absent: the payload never says. */
	isStatus?(item: IDataObject): boolean;
}

export interface ConversationSettings {
	combineBursts: boolean;
	quietPeriodMs: number;
	maxWaitMs: number;
	ignoreOwnMessages: boolean;
	ignoreStatusUpdates: boolean;
}

export const QUIET_PERIOD_DEFAULT_S = 5;
export const MAX_WAIT_DEFAULT_S = 30;

/**
 * The trigger's "Conversation" options. Own-message and status filters are
 * offered only where the provider's payload tells them apart.
 */
export function conversationOptions(facts: ConversationFacts): INodeProperties {
	const options: INodeProperties[] = [
		{
			displayName: 'Combine Bursts',
			name: 'combineBursts',
			type: 'boolean',
			default: false,
			description:
				'Whether messages a contact sends in quick succession start one execution together (texts joined, each message in "messages"), so an AI agent answers once with all of them. Every delivery is still answered at once.',
		},
		...(facts.isOwn
			? [
					{
						displayName: 'Ignore Own Messages',
						name: 'ignoreOwnMessages',
						type: 'boolean' as const,
						default: false,
						description:
							"Whether messages sent by the business (through the API, an agent or the provider's app) start no execution, so an agent never answers itself",
					},
				]
			: []),
		...(facts.isStatus
			? [
					{
						displayName: 'Ignore Status Updates',
						name: 'ignoreStatusUpdates',
						type: 'boolean' as const,
						default: false,
						description:
							'Whether sent, delivered and read reports start no execution, even when their event is chosen',
					},
				]
			: []),
		{
			displayName: 'Max Wait (Seconds)',
			name: 'maxWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 600 },
			default: MAX_WAIT_DEFAULT_S,
			displayOptions: { show: { combineBursts: [true] } },
			description:
				'The longest a burst is held from its first message, even if the contact keeps writing',
		},
		{
			displayName: 'Quiet Period (Seconds)',
			name: 'quietPeriodSeconds',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 300 },
			default: QUIET_PERIOD_DEFAULT_S,
			displayOptions: { show: { combineBursts: [true] } },
			description:
				'A burst ends once the contact has sent nothing for this long; then its execution starts',
		},
	];
	return {
		displayName: 'Conversation',
		name: 'conversation',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		description: 'What an AI agent answering this contact should see',
		options,
	};
}

const seconds = (value: unknown, fallback: number, max: number) => {
	const n = Number(value);
	return Math.min(Number.isFinite(n) && n > 0 ? n : fallback, max) * 1000;
};

/** The Conversation options as set on the node (one parameter read per delivery). */
export function conversationSettings(ctx: IWebhookFunctions): ConversationSettings {
	const raw = ctx.getNodeParameter('conversation', {}) as IDataObject;
	const value = raw && typeof raw === 'object' ? raw : {};
	return {
		combineBursts: value.combineBursts === true,
		quietPeriodMs: seconds(value.quietPeriodSeconds, QUIET_PERIOD_DEFAULT_S, 300),
		maxWaitMs: seconds(value.maxWaitSeconds, MAX_WAIT_DEFAULT_S, 600),
		ignoreOwnMessages: value.ignoreOwnMessages === true,
		ignoreStatusUpdates: value.ignoreStatusUpdates === true,
	};
}

/**
 * `contactId` and `conversationKey` for an item: the keys a memory node (for
 * example the AI Agent's Simple Memory "Session ID") should use, so two
 * customers never share a conversation. The key names the provider and, where
 * the payload gives one, the channel or number written to.
 */
export function withConversationKeys(facts: ConversationFacts, item: IDataObject): IDataObject {
	const contactId = facts.contactId(item);
	const own = facts.conversationId?.(item) ?? null;
	const channel = facts.channel?.(item) ?? null;
	const conversationKey = own
		? `${facts.prefix}:${own}`
		: contactId === null
			? null
			: [facts.prefix, channel, contactId].filter(Boolean).join(':');
	return { ...item, contactId, conversationKey };
}

/** Whether the options drop this delivery (acknowledged, no execution). */
export function isDropped(
	facts: ConversationFacts,
	settings: ConversationSettings,
	item: IDataObject,
): boolean {
	if (settings.ignoreOwnMessages && facts.isOwn?.(item)) return true;
	if (settings.ignoreStatusUpdates && facts.isStatus?.(item)) return true;
	return false;
}
