import type { FakeResponse, RecordedRequest } from './server';
import { FakeServer, testKey } from './server';

/** A fresh fake key per run: only the fake knows it. */
export const OPENAI_KEY = testKey('sk-fake');

/*
 * What n8n's OpenAI Chat Model sends, read from n8n-io/n8n
 * packages/@n8n/nodes-langchain/nodes/llms/LMChatOpenAi/LmChatOpenAi.node.ts:
 * a LangChain `ChatOpenAI` (package @langchain/openai, over the `openai` SDK)
 * whose `configuration.baseURL` is the credential's Base URL (`url`), with
 * `Authorization: Bearer <apiKey>`. Versions 1.3+ default to the Responses API
 * (`useResponsesApi`, POST {base}/responses); with "Use Responses API" off, and
 * before 1.3, POST {base}/chat/completions. The model list and the credential
 * test read GET {base}/models (packages/@n8n/nodes-langchain/nodes/llms/
 * LMChatOpenAi/methods/loadModels.ts; packages/nodes-base/credentials/
 * OpenAiApi.credentials.ts).
 *
 * Answers are shaped as OpenAI's API reference documents them:
 *   chat:      https://platform.openai.com/docs/api-reference/chat/object
 *   stream:    https://platform.openai.com/docs/api-reference/chat-streaming
 *   responses: https://platform.openai.com/docs/api-reference/responses/object
 *   models:    https://platform.openai.com/docs/api-reference/models/list
 *   errors:    https://platform.openai.com/docs/guides/error-codes ({error:{message,type,code}})
 */

/** One answer of the fake: plain text, or a call of one of the tools offered. */
export type ScriptedReply = string | { tool: string; arguments: Record<string, unknown> };

export interface ChatMessage {
	role: string;
	/** The message's text (text parts joined with a new line). */
	content: string;
	/** Tool calls an assistant message carried back (names only). */
	toolCalls?: string[];
}

/** One request for a completion, as the fake read it. */
export interface ReceivedPrompt {
	api: 'chat' | 'responses';
	model: string;
	messages: ChatMessage[];
	/** Names of the tools offered to the model. */
	tools: string[];
	stream: boolean;
	/** Every message's text, joined: what a test searches for the words of the prompt. */
	text: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** The text of a message's `content`: a string, or a list of text parts (chat and responses). */
function textOf(content: unknown): string {
	if (typeof content === 'string') return content;
	if (!Array.isArray(content)) return '';
	return content
		.map((part) => (isObject(part) && typeof part.text === 'string' ? part.text : ''))
		.filter(Boolean)
		.join('\n');
}

function toolNames(tools: unknown): string[] {
	if (!Array.isArray(tools)) return [];
	return tools
		.map((t) => {
			if (!isObject(t)) return '';
			// chat: {type:'function', function:{name}}; responses: {type:'function', name}
			if (isObject(t.function) && typeof t.function.name === 'string') return t.function.name;
			return typeof t.name === 'string' ? t.name : '';
		})
		.filter(Boolean);
}

function chatMessages(list: unknown): ChatMessage[] {
	if (!Array.isArray(list)) return [];
	return list.filter(isObject).map((m) => ({
		role: String(m.role ?? ''),
		content: textOf(m.content),
		...(Array.isArray(m.tool_calls)
			? {
					toolCalls: m.tool_calls.map((c) =>
						isObject(c) && isObject(c.function) ? String(c.function.name) : '',
					),
				}
			: {}),
	}));
}

/** Responses API `input`: a string, or items (messages, function calls and their outputs). */
function responsesMessages(input: unknown, instructions: unknown): ChatMessage[] {
	const messages: ChatMessage[] = [];
	if (typeof instructions === 'string' && instructions)
		messages.push({ role: 'system', content: instructions });
	if (typeof input === 'string') return [...messages, { role: 'user', content: input }];
	if (!Array.isArray(input)) return messages;
	for (const item of input.filter(isObject)) {
		if (item.type === 'function_call')
			messages.push({ role: 'assistant', content: '', toolCalls: [String(item.name)] });
		else if (item.type === 'function_call_output')
			messages.push({ role: 'tool', content: textOf(item.output) });
		else messages.push({ role: String(item.role ?? 'user'), content: textOf(item.content) });
	}
	return messages;
}

let sequence = 0;
const nextId = (prefix: string) =>
	`${prefix}${Date.now().toString(36)}${(++sequence).toString(36)}`;

/**
 * A local stand-in for OpenAI's API, for AI Agent workflows in tests: it
 * records every prompt it receives and answers from a script (texts, or a
 * call of one of the offered tools), falling back to a default reply.
 */
export class FakeChatModel extends FakeServer {
	readonly prompts: ReceivedPrompt[] = [];

	/** Model ids listed by GET /v1/models. */
	models = ['gpt-4o-mini', 'gpt-5-mini'];

	/** Answered when the script is empty. */
	defaultReply: ScriptedReply = 'Thanks for your message!';

	private readonly script: ScriptedReply[] = [];

	constructor(readonly apiKey = OPENAI_KEY) {
		super(
			'/v1',
			(req) => {
				if (req.headers.authorization === `Bearer ${this.apiKey}`) return undefined;
				return openAiError(
					401,
					'Incorrect API key provided.',
					'invalid_request_error',
					'invalid_api_key',
				);
			},
			(req) =>
				openAiError(404, `Invalid URL (${req.method} ${req.path})`, 'invalid_request_error', null),
		);
		this.on('GET', '/models', () => ({
			status: 200,
			body: {
				object: 'list',
				data: this.models.map((id) => ({
					id,
					object: 'model',
					created: 1700000000,
					owned_by: 'fake',
				})),
			},
		}));
		this.on('POST', '/chat/completions', (req) => this.complete(req));
		this.on('POST', '/responses', (req) => this.respondTo(req));
	}

