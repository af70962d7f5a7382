import { SEND_AND_WAIT_OPERATION } from 'n8n-workflow';

import type { OperationDef } from '../definitions';
import type { WaitChannel } from './channel';
import { waitProperties } from './properties';
import { runWait } from './run';

/**
 * "Send and Wait for Response" of a provider: n8n's operation value, name and
 * fields (n8n-io/n8n packages/nodes-base/nodes/WhatsApp/WhatsApp.node.ts), the
 * provider's recipient fields first. The node runs it once per execution.
 */
export function sendAndWaitOperation(channel: WaitChannel): OperationDef {
	return {
		value: SEND_AND_WAIT_OPERATION,
		name: 'Send and Wait for Response',
		action: 'Send message and wait for response',
		description: 'Send a WhatsApp message and wait for the contact to answer it',
		properties: [...channel.properties, ...waitProperties(channel.facts)],
		wait: channel,
		run: async (op) => (await runWait(op.ctx, channel, op))[0],
	};
}
