import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError, WAIT_INDEFINITELY } from 'n8n-workflow';

import type { OperationContext } from '../definitions';
import type { Choice, Prompt, WaitChannel } from './channel';
import type { WaitConfig } from './config';
import { readConfig } from './config';
import { removeEndedRegistrations } from './registrations';
import type { ReplyKind } from './url';
import { waitToken, waitUrl } from './url';

/** The reply buttons of an approval; their ids carry part of the wait's token, so an old message's button answers no later wait. */
export function choicesOf(config: WaitConfig, token: string): Choice[] {
	const tag = token.slice(0, 8);
	const approve: Choice = { id: `approve-${tag}`, title: config.approveLabel, approved: true };
	if (!config.double) return [approve];
	return [approve, { id: `decline-${tag}`, title: config.disapproveLabel, approved: false }];
}

/**
 * How the wait is answered: in WhatsApp when the provider routes the
 * contact's reply (approval buttons, the next message), through links
 * otherwise, and always for a custom form.
 */
function answeredBy(channel: WaitChannel, op: OperationContext, config: WaitConfig): ReplyKind {
	if (config.responseType === 'customForm') return 'link';
	return channel.routesReplies(op) ? 'whatsapp' : 'link';
}

/**
 * Send and Wait for Response, as n8n's nodes run it: the first item's
 * parameters, one message, then `putExecutionToWait` and the input items
 * returned (n8n-io/n8n packages/nodes-base/nodes/WhatsApp/WhatsApp.node.ts).
 * Before the message goes out, the wait's URL is registered at the provider,
 * so a reply that comes at once is not missed; if the send fails, the
 * registration is removed again.
 */
export async function runWait(
	ctx: IExecuteFunctions,
	channel: WaitChannel,
	op: OperationContext,
): Promise<INodeExecutionData[][]> {
	try {
		const config = readConfig(op.params);
		const contact = channel.contact(op);
		await channel.check?.(op);
		const kind = answeredBy(channel, op, config);
		const executionId = ctx.getExecutionId();
		const token = await waitToken(ctx, channel.provider, executionId, contact);
		const until = config.waitTill.getTime() === WAIT_INDEFINITELY.getTime() ? 0 : +config.waitTill;
		const since = Date.now();
		const url = (reply: ReplyKind, extra?: Record<string, string>) =>
			waitUrl(ctx, { token, reply, contact, until, since, extra });

		await removeEndedRegistrations(ctx, channel, new URL(url('whatsapp')).origin);
		let registration: string | undefined;
		if (kind === 'whatsapp') registration = await channel.register(op, url('whatsapp'));

		const prompt: Prompt = { text: config.message, choices: [] };
		if (config.responseType === 'approval') {
			const choices = choicesOf(config, token);
			if (kind === 'whatsapp') prompt.choices = choices;
			else
				prompt.text += choices
					.map((c) => `\n\n${c.title}: ${url('link', { approved: String(c.approved) })}`)
					.join('');
		} else if (kind === 'link') {
			prompt.text += `\n\n${config.linkLabel}: ${url('link')}`;
		}
		await channel.send(op, prompt).catch(async (error: Error) => {
			if (registration) {
				await channel.remove(ctx, registration).catch((e: Error) => {
					ctx.logger.warn(`Could not remove the registration ${registration}: ${e.message}`);
				});
			}
			return Promise.reject(error);
		});
		await ctx.putExecutionToWait(config.waitTill);
		return [ctx.getInputData()];
	} catch (error) {
		if (!ctx.continueOnFail()) {
			throw error instanceof NodeApiError || error instanceof NodeOperationError
				? error
				: new NodeOperationError(ctx.getNode(), error as Error);
		}
		return [[{ json: { error: (error as Error).message }, pairedItem: { item: 0 } }]];
	}
}