	/** Queues answers, used in order before the default reply. */
	reply(...replies: ScriptedReply[]): this {
		this.script.push(...replies);
		return this;
	}

	/** Forgets the prompts received and the queued answers. */
	reset(): void {
		this.prompts.length = 0;
		this.script.length = 0;
		this.requests.length = 0;
		this.clearFaults();
	}

	private next(prompt: ReceivedPrompt): ScriptedReply {
		const reply = this.script.shift() ?? this.defaultReply;
		// A tool call is only answered when the tool was offered, as a real model would.
		if (typeof reply !== 'string' && !prompt.tools.includes(reply.tool))
			throw new Error(`tool ${reply.tool} was not offered (offered: ${prompt.tools.join(', ')})`);
		return reply;
	}

	private record(req: RecordedRequest, api: ReceivedPrompt['api']): ReceivedPrompt | FakeResponse {
		const body = req.body;
		if (!isObject(body) || typeof body.model !== 'string')
			return openAiError(400, 'you must provide a model parameter', 'invalid_request_error', null);
		const messages =
			api === 'chat'
				? chatMessages(body.messages)
				: responsesMessages(body.input, body.instructions);
		if (!messages.length)
			return openAiError(400, "'messages' must not be empty", 'invalid_request_error', null);
		const prompt: ReceivedPrompt = {
			api,
			model: body.model,
			messages,
			tools: toolNames(body.tools),
			stream: body.stream === true,
			text: messages.map((m) => m.content).join('\n'),
		};
		this.prompts.push(prompt);
		return prompt;
	}

	private complete(req: RecordedRequest): FakeResponse {
		const prompt = this.record(req, 'chat');
		if (!('api' in prompt)) return prompt;
		const reply = this.next(prompt);
		const id = nextId('chatcmpl-');
		const created = Math.floor(Date.now() / 1000);
		const message =
			typeof reply === 'string'
				? { role: 'assistant', content: reply, refusal: null }
				: {
						role: 'assistant',
						content: null,
						refusal: null,
						tool_calls: [
							{
								id: nextId('call_'),
								type: 'function',
								function: { name: reply.tool, arguments: JSON.stringify(reply.arguments) },
							},
						],
					};
		const finish = typeof reply === 'string' ? 'stop' : 'tool_calls';
		const usage = usageOf(prompt, reply);
		if (!prompt.stream)
			return {
				status: 200,
				body: {
					id,
					object: 'chat.completion',
					created,
					model: prompt.model,
					choices: [{ index: 0, message, logprobs: null, finish_reason: finish }],
					usage,
				},
			};
		// Streamed: one delta with the whole answer, the finish, then usage when asked.
		const chunk = (choices: unknown[], extra: Json = {}) =>
			`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: prompt.model, choices, ...extra })}\n\n`;
		const delta =
			typeof reply === 'string'
				? { role: 'assistant', content: reply }
				: {
						role: 'assistant',
						content: null,
						tool_calls: (message.tool_calls ?? []).map((c, index) => ({ index, ...c })),
					};
		const streamOptions = isObject(req.body) ? req.body.stream_options : undefined;
		const events = [
			chunk([{ index: 0, delta, logprobs: null, finish_reason: null }]),
			chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: finish }]),
			isObject(streamOptions) && streamOptions.include_usage ? chunk([], { usage }) : '',
			'data: [DONE]\n\n',
		];
		return { status: 200, headers: { 'content-type': 'text/event-stream' }, raw: events.join('') };
	}

	private respondTo(req: RecordedRequest): FakeResponse {
		const prompt = this.record(req, 'responses');
		if (!('api' in prompt)) return prompt;
		if (prompt.stream)
			return openAiError(
				400,
				'the fake answers the Responses API without streaming only',
				'invalid_request_error',
				null,
			);
		const reply = this.next(prompt);
		const output =
			typeof reply === 'string'
				? [
						{
							type: 'message',
							id: nextId('msg_'),
							status: 'completed',
							role: 'assistant',
							content: [{ type: 'output_text', text: reply, annotations: [] }],
						},
					]
				: [
						{
							type: 'function_call',
							id: nextId('fc_'),
							call_id: nextId('call_'),
							name: reply.tool,
							arguments: JSON.stringify(reply.arguments),
							status: 'completed',
						},
					];
		const usage = usageOf(prompt, reply);
		return {
			status: 200,
			body: {
				id: nextId('resp_'),
				object: 'response',
				created_at: Math.floor(Date.now() / 1000),
				status: 'completed',
				error: null,
				incomplete_details: null,
				model: prompt.model,
				output,
				parallel_tool_calls: true,
				tool_choice: 'auto',
				tools: [],
				usage: {
					input_tokens: usage.prompt_tokens,
					output_tokens: usage.completion_tokens,
					total_tokens: usage.total_tokens,
				},
			},
		};
	}
}

/** Token counts by words: a stand-in, enough for n8n's token tracing. */
function usageOf(prompt: ReceivedPrompt, reply: ScriptedReply) {
	const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
	const prompt_tokens = words(prompt.text);
	const completion_tokens = words(typeof reply === 'string' ? reply : JSON.stringify(reply));
	return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}

function openAiError(
	status: number,
	message: string,
	type: string,
	code: string | null,
): FakeResponse {
	return { status, body: { error: { message, type, param: null, code } } };
}
