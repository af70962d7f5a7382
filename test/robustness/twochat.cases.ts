import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import { byIdCase, operationCase, tokenRejections } from '../harness/cases';
import { opParams } from '../harness/operation';
import type { ProviderCases } from './types';

const fake = new FakeTwoChat();
fake.seedContacts(5);
const FROM = '+5215500000001';
const send = opParams('message', 'send', {
	fromNumber: FROM,
	recipientType: 'number',
	toNumber: '+14155550123',
	messageType: 'text',
	text: 'Hi',
});
const getUsage = opParams('account', 'getUsage');
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
	// Operations without a case yet: each should get one (the suite fails on a new one missing).
	withoutCase: [
		'message:sendAndWait',
		'whatsappBusiness:sendInteractive',
		'account:getUsage',
		'account:testApiKey',
		'conversation:getAll',
		'group:addParticipants',
		'group:create',
		'group:demoteParticipants',
		'group:promoteParticipants',
		'group:removeParticipants',
		'group:setDescription',
		'group:setPicture',
		'message:delete',
		'message:get',
		'number:getStatus',
		'user:getAll',
		'webhook:getAll',
		'whatsappBusiness:getAllNumbers',
		'whatsappBusiness:getAllTemplates',
		'whatsappBusiness:getNumber',
		'whatsappBusiness:send',
		'whatsappBusiness:sendTemplate',
		'whatsappBusiness:syncTemplates',
	],
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
