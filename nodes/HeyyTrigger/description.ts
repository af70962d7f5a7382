import type { INodeProperties } from 'n8n-workflow';

import { webhookChannelField } from '../Heyy/descriptions';
import { WEBHOOK_TYPES } from '../Heyy/webhookTypes';
import { eventAction, triggerNotice } from '../shared/webhook/notice';
import { downloadOptions } from '../shared/webhook/media';
import { conversationOptions } from '../shared/webhook/conversation';
import { heyyConversation } from './conversation';

/** The Heyy Trigger's parameters (TriggerParams reads labels and allowed values from here). */
export const properties: INodeProperties[] = [
	{
		displayName: triggerNotice({ provider: 'Heyy', registers: 'one Heyy webhook per event' }),
		name: 'notice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		// "action" is what the node panel lists for the trigger ("On WhatsApp message received").
		options: WEBHOOK_TYPES.map((o) => ({ ...o, action: eventAction(o.name) })),
		required: true,
		default: ['WHATSAPP_MESSAGE_RECEIVED'],
		description: 'One Heyy API webhook is registered per event type',
	},
	webhookChannelField,
	...downloadOptions,
	conversationOptions(heyyConversation),
];
