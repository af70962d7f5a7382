import { FakeHeyy, HEYY_KEY } from '../test/fakes/heyy';
import { FakeSpoki, SPOKI_KEY } from '../test/fakes/spoki';
import { FakeTwoChat, TWOCHAT_KEY } from '../test/fakes/twochat';
import { contactUuid, FakeWeni, FLOW_ONBOARDING, GROUP_VIP, WENI_TOKEN } from '../test/fakes/weni';
import type { Scenario } from './run';

const twoChat = new FakeTwoChat();
const heyy = new FakeHeyy();
heyy.planLimit = 1e9; // Heyy's plan limit is its own scenario's business, not these
const spoki = new FakeSpoki();
const weni = new FakeWeni();

const phones = (n: number) =>
	Array.from({ length: n }, (_, i) => ({ to: `+1415777${String(i).padStart(4, '0')}` }));
const creds = {
	twoChat: (baseUrl: string) => ({ apiKey: TWOCHAT_KEY, baseUrl }),
	heyy: (baseUrl: string) => ({ apiKey: HEYY_KEY, baseUrl }),
	spoki: (baseUrl: string) => ({ apiKey: SPOKI_KEY, baseUrl: baseUrl.replace(/\/$/, '') }),
	weni: (baseUrl: string) => ({ apiToken: WENI_TOKEN, baseUrl }),
};

