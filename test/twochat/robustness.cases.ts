import type { IDataObject } from 'n8n-workflow';

import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import { byIdCase, operationCase, tokenRejections } from '../harness/cases';
import { opParams } from '../harness/operation';
import type { ProviderCases } from '../robustness/types';

const fake = new FakeTwoChat();
fake.seedContacts(5);
fake.seedMessages(3);
const FROM = '+5215500000001';
const send = opParams('message', 'send', {
	fromNumber: FROM,
	recipientType: 'number',
	toNumber: '+14155550123',
	messageType: 'text',
	text: 'Hi',
});
const getUsage = opParams('account', 'getUsage');
const WABA = '+16173518454';
const SESSION = 'WW-WPN111-5215599999999@c.us';
const GROUP_PATH = (action: string) => new RegExp(`^/open/whatsapp/group/[^/]+/${action}$`);
/** A Group operation on group WGP001 and its participants, from the connected number. */
const groupCase = (operation: string, action: string, more: IDataObject) =>
	operationCase(
		opParams('group', operation, { fromNumber: FROM, groupUuid: 'WGP001', ...more }),
		{
			required: [
				'fromNumber',
				'groupUuid',
				...Object.keys(more).filter((k) => k !== 'description'),
			],
			phones: ['fromNumber', ...('participants' in more ? ['participants'] : [])],
			urls: 'url' in more ? ['url'] : [],
			ids: ['groupUuid'],
		},
		{ path: GROUP_PATH(action) },
	);
/** A Participants action: one number added, removed, promoted or demoted. */
const participants = (operation: string, action: string) =>
	groupCase(operation, action, { participants: '+5215511111111' });
const wabaSend = opParams('whatsappBusiness', 'send', {
	wabaNumber: WABA,
	toNumber: '+14155550123',
	text: 'Hi',
});
const interactive = opParams('whatsappBusiness', 'sendInteractive', {
	wabaNumber: WABA,
	toNumber: '+14155550123',
	interactiveType: 'button',
	bodyText: 'Pick one',
	buttons: { button: [{ buttonTitle: 'Yes', buttonId: 'yes' }] },
});
const inbound = {
	uuid: 'MSG1',
	message: { text: 'hola' },
	remote_phone_number: '+5215533334444',
	channel_phone_number: FROM,
};

