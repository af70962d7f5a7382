/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error -- test harness, not node code */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HookContext, WebhookContext, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	IRun,
	IWebhookData,
	IWebhookDescription,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createRunExecutionData, NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';
import { close, listen } from './local';
import type { Package } from './engine';
import { makeAdditionalData, TestNodeTypes, withHooks } from './engine';

export interface TriggerOptions {
	type: string;
	parameters: IDataObject;
	credentials: Record<string, IDataObject>;
	/** The node's type version; the node's default when not given. */
	typeVersion?: number;
}

export interface Delivery {
	status: number;
	body: string;
}

/**
 * An active workflow (trigger → nothing) the way n8n runs one: activation
 * calls the trigger's checkExists/create through n8n-core's HookContext, a
 * real HTTP server on 127.0.0.1 receives deliveries and hands them to the
 * trigger's `webhook` through WebhookContext, and accepted deliveries run the
 * workflow through WorkflowExecute. Deactivation calls `delete`.
 *
 * Static data lives as n8n keeps it: one stored value per workflow (the
 * database column). Activation, deactivation and every delivery load their
 * own copy and save it whole if they changed it, at the moments n8n does
 * (ActiveWorkflowManager.addWebhooks / clearWebhooks, LiveWebhooks.executeWebhook,
 * n8n-io/n8n packages/cli/src): the webhook is served from before
 * checkExists/create run until after delete ran, and a delivery saves after
 * `webhook()` returned, before its answer.
 */
let triggerCount = 0;

export class ActiveTrigger {
	readonly executions: IRun[] = [];

	readonly workflow: Workflow;

	private readonly helper: TestCredentialsHelper;

	private readonly node: INode;

	private readonly nodeType: INodeType;

	private server?: http.Server;

	private additionalData!: IWorkflowExecuteAdditionalData;

	private readonly pending: Array<Promise<void>> = [];

	private readonly nodeTypes: TestNodeTypes;

	/** The workflow's static data as stored (n8n's database column); a copy is loaded per use. */
	private stored: IDataObject = {};

	/** Size in bytes of each save of static data made by a delivery. */
	readonly deliverySaves: number[] = [];

	/** Deliveries that have loaded their copy of the static data so far. */
	loadedDeliveries = 0;

	/** While set, deliveries wait before saving (to order saves in race tests). */
	private saveGate?: Promise<void>;

	/** Like n8n, the production webhook is served only while the workflow is active. */
	private active = false;

	constructor(pkg: Package, options: TriggerOptions) {
		this.helper = new TestCredentialsHelper(pkg.credentials);
		for (const [type, data] of Object.entries(options.credentials))
			this.helper.set(type, data as never);
		const nodeCredentials: INode['credentials'] = {};
		for (const type of Object.keys(options.credentials))
			nodeCredentials[type] = { id: type, name: type };
		const nodeTypes = new TestNodeTypes(pkg.nodes);
		const { description } = nodeTypes.getByNameAndVersion(options.type);
		const versions = ([] as number[]).concat(description.version);
		this.node = {
			id: 'trigger',
			name: 'Trigger',
			type: options.type,
			typeVersion: options.typeVersion ?? description.defaultVersion ?? Math.max(...versions),
			position: [0, 0],
			webhookId: 'c0ffee00-0000-4000-8000-000000000001',
			parameters: options.parameters as INode['parameters'],
			credentials: nodeCredentials,
		};
		this.nodeTypes = nodeTypes;
		this.nodeType = nodeTypes.getByNameAndVersion(options.type);
		this.workflow = new Workflow({
			// Each trigger its own workflow, as in n8n: replay memory and tokens are per workflow and node.
			id: `wf-trigger-${++triggerCount}`,
			name: 'Trigger test',
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes,
			staticData: {},
			settings: { executionOrder: 'v1' },
		});
	}

	/**
	 * n8n's production URL of the trigger's default webhook, as the editor shows
	 * it: path parameters (`:token`) left as they are.
	 */
	get webhookUrl(): string {
		return `${this.additionalData.webhookBaseUrl}/${this.node.webhookId}/${this.description('default').path}`;
	}

	/**
	 * The URL a provider would hold: `:name` path segments filled in, the other
	 * values (the token, 2Chat's event) as query values in the order given.
	 */
	urlWith(values: Record<string, string>): string {
		const rest = { ...values };
		const path = this.webhookUrl
			.split('/')
			.map((segment) => {
				if (!segment.startsWith(':')) return segment;
				const value = rest[segment.slice(1)] ?? '';
				delete rest[segment.slice(1)];
				return encodeURIComponent(value);
			})
			.join('/');
		const url = new URL(path);
		for (const [key, value] of Object.entries(rest)) url.searchParams.set(key, value);
		return url.toString();
	}

	/** Credential reads so far (n8n 2.x builds an expression sandbox for each). */
	get credentialReads(): number {
		return this.helper.reads;
	}

	/** Replaces a credential's stored values, as editing the credential in n8n does. */
	setCredential(type: string, data: IDataObject): void {
		this.helper.set(type, data as never);
	}

