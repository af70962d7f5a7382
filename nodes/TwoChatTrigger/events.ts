import type { INodePropertyOptions } from 'n8n-workflow';

/** 2Chat WhatsApp webhook events (see shared/api/2chat.md A3). */
export const TWOCHAT_EVENTS: INodePropertyOptions[] = [
	{ name: 'Audio Transcribed', value: 'whatsapp.audio.transcribed' },
	{ name: 'Call Made', value: 'whatsapp.call.made' },
	{ name: 'Call Received', value: 'whatsapp.call.received' },
	{ name: 'Conversation Started', value: 'whatsapp.conversation.new' },
	{ name: 'Group Member Joined', value: 'whatsapp.group.join' },
	{ name: 'Group Member Left', value: 'whatsapp.group.leave' },
	{ name: 'Group Member Removed', value: 'whatsapp.group.remove' },
	{ name: 'Group Message Reaction', value: 'whatsapp.group.message.reaction' },
	{ name: 'Group Message Received', value: 'whatsapp.group.message.received' },
	{ name: 'Message Edited', value: 'whatsapp.message.edited' },
	{ name: 'Message New (Sent or Received)', value: 'whatsapp.message.new' },
	{ name: 'Message Reaction', value: 'whatsapp.message.reaction' },
	{ name: 'Message Read Receipt', value: 'whatsapp.message.receipt.read' },
	{ name: 'Message Received', value: 'whatsapp.message.received' },
	{ name: 'Message Received Receipt', value: 'whatsapp.message.receipt.received' },
	{ name: 'Message Sent', value: 'whatsapp.message.sent' },
	{ name: 'Message Sent Receipt', value: 'whatsapp.message.receipt.sent' },
	{ name: 'Number Status Changed', value: 'whatsapp.number.status' },
	{ name: 'Order Received', value: 'whatsapp.order.received' },
];

export const GROUP_EVENTS = TWOCHAT_EVENTS.map((e) => String(e.value)).filter((v) =>
	v.startsWith('whatsapp.group.'),
);
