/* eslint-disable @n8n/community-nodes/no-restricted-imports -- the clients n8n's OpenAI Chat Model uses, present through @n8n/node-cli's dependencies */
/**
 * The fake chat model against the client n8n's OpenAI Chat Model builds:
 * LangChain's ChatOpenAI (@langchain/openai) with the credential's Base URL,
 * over chat completions and the Responses API; streaming through the OpenAI SDK.
 */
import { ChatOpenAI } from '@langchain/openai';
import OpenAI from 'openai';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';

import { FakeChatModel, OPENAI_KEY } from '../fakes/chat-model';

const fake = new FakeChatModel();
let baseURL = '';

beforeAll(async () => {
	baseURL = await fake.start();
});
afterAll(async () => fake.stop());
beforeEach(() => fake.reset());

const model = (fields: Record<string, unknown> = {}) =>
	new ChatOpenAI({
		apiKey: OPENAI_KEY,
		model: 'gpt-4o-mini',
		maxRetries: 0,
		configuration: { baseURL },
		...fields,
	});

const lookup = {
	type: 'function' as const,
	function: {
		name: 'lookup_order',
		description: 'Finds an order',
		parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
	},
};

describe('fake chat model', () => {
	it('records the prompt and answers the scripted reply over chat completions', async () => {
		fake.reply('Your order ships tomorrow.');
		const answer = await model().invoke([
			new SystemMessage('You are a shop assistant.'),
			new HumanMessage('hi\nwhere is my order?\nit is 42'),
		]);
		expect(answer.content).toBe('Your order ships tomorrow.');
		expect(fake.prompts).toHaveLength(1);
		expect(fake.prompts[0]).toMatchObject({ api: 'chat', model: 'gpt-4o-mini', stream: false });
		expect(fake.prompts[0].messages.map((m) => m.role)).toEqual(['system', 'user']);
		expect(fake.prompts[0].text).toContain('where is my order?');
		// the default reply once the script is used up
		expect((await model().invoke('again')).content).toBe(fake.defaultReply);
	});

	it('answers with a call of an offered tool, then the scripted text', async () => {
		fake.reply({ tool: 'lookup_order', arguments: { id: '42' } }, 'Order 42 is on its way.');
		const withTools = model().bindTools([lookup]);
		const call = await withTools.invoke('where is order 42?');
		expect(call.tool_calls).toEqual([
			expect.objectContaining({ name: 'lookup_order', args: { id: '42' } }),
		]);
		expect(fake.prompts[0].tools).toEqual(['lookup_order']);
		const done = await withTools.invoke('where is order 42?');
		expect(done.content).toBe('Order 42 is on its way.');
	});

	it('refuses a tool call the model was not offered', async () => {
		fake.reply({ tool: 'lookup_order', arguments: {} });
		await expect(model().invoke('hello')).rejects.toThrow();
	});

	it('streams chat completions with usage, as the OpenAI SDK reads them', async () => {
		fake.reply('streamed answer');
		const client = new OpenAI({ apiKey: OPENAI_KEY, baseURL, maxRetries: 0 });
		const stream = await client.chat.completions.create({
			model: 'gpt-4o-mini',
			messages: [{ role: 'user', content: 'hello' }],
			stream: true,
			stream_options: { include_usage: true },
		});
		let text = '';
		let usage: unknown;
		for await (const chunk of stream) {
			text += chunk.choices[0]?.delta.content ?? '';
			usage ??= chunk.usage ?? undefined;
		}
		expect(text).toBe('streamed answer');
		expect(usage).toMatchObject({ total_tokens: expect.any(Number) });
		expect(fake.prompts[0].stream).toBe(true);
	});

	it('answers the Responses API, text and tool call', async () => {
		fake.reply({ tool: 'lookup_order', arguments: { id: '7' } }, 'done');
		const responses = model({ useResponsesApi: true }).bindTools([lookup]);
		const call = await responses.invoke('order 7?');
		expect(call.tool_calls).toEqual([
			expect.objectContaining({ name: 'lookup_order', args: { id: '7' } }),
		]);
		const done = await responses.invoke('order 7?');
		expect(done.text).toBe('done');
		expect(fake.prompts.map((p) => p.api)).toEqual(['responses', 'responses']);
	});

	it('lists models and refuses a wrong key as OpenAI does', async () => {
		const ok = await fetch(`${baseURL}/models`, {
			headers: { authorization: `Bearer ${OPENAI_KEY}` },
		});
		expect(((await ok.json()) as { data: { id: string }[] }).data.map((m) => m.id)).toContain(
			'gpt-4o-mini',
		);
		const denied = await fetch(`${baseURL}/models`, { headers: { authorization: 'Bearer nope' } });
		expect(denied.status).toBe(401);
		expect(await denied.json()).toMatchObject({ error: { code: 'invalid_api_key' } });
	});
});
