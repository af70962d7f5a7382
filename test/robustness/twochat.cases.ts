import { FakeTwoChat, TWOCHAT_KEY } from '../fakes/twochat';
import type { ProviderCases } from './types';

const fake = new FakeTwoChat();
fake.seedContacts(5);
const FROM = '+5215500000001';
const send = { resource: 'message', operation: 'send', fromNumber: FROM, recipientType: 'number', toNumber: '+14155550123', messageType: 'text', text: 'Hi' };
const getUsage = { resource: 'account', operation: 'getUsage' };
const inbound = { uuid: 'MSG1', message: { text: 'hola' }, remote_phone_number: '+5215533334444', channel_phone_number: FROM };

export const twoChatCases: ProviderCases = {
	provider: '2Chat',
	nodeType: 'twoChat',
	credentialType: 'twoChatApi',
	fake,
	key: TWOCHAT_KEY,
	credentials: (baseUrl) => ({ apiKey: TWOCHAT_KEY, baseUrl }),
	errorBody: (_status, message) => ({ success: false, error: true, error_message: message }),
	operations: [
		{ name: 'message:send text', params: send, fields: { required: ['fromNumber', 'toNumber', 'text'], phones: ['fromNumber', 'toNumber'], enums: ['messageType', 'recipientType'], texts: ['text'] } },
		{ name: 'message:send media', params: { ...send, messageType: 'media', mediaUrl: 'https://example.com/a.pdf', caption: 'c' }, fields: { required: ['mediaUrl'], urls: ['mediaUrl'], texts: ['caption'] } },
		{ name: 'message:send location', params: { ...send, messageType: 'location', latitude: 19.4, longitude: -99.1, locationDetails: { url: 'https://maps.example.com/x' } }, fields: { numbers: ['latitude', 'longitude'], urls: ['locationDetails.url'] } },
		{ name: 'message:send to group', params: { ...send, recipientType: 'group', groupUuid: 'WGP001' }, fields: { required: ['groupUuid'] } },
		{ name: 'message:list', params: { resource: 'message', operation: 'list', fromNumber: FROM, chatType: 'contact', remoteNumber: '+5215599999999', limit: 5 }, fields: { required: ['fromNumber'], phones: ['fromNumber', 'remoteNumber'], enums: ['chatType'], numbers: ['limit'] } },
		{ name: 'message:list group', params: { resource: 'message', operation: 'list', fromNumber: FROM, chatType: 'group', groupUuid: 'WGP001', limit: 5 }, fields: { ids: ['groupUuid'] }, path: /^\/open\/whatsapp\/groups\/messages\/[^/]+$/ },
		{ name: 'contact:create', params: { resource: 'contact', operation: 'create', firstName: 'Ana', contactDetails: { detail: [{ type: 'E', value: 'ana@acme.test' }] }, additionalFields: { profile_pic_url: 'https://example.com/p.png' } }, fields: { required: ['firstName', 'contactDetails.detail.0.value'], emails: ['contactDetails.detail.0.value'], enums: ['contactDetails.detail.0.type'], urls: ['additionalFields.profile_pic_url'] } },
		{ name: 'contact:get', params: { resource: 'contact', operation: 'get', contactId: 'CON00001' }, fields: { required: ['contactId'], ids: ['contactId'] }, path: /^\/open\/contacts\/[^/]+$/ },
		{ name: 'contact:update', params: { resource: 'contact', operation: 'update', contactId: 'CON00002', updateFields: { last_name: 'X' } }, fields: { required: ['contactId'], ids: ['contactId'] }, path: /^\/open\/contacts\/[^/]+$/ },
		{ name: 'contact:delete', params: { resource: 'contact', operation: 'delete', contactId: 'CON00003' }, fields: { required: ['contactId'], ids: ['contactId'] }, path: /^\/open\/contacts\/[^/]+$/ },
		{ name: 'contact:list', params: { resource: 'contact', operation: 'list', limit: 3 }, fields: { numbers: ['limit'] } },
		{ name: 'contact:search', params: { resource: 'contact', operation: 'search', query: 'Contact', limit: 3 }, fields: { required: ['query'], texts: ['query'] } },
		{ name: 'number:list', params: { resource: 'number', operation: 'list', status: 'all', limit: 3 }, fields: { enums: ['status'] } },
		{ name: 'number:get', params: { resource: 'number', operation: 'get', channelUuid: 'WPN111' }, fields: { required: ['channelUuid'], ids: ['channelUuid'] }, path: /^\/open\/whatsapp\/channel\/[^/]+$/ },
		{ name: 'number:checkWhatsapp', params: { resource: 'number', operation: 'checkWhatsapp', fromNumber: FROM, phoneNumber: '+14155550123', extraInformation: false }, fields: { required: ['fromNumber', 'phoneNumber'], phones: ['fromNumber', 'phoneNumber'], booleans: ['extraInformation'] } },
		{ name: 'group:list', params: { resource: 'group', operation: 'list', fromNumber: FROM }, fields: { required: ['fromNumber'], phones: ['fromNumber'] } },
		{ name: 'group:get', params: { resource: 'group', operation: 'get', groupUuid: 'WGP001' }, fields: { required: ['groupUuid'], ids: ['groupUuid'] }, path: /^\/open\/whatsapp\/group\/[^/]+$/ },
	],
	faultRead: { name: 'account:getUsage', params: getUsage, fields: {} },
	faultWrite: { name: 'message:send', params: send, fields: {} },
	trigger: {
		type: 'twoChatTrigger',
		parameters: { events: ['whatsapp.message.received'], onNumber: FROM },
		multiParameters: { events: ['whatsapp.message.received', 'whatsapp.message.sent', 'whatsapp.message.new'], onNumber: FROM },
		valid: (trigger) => ({ body: inbound, query: { token: String(trigger.staticData.token) } }),
		rejected: (trigger) => {
			const token = String(trigger.staticData.token);
			return {
				unsigned: { body: inbound },
				'wrong token': { body: inbound, query: { token: 'f'.repeat(token.length) } },
				'short token': { body: inbound, query: { token: token.slice(0, 8) } },
				'token in a header instead': { body: inbound, headers: { 'x-token': token } },
				'token with different case': { body: inbound, query: { token: token.toUpperCase() } },
			};
		},
		subscriptions: () => fake.webhooks.length,
		dropOne: () => void fake.webhooks.shift(),
		isCreate: (method, path) => method === 'POST' && path.includes('/webhooks/subscribe/'),
		isDelete: (method, path) => method === 'DELETE' && path.includes('/webhooks/'),
	},
};