export const twoChatCases: ProviderCases = {
	provider: '2Chat',
	nodeType: 'twoChat',
	credentialType: 'twoChatApi',
	fake,
	key: TWOCHAT_KEY,
	credentials: (baseUrl) => ({ apiKey: TWOCHAT_KEY, baseUrl }),
	errorBody: (_status, message) => ({ success: false, error: true, error_message: message }),
	operations: [
		operationCase(
			send,
			{
				required: ['fromNumber', 'toNumber', 'text'],
				phones: ['fromNumber', 'toNumber'],
				enums: ['messageType', 'recipientType'],
				texts: ['text'],
			},
			{ label: 'text' },
		),
		operationCase(
			{
				...send,
				messageType: 'media',
				mediaUrl: 'https://example.com/a.pdf',
				caption: 'c',
			},
			{ required: ['mediaUrl'], urls: ['mediaUrl'], texts: ['caption'] },
			{ label: 'media' },
		),
		operationCase(
			{
				...send,
				messageType: 'location',
				latitude: 19.4,
				longitude: -99.1,
				locationDetails: { url: 'https://maps.example.com/x' },
			},
			{ numbers: ['latitude', 'longitude'], urls: ['locationDetails.url'] },
			{ label: 'location' },
		),
		operationCase(
			{ ...send, recipientType: 'group', groupUuid: 'WGP001' },
			{ required: ['groupUuid'] },
			{ label: 'to group' },
		),
		operationCase(
			opParams('message', 'getAll', {
				fromNumber: FROM,
				chatType: 'contact',
				remoteNumber: '+5215599999999',
				limit: 5,
			}),
			{
				required: ['fromNumber'],
				phones: ['fromNumber', 'remoteNumber'],
				enums: ['chatType'],
				numbers: ['limit'],
			},
		),
		operationCase(
			opParams('message', 'getAll', {
				fromNumber: FROM,
				chatType: 'group',
				groupUuid: 'WGP001',
				limit: 5,
			}),
			{ ids: ['groupUuid'] },
			{ label: 'group', path: /^\/open\/whatsapp\/groups\/messages\/[^/]+$/ },
		),
		operationCase(
			opParams('contact', 'create', {
				firstName: 'Ana',
				contactDetails: { detail: [{ type: 'E', value: 'ana@acme.test' }] },
				additionalFields: { profile_pic_url: 'https://example.com/p.png' },
			}),
			{
				required: ['firstName', 'contactDetails.detail.0.value'],
				emails: ['contactDetails.detail.0.value'],
				enums: ['contactDetails.detail.0.type'],
				urls: ['additionalFields.profile_pic_url'],
			},
		),
		byIdCase('contact', 'get', 'contactId', 'CON00001', /^\/open\/contacts\/[^/]+$/),
		operationCase(
			opParams('contact', 'update', { contactId: 'CON00002', updateFields: { last_name: 'X' } }),
			{ required: ['contactId'], ids: ['contactId'] },
			{ path: /^\/open\/contacts\/[^/]+$/ },
		),
		byIdCase('contact', 'delete', 'contactId', 'CON00003', /^\/open\/contacts\/[^/]+$/),
		operationCase(opParams('contact', 'getAll', { limit: 3 }), { numbers: ['limit'] }),
		// Search Text is an optional filter of Get Many now (contact search folded into it).
		operationCase(
			opParams('contact', 'getAll', { limit: 3, filters: { query: 'Contact' } }),
			{ texts: ['filters.query'] },
			{ label: 'search' },
		),
		operationCase(opParams('number', 'getAll', { status: 'all', limit: 3 }), { enums: ['status'] }),
		byIdCase('number', 'get', 'channelUuid', 'WPN111', /^\/open\/whatsapp\/channel\/[^/]+$/),
		operationCase(
			opParams('number', 'checkWhatsapp', {
				fromNumber: FROM,
				phoneNumber: '+14155550123',
				extraInformation: false,
			}),
			{
				required: ['fromNumber', 'phoneNumber'],
				phones: ['fromNumber', 'phoneNumber'],
				booleans: ['extraInformation'],
			},
		),
		operationCase(opParams('group', 'getAll', { fromNumber: FROM }), {
			required: ['fromNumber'],
			phones: ['fromNumber'],
		}),
		byIdCase('group', 'get', 'groupUuid', 'WGP001', /^\/open\/whatsapp\/group\/[^/]+$/),
		operationCase(getUsage, {}),
		operationCase(opParams('account', 'testApiKey'), {}),
		operationCase(opParams('user', 'getAll', { limit: 5 }), { numbers: ['limit'] }),
		operationCase(opParams('webhook', 'getAll', { limit: 5 }), { numbers: ['limit'] }),
		operationCase(
			opParams('conversation', 'getAll', { channelUuid: 'WPN111', limit: 5 }),
			{ required: ['channelUuid'], ids: ['channelUuid'], numbers: ['limit'] },
			{ path: /^\/open\/whatsapp\/conversations\/[^/]+$/ },
		),
		operationCase(
			opParams('number', 'getStatus', { channelUuid: 'WPN222' }),
			{ required: ['channelUuid'], ids: ['channelUuid'] },
			{ path: /^\/open\/whatsapp\/channel\/[^/]+\/status$/ },
		),
		operationCase(
			opParams('message', 'get', { sessionKey: SESSION, messageId: 'MSG1' }),
			{ required: ['sessionKey', 'messageId'], ids: ['sessionKey', 'messageId'] },
			{ path: /^\/open\/whatsapp\/message\/[^/]+\/[^/]+$/ },
		),
		operationCase(
			opParams('message', 'delete', { sessionKey: SESSION, messageId: 'MSG3' }),
			{ required: ['sessionKey', 'messageId'], ids: ['sessionKey', 'messageId'] },
			{ path: /^\/open\/whatsapp\/message\/[^/]+\/[^/]+$/ },
		),
		operationCase(
			opParams('message', 'sendAndWait', {
				sendFrom: 'number',
				fromNumber: FROM,
				toNumber: '+14155550123',
				message: 'Refund order 1042?',
			}),
			{
				required: ['fromNumber', 'toNumber', 'message'],
				phones: ['fromNumber', 'toNumber'],
				enums: ['sendFrom', 'responseType'],
			},
			{ firstItemOnly: true },
		),
		operationCase(
			opParams('group', 'create', {
				fromNumber: FROM,
				name: 'Robust',
				participants: '+5215511111111',
				description: 'd',
			}),
			{ required: ['fromNumber', 'name', 'participants'], phones: ['fromNumber', 'participants'] },
		),
		participants('addParticipants', 'add-participant'),
		participants('removeParticipants', 'remove-participant'),
		participants('promoteParticipants', 'promote-participant'),
		participants('demoteParticipants', 'demote-participant'),
		groupCase('setDescription', 'set-description', { description: 'VIP only' }),
		groupCase('setPicture', 'set-picture', { url: 'https://example.com/g.png' }),
		// WhatsApp Business
		operationCase(opParams('whatsappBusiness', 'getAllNumbers', { limit: 5 }), {
			numbers: ['limit'],
		}),
		byIdCase(
			'whatsappBusiness',
			'getNumber',
			'wabaUuid',
			'WAN111',
			/^\/open\/waba\/numbers\/[^/]+$/,
		),
		operationCase(
			// One page of templates (two), so the valid item makes one request.
			opParams('whatsappBusiness', 'getAllTemplates', { wabaNumber: WABA, limit: 2 }),
			{
				required: ['wabaNumber'],
				phones: ['wabaNumber'],
				numbers: ['limit'],
				booleans: ['simplify'],
			},
		),
		operationCase(opParams('whatsappBusiness', 'syncTemplates', { wabaNumber: WABA }), {
			required: ['wabaNumber'],
			phones: ['wabaNumber'],
		}),
		operationCase(wabaSend, {
			required: ['wabaNumber', 'toNumber', 'text'],
			phones: ['wabaNumber', 'toNumber'],
			texts: ['text'],
			enums: ['outsideWindow'],
			urls: ['options.url'],
		}),
		operationCase(
			opParams('whatsappBusiness', 'sendTemplate', {
				wabaNumber: WABA,
				template: 'TMP002',
				toNumber: '+14155550123',
			}),
			{ required: ['wabaNumber', 'template', 'toNumber'], phones: ['wabaNumber', 'toNumber'] },
		),
		operationCase(interactive, {
			required: ['wabaNumber', 'toNumber', 'bodyText', 'buttons.button.0.buttonTitle'],
			phones: ['wabaNumber', 'toNumber'],
			enums: ['interactiveType'],
			texts: ['bodyText', 'buttons.button.0.buttonTitle'],
		}),
		operationCase(
			{
				...interactive,
				interactiveType: 'cta_url',
				ctaDisplayText: 'Track',
				ctaUrl: 'https://shop.example.com/track',
			},
			{ required: ['ctaDisplayText', 'ctaUrl'], urls: ['ctaUrl'], texts: ['ctaDisplayText'] },
			{ label: 'link button' },
		),
	],
	faultRead: { name: 'account:getUsage', params: getUsage, fields: {} },
	faultWrite: { name: 'message:send', params: send, fields: {} },
	trigger: {
		type: 'twoChatTrigger',
		parameters: { events: ['whatsapp.message.received'], onNumber: FROM },
		multiParameters: {
			events: ['whatsapp.message.received', 'whatsapp.message.sent', 'whatsapp.message.new'],
			onNumber: FROM,
		},
		valid: (trigger) => ({ body: inbound, query: { token: String(trigger.staticData.token) } }),
		rejected: (trigger) => tokenRejections(inbound, String(trigger.staticData.token)),
		subscriptions: () => fake.webhooks.length,
		registeredUrls: () => fake.webhooks.map((w) => String(w.hook_url)),
		dropOne: () => void fake.webhooks.shift(),
		isCreate: (method, path) => method === 'POST' && path.includes('/webhooks/subscribe/'),
		isDelete: (method, path) => method === 'DELETE' && path.includes('/webhooks/'),
	},
};
