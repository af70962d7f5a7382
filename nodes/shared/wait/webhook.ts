import type {
	IDataObject,
	IWebhookDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { isObject } from '../objects';
import { TriggerParams } from '../webhook/params';
import { ReplayGuard } from '../webhook/replay';
import { rejectDelivery } from '../webhook/token';
import type { WaitChannel } from './channel';
import type { WaitConfig } from './config';
import { readConfig } from './config';
import { ANSWER_RECORDED, formAnswer, formPage } from './form';
import { removeEndedRegistrations } from './registrations';
import { choicesOf } from './run';
import { tokenIsValid, waitQuery } from './url';

/**
 * The webhooks of a node with Send and Wait: n8n's own pair
 * (n8n-io/n8n packages/nodes-base/utils/sendAndWait/descriptions.ts), GET and
 * POST on `<resume URL>/<node id>`, restarting the waiting execution.
 */
export const waitWebhooks: IWebhookDescription[] = (['GET', 'POST'] as const).map((method) => ({
	name: 'default',
	httpMethod: method,
	responseMode: 'onReceived',
	responseData: '',
	path: '={{ $nodeId }}',
	restartWebhook: true,
	isFullPath: true,
}));

/** Executions this process already resumed: a second delivery arriving at once does not resume twice. */
const resumed = new ReplayGuard(24 * 60 * 60 * 1000);

function acknowledge(ctx: IWebhookFunctions, body: IDataObject = { received: true }) {
	ctx.getResponseObject().status(200).json(body);
	return { noWebhookResponse: true };
}

/** The wait's settings, read again in the webhook (the node's parameters as they were sent). */
function configOf(ctx: IWebhookFunctions, channel: WaitChannel): WaitConfig {
	return readConfig(new TriggerParams(ctx, channel.properties));
}

function html(ctx: IWebhookFunctions, text: string, status = 200): IWebhookResponseData {
	const res = ctx.getResponseObject();
	res.status(status);
	res.setHeader('content-type', 'text/html; charset=utf-8');
	res.send(text);
	return { noWebhookResponse: true };
}

/** Only once per execution and node, in this process. */
function firstAnswer(ctx: IWebhookFunctions): boolean {
	return resumed.firstSeen('wait', `${ctx.getExecutionId() ?? ''}:${ctx.getNode().id}`);
}

/**
 * The provider's delivery of a message to the URL registered for the wait.
 * Cheapest checks first, so that the many deliveries of one message to every
 * pending wait on the number cost no credential read and no expression: the
 * shape of the URL's values, a POSTed JSON object, an inbound message, its
 * sender against the wait's contact. Only the contact's message goes on to
 * the token check, the response type and the answer.
 */
async function providerReply(
	ctx: IWebhookFunctions,
	channel: WaitChannel,
	given: NonNullable<ReturnType<typeof waitQuery>>,
): Promise<IWebhookResponseData> {
	const body = ctx.getRequestObject().method === 'POST' ? ctx.getBodyData() : undefined;
	if (!isObject(body)) return rejectDelivery(ctx, 'Expected a JSON object sent with POST', 400);
	const inbound = channel.inbound(body);
	const from = inbound ? [inbound.sender, ...(inbound.aliases ?? [])] : [];
	if (!inbound || !from.includes(given.contact)) return acknowledge(ctx);
	if (!(await tokenIsValid(ctx, channel.provider, given))) return rejectDelivery(ctx);

	const config = configOf(ctx, channel);
	let data: IDataObject | undefined;
	if (config.responseType === 'approval') {
		const choices = choicesOf(config, given.token);
		const text = (inbound.text ?? '').trim().toLowerCase();
		const chosen =
			choices.find((c) => inbound.choiceId !== undefined && c.id === inbound.choiceId) ??
			choices.find((c) => text !== '' && c.title.toLowerCase() === text);
		if (chosen) data = { approved: chosen.approved };
	} else if (config.responseType === 'freeText' && inbound.text?.trim()) {
		data = { text: inbound.text.trim() };
	}
	// Any other message (a reply that is no answer, a form wait's chat) leaves the wait as it is.
	if (!data || !firstAnswer(ctx)) return acknowledge(ctx);

	const path = new URL(ctx.getRequestObject().url ?? '/', 'http://n8n').pathname;
	const origin = new URL(ctx.getNodeWebhookUrl('default') ?? 'http://n8n').origin;
	await removeEndedRegistrations(ctx, channel, origin, path);
	return {
		webhookResponse: { received: true },
		workflowData: [
			[
				{
					json: {
						data,
						reply: {
							from: inbound.sender,
							text: inbound.text ?? null,
							buttonId: inbound.choiceId ?? null,
							messageId: inbound.messageId ?? null,
						},
						delivery: body,
					},
				},
			],
		],
	};
}

/** A link from the message: approval links resume at once, form links show the form and take its answer. */
async function linkAnswer(
	ctx: IWebhookFunctions,
	channel: WaitChannel,
	given: NonNullable<ReturnType<typeof waitQuery>>,
): Promise<IWebhookResponseData> {
	if (!(await tokenIsValid(ctx, channel.provider, given))) return rejectDelivery(ctx);
	const config = configOf(ctx, channel);
	const request = ctx.getRequestObject();
	const query = ctx.getQueryData() as IDataObject;
	let data: IDataObject | undefined;
	if (config.responseType === 'approval') {
		if (query.approved === 'true' || query.approved === 'false')
			data = { approved: query.approved === 'true' };
	} else if (request.method === 'GET') {
		return html(ctx, formPage(config, request.url ?? ''));
	} else {
		data = formAnswer(config, isObject(ctx.getBodyData()) ? ctx.getBodyData() : {});
		if (!data) return html(ctx, formPage(config, request.url ?? ''), 400);
	}
	if (!data) return rejectDelivery(ctx, 'Not an answer', 400);
	if (!firstAnswer(ctx)) return html(ctx, ANSWER_RECORDED);
	return {
		webhookResponse: ANSWER_RECORDED,
		workflowData: [[{ json: { data } }]],
	};
}

/**
 * The node's `webhook`: every request to the waiting execution's URL.
 * Nothing without the wait's values is looked at.
 */
export async function waitWebhook(
	ctx: IWebhookFunctions,
	channel: WaitChannel,
): Promise<IWebhookResponseData> {
	const given = waitQuery(ctx.getQueryData() as IDataObject);
	if (!given) return rejectDelivery(ctx);
	// Another wait's cleanup asking whether this one still waits (registrations.ts).
	if (given.reply === 'whatsapp' && ctx.getRequestObject().method === 'GET')
		return acknowledge(ctx, { waiting: true });
	return given.reply === 'whatsapp'
		? await providerReply(ctx, channel, given)
		: await linkAnswer(ctx, channel, given);
}