export const scenarios: Scenario[] = [
	// 1. A single-request write, 1,000 times, per provider.
	{
		name: '2Chat: send 1,000 text messages',
		fake: twoChat,
		items: 1000,
		nodeType: 'twoChat',
		credentialType: 'twoChatApi',
		credentials: creds.twoChat,
		parameters: {
			resource: 'message',
			operation: 'send',
			fromNumber: '+5215500000001',
			toNumber: '={{ $json.to }}',
			messageType: 'text',
			text: 'Your order has shipped',
		},
		input: phones(1000),
		expectOutput: 1000,
	},
	{
		name: 'Heyy: send 1,000 text messages',
		fake: heyy,
		items: 1000,
		nodeType: 'heyy',
		credentialType: 'heyyApi',
		credentials: creds.heyy,
		parameters: {
			resource: 'message',
			operation: 'send',
			channelId: 'ch_wa_1',
			phoneNumber: '={{ $json.to }}',
			messageType: 'text',
			text: 'Your order has shipped',
		},
		input: phones(1000),
		expectOutput: 1000,
	},
	{
		name: 'Spoki: send 1,000 text messages',
		fake: spoki,
		items: 1000,
		nodeType: 'spoki',
		credentialType: 'spokiApi',
		credentials: creds.spoki,
		parameters: {
			resource: 'message',
			operation: 'sendText',
			phone: '={{ $json.to }}',
			text: 'Your order has shipped',
		},
		input: phones(1000),
		expectOutput: 1000,
	},
	{
		name: 'Weni: send 1,000 messages',
		fake: weni,
		items: 1000,
		nodeType: 'weni',
		credentialType: 'weniApi',
		credentials: creds.weni,
		parameters: {
			resource: 'message',
			operation: 'send',
			contact: '={{ $json.contact }}',
			text: 'Your order has shipped',
		},
		input: Array.from({ length: 1000 }, (_, i) => ({ contact: contactUuid(i + 1) })),
		expectOutput: 1000,
		setup: () => {
			if (weni.contacts.length < 1000) weni.seedContacts(1000 - weni.contacts.length);
		},
	},
	// 2. Return All of a large contact base.
	{
		name: 'Weni: Return All of 100,000 contacts (cursor, 250 per page)',
		fake: weni,
		items: 100_000,
		nodeType: 'weni',
		credentialType: 'weniApi',
		credentials: creds.weni,
		parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
		expectOutput: 100_000,
		setup: () => {
			if (weni.contacts.length < 100_000) weni.seedContacts(100_000 - weni.contacts.length);
		},
	},
	{
		name: 'Spoki: Return All of 20,000 contacts (DRF next)',
		fake: spoki,
		items: 20_000,
		nodeType: 'spoki',
		credentialType: 'spokiApi',
		credentials: creds.spoki,
		parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
		expectOutput: 20_000,
		setup: () => {
			if (spoki.contacts.length < 20_000) spoki.seedContacts(20_000 - spoki.contacts.length);
		},
	},
	// 3. Bulk endpoints.
	{
		name: 'Spoki: create or update 5,000 contacts (bulk sync)',
		fake: spoki,
		items: 5000,
		nodeType: 'spoki',
		credentialType: 'spokiApi',
		credentials: creds.spoki,
		parameters: {
			resource: 'contact',
			operation: 'upsert',
			phone: '={{ $json.phone }}',
			additionalFields: { firstName: '={{ $json.name }}' },
		},
		input: Array.from({ length: 5000 }, (_, i) => ({
			phone: `+39320${String(i).padStart(7, '0')}`,
			name: `Person ${i}`,
		})),
		expectOutput: 5000,
		perItemRequests: 5000,
	},
	{
		name: 'Weni: add 1,000 contacts to a group (contact actions)',
		fake: weni,
		items: 1000,
		nodeType: 'weni',
		credentialType: 'weniApi',
		credentials: creds.weni,
		parameters: {
			resource: 'contact',
			operation: 'applyAction',
			contactAction: 'add',
			group: GROUP_VIP,
			contact: '={{ $json.contact }}',
		},
		input: Array.from({ length: 1000 }, (_, i) => ({ contact: contactUuid(i + 1) })),
		expectOutput: 1000,
		perItemRequests: 1000,
	},
	{
		name: 'Weni: start a flow for 1,000 URNs (combined starts)',
		fake: weni,
		items: 1000,
		nodeType: 'weni',
		credentialType: 'weniApi',
		credentials: creds.weni,
		parameters: {
			resource: 'flow',
			operation: 'start',
			flow: FLOW_ONBOARDING,
			urns: '={{ $json.urn }}',
		},
		input: Array.from({ length: 1000 }, (_, i) => ({
			urn: `whatsapp:55119${String(i).padStart(8, '0')}`,
		})),
		expectOutput: 1000,
		perItemRequests: 1000,
	},
	{
		name: 'Spoki: add 1,200 contacts to a list (bulk list sync)',
		fake: spoki,
		items: 1200,
		nodeType: 'spoki',
		credentialType: 'spokiApi',
		credentials: creds.spoki,
		parameters: {
			resource: 'list',
			operation: 'addContacts',
			listId: '81',
			phone: '={{ $json.phone }}',
		},
		input: Array.from({ length: 1200 }, (_, i) => ({
			phone: `+39321${String(i).padStart(7, '0')}`,
		})),
		expectOutput: 1200,
		perItemRequests: 1200,
	},
	{
		name: 'Weni: archive 1,000 messages (message actions)',
		fake: weni,
		items: 1000,
		nodeType: 'weni',
		credentialType: 'weniApi',
		// The API is named, so no detection request is counted.
		credentials: (baseUrl: string) => ({ ...creds.weni(baseUrl), apiFlavour: 'rapidpro' }),
		parameters: {
			resource: 'message',
			operation: 'applyAction',
			messageAction: 'archive',
			messageId: '={{ $json.id }}',
		},
		setup: () => {
			weni.messages = [];
			weni.seedMessages(1000);
		},
		input: Array.from({ length: 1000 }, (_, i) => ({ id: i + 1 })),
		expectOutput: 1000,
		perItemRequests: 1000,
	},
	// 4. Under a rate limit.
	{
		name: '2Chat: 1,000 reads under a 200 req/s limit (429 + Retry-After)',
		fake: twoChat,
		items: 1000,
		nodeType: 'twoChat',
		credentialType: 'twoChatApi',
		credentials: creds.twoChat,
		parameters: { resource: 'account', operation: 'getUsage' },
		input: phones(1000),
		expectOutput: 1000,
		setup: () => twoChat.rateLimit(200, 1000),
		teardown: () => twoChat.clearRateLimit(),
		minimumMs: ((1000 - 200) / 200) * 1000,
	},
];