	/** The trigger's static data as stored (changes to it are stored). */
	get staticData(): IDataObject {
		return (this.stored[`node:${this.node.name}`] ??= {}) as IDataObject;
	}

	/** A copy of the workflow as n8n loads it from the database, static data included. */
	private load(): Workflow {
		return new Workflow({
			id: this.workflow.id,
			name: this.workflow.name,
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes: this.nodeTypes,
			staticData: JSON.parse(JSON.stringify(this.stored)) as IDataObject,
			settings: { executionOrder: 'v1' },
		});
	}

	/** n8n's saveStaticData: the whole static data of the copy, if it changed. */
	private save(workflow: Workflow): number {
		if (workflow.staticData.__dataChanged !== true) return 0;
		const json = JSON.stringify(workflow.staticData);
		this.stored = JSON.parse(json) as IDataObject;
		workflow.staticData.__dataChanged = false;
		return Buffer.byteLength(json);
	}

	/** Holds every delivery's save until the returned function is called. */
	holdSaves(): () => void {
		let release!: () => void;
		this.saveGate = new Promise<void>((resolve) => (release = resolve));
		return () => {
			this.saveGate = undefined;
			release();
		};
	}

	async start(): Promise<void> {
		const { server, base } = await listen(
			(req, body, res) => this.handle(req, body, res),
			this.pending,
		);
		this.server = server;
		this.additionalData = makeAdditionalData(this.helper, base);
	}

	async stop(): Promise<void> {
		await close(this.server, this.pending);
	}

	private description(name: string): IWebhookDescription {
		const found = this.nodeType.description.webhooks?.find((w) => w.name === name);
		if (!found) throw new Error(`No webhook ${name}`);
		return found;
	}

	private webhookData(name = 'default'): IWebhookData {
		const description = this.description(name);
		return {
			httpMethod: description.httpMethod as IWebhookData['httpMethod'],
			node: this.node.name,
			path: `${this.node.webhookId}/${description.path}`,
			webhookDescription: description,
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: this.additionalData,
			webhookId: this.node.webhookId,
		};
	}

	private async hook(
		method: 'checkExists' | 'create' | 'delete',
		workflow: Workflow,
	): Promise<boolean> {
		const ctx = new HookContext(
			workflow,
			this.node,
			this.additionalData,
			'trigger',
			'activate',
			this.webhookData(),
		);
		const fn = this.nodeType.webhookMethods?.default?.[method];
		if (!fn) throw new Error(`Trigger has no ${method}`);
		return (await fn.call(ctx)) as boolean;
	}

	async checkExists(): Promise<boolean> {
		const workflow = this.load();
		try {
			return await this.hook('checkExists', workflow);
		} finally {
			this.save(workflow);
		}
	}

	/**
	 * What n8n does on activation: the webhook is served from here on, then
	 * create runs only when checkExists says it is missing, then the static
	 * data is saved. (After a failure n8n saves nothing and runs delete on the
	 * stored copy; the copy is saved here, so leftovers can be checked.)
	 */
	async activate(): Promise<void> {
		this.active = true;
		const workflow = this.load();
		try {
			if (!(await this.hook('checkExists', workflow))) await this.hook('create', workflow);
		} catch (error) {
			this.active = false;
			throw error;
		} finally {
			this.save(workflow);
		}
	}

	/** n8n's clearWebhooks: delete on a fresh copy, the copy saved, then the webhook is no longer served. */
	async deactivate(): Promise<void> {
		const workflow = this.load();
		try {
			await this.hook('delete', workflow);
		} finally {
			this.save(workflow);
			this.active = false;
		}
	}

	/** Sends a delivery to the trigger's URL (or `url`) over real HTTP. */
	async deliver(
		body: unknown,
		options: {
			query?: Record<string, string>;
			headers?: Record<string, string>;
			url?: string;
			raw?: string;
			method?: string;
		} = {},
	): Promise<Delivery> {
		const query = { ...options.query };
		const target = options.url ?? this.webhookUrl;
		const url = new URL(target);
		for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
		const payload = options.raw ?? JSON.stringify(body);
		const method = options.method ?? 'POST';
		const response = await fetch(url, {
			method,
			headers: { 'content-type': 'application/json', ...options.headers },
			body: method === 'GET' || method === 'HEAD' ? undefined : payload,
		});
		const text = await response.text();
		await Promise.all(this.pending);
		return { status: response.status, body: text };
	}

	/** Output items of the trigger in each execution so far. */
	outputs(): INodeExecutionData[][] {
		return this.executions.map(
			(run) => run.data.resultData.runData.Trigger?.[0]?.data?.main?.[0] ?? [],
		);
	}

	private async handle(
		req: http.IncomingMessage,
		rawBody: Buffer,
		res: http.ServerResponse,
	): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://n8n');
		const data = this.webhookData();
		const params = this.active ? matchPath(data.path, url.pathname) : undefined;
		if (!params || req.method !== data.httpMethod) {
			res.writeHead(404, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ message: 'The requested webhook is not registered.' }));
			return;
		}
		let body: unknown = {};
		const text = rawBody.toString('utf8');
		if (text) {
			try {
				body = JSON.parse(text);
			} catch {
				res.writeHead(400, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ message: 'Body is not valid JSON' }));
				return;
			}
		}
		// The slice of Express's request and response a trigger uses.
		const request = {
			method: req.method,
			url: req.url,
			headers: req.headers,
			query: queryOf(url.searchParams),
			params,
			body,
			rawBody,
		};
		let sent = false;
		const response = {
			statusCode: 200,
			status(code: number) {
				this.statusCode = code;
				return this;
			},
			setHeader: (k: string, v: string) => res.setHeader(k, v),
			header: (k: string, v: string) => res.setHeader(k, v),
			json(payload: unknown) {
				sent = true;
				res.writeHead(this.statusCode, { 'content-type': 'application/json' });
				res.end(JSON.stringify(payload));
				return this;
			},
			send(payload?: unknown) {
				sent = true;
				res.writeHead(this.statusCode);
				res.end(
					typeof payload === 'string' || Buffer.isBuffer(payload)
						? payload
						: JSON.stringify(payload ?? ''),
				);
				return this;
			},
			end(payload?: string) {
				if (!sent) {
					sent = true;
					res.writeHead(this.statusCode);
					res.end(payload);
				}
				return this;
			},
		};
		const additionalData = {
			...this.additionalData,
			httpRequest: request,
			httpResponse: response,
		} as unknown as IWorkflowExecuteAdditionalData;
		const workflow = this.load();
		this.loadedDeliveries++;
		const ctx = new WebhookContext(workflow, this.node, additionalData, 'webhook', data, [], null);
		const result = await this.nodeType.webhook!.call(ctx);
		await this.saveGate;
		const bytes = this.save(workflow);
		if (bytes) this.deliverySaves.push(bytes);
		// As n8n does (webhook-helpers.ts): a node that answered itself still starts the workflow it returned.
		if (result.noWebhookResponse) {
			if (!sent) res.end();
			if (!result.workflowData) return;
		}
		if (!result.workflowData) {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ message: 'Webhook call received' }));
			return;
		}
		if (!result.noWebhookResponse) {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ message: 'Workflow was started' }));
		}
		const runData = createRunExecutionData({
			executionData: {
				nodeExecutionStack: [
					{ node: this.node, data: { main: result.workflowData }, source: null },
				],
			},
		});
		const run = await new WorkflowExecute(
			withHooks(additionalData, 'webhook', workflow),
			'webhook',
			runData,
		).processRunExecutionData(workflow);
		this.executions.push(run);
	}
}

/**
 * Stands between a node and a provider fake while an API key is rotated: the
 * provider accepts the new key, which the fake does not know, so the proxy
 * swaps it for the fake's key in every request header. Everything else passes
 * through unchanged.
 */
export class KeyRotationProxy {
	private server?: http.Server;

	/** New key → the key the fake accepts. */
	readonly keys = new Map<string, string>();

	constructor(private readonly target: string) {}

	/** Starts and returns the base URL to put in the credential (the target's, on the proxy's port). */
	async start(): Promise<string> {
		const target = new URL(this.target);
		this.server = http.createServer((req, res) => {
			const headers: http.OutgoingHttpHeaders = {};
			for (const [name, value] of Object.entries(req.headers)) {
				let text = Array.isArray(value) ? value.join(', ') : (value ?? '');
				for (const [fresh, known] of this.keys) text = text.split(fresh).join(known);
				headers[name] = text;
			}
			headers.host = target.host;
			const upstream = http.request(
				{ host: target.hostname, port: target.port, method: req.method, path: req.url, headers },
				(answer) => {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
				},
			);
			upstream.on('error', () => res.destroy());
			req.pipe(upstream);
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		const { port } = this.server.address() as AddressInfo;
		return `http://127.0.0.1:${port}${target.pathname.replace(/\/$/, '')}`;
	}

	async stop(): Promise<void> {
		await close(this.server, []);
	}
}

/** The query as Express parses it for n8n: a repeated key gives an array. */
function queryOf(params: URLSearchParams): Record<string, string | string[]> {
	const query: Record<string, string | string[]> = {};
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key);
		query[key] = values.length > 1 ? values : values[0];
	}
	return query;
}

/**
 * n8n's webhook lookup (WebhookService.findStaticWebhook / findDynamicWebhook,
 * n8n-io/n8n packages/cli/src/webhooks/webhook.service.ts): a trailing slash is
 * dropped, then the path must equal the webhook's, segment for segment, with
 * `:name` segments taking any value into `req.params`. Undefined: no webhook (404).
 */
function matchPath(webhookPath: string, pathname: string): Record<string, string> | undefined {
	const given = pathname.replace(/\/+$/, '').split('/');
	const wanted = `/webhook/${webhookPath}`.split('/');
	if (given.length !== wanted.length) return undefined;
	const params: Record<string, string> = {};
	for (const [n, segment] of wanted.entries()) {
		if (segment.startsWith(':')) {
			if (!given[n]) return undefined;
			params[segment.slice(1)] = decodeURIComponent(given[n]);
		} else if (segment !== given[n]) return undefined;
	}
	return params;
}

export { NodeConnectionTypes };
