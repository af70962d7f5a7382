/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { InstanceSettings, validateUrlSignature, WebhookContext, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IRun,
	IRunExecutionData,
	IWebhookData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';
import path from 'node:path';

import { TestCredentialsHelper } from './credentials';
import { close, listen } from './local';
import type { Package } from './engine';
import { makeAdditionalData, TestNodeTypes, withHooks } from './engine';

/** The node after the wait: hands its input on (n8n's Set with nothing to set). */
class Pass implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Pass',
		name: 'testPass',
		group: ['transform'],
		version: 1,
		description: 'Hands its input on',
		defaults: { name: 'End' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'string', default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const given = this.getNodeParameter('items', 0, '') as string;
		if (!given) return [this.getInputData()];
		return [(JSON.parse(given) as IDataObject[]).map((json) => ({ json }))];
	}
}

export interface WaitOptions {
	type: string;
	parameters: IDataObject;
	credentials: Record<string, IDataObject>;
	items?: IDataObject[];
}

interface Stored {
	/** As n8n keeps it in its database: serialized, read back per request. */
	data: string;
	status: 'waiting' | 'running' | 'success' | 'error';
	waitTill?: Date;
	run?: IRun;
}

let executionCount = 0;

/** n8n's instance secret for resume URLs, from the container n8n-core itself uses (its own @n8n/di). */
function hmacSecret(): string {
	const core = path.dirname(require.resolve('n8n-core/package.json'));
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const di = require(require.resolve('@n8n/di', { paths: [core] })) as typeof import('@n8n/di');
	return di.Container.get(InstanceSettings).hmacSignatureSecret;
}

/**
 * n8n's waiting executions for one workflow (Items → node → End), the way
 * n8n 2.x runs them: WorkflowExecute runs until the node calls
 * putExecutionToWait; the execution is kept serialized; a real HTTP server
 * on 127.0.0.1 serves `/webhook-waiting/<execution id>/<node id>` as n8n's
 * WaitingWebhooks does (n8n-io/n8n packages/cli/src/webhooks/waiting-webhooks.ts:
 * 404 for an unknown execution, 409 while it runs, n8n's "no action
 * required" page once a Send and Wait finished, else the node's `webhook`
 * through WebhookContext with the execution's data); a webhook that returns
 * workflow data resumes the execution with it as the node's output
 * (webhook-helpers.ts executeWebhook), and a timeout resumes it without
 * (WaitTracker), both through WorkflowExecute.processRunExecutionData.
 */
export class WaitingWorkflow {
	readonly executions = new Map<string, Stored>();

	/** Every request n8n received at a waiting URL, as `METHOD status`. */
	readonly received: Array<{ method: string; path: string; status: number }> = [];

	private readonly helper: TestCredentialsHelper;

	private readonly nodeTypes: TestNodeTypes;

	private readonly nodes: INode[];

	private server?: http.Server;

	private base = '';

	private readonly pending: Array<Promise<void>> = [];

	constructor(pkg: Package, options: WaitOptions) {
		this.helper = new TestCredentialsHelper(pkg.credentials);
		const credentials: INode['credentials'] = {};
		for (const [type, data] of Object.entries(options.credentials)) {
			this.helper.set(type, data as never);
			credentials[type] = { id: type, name: type };
		}
		this.nodeTypes = new TestNodeTypes({ ...pkg.nodes, 'test.pass': new Pass() });
		this.nodes = [
			{
				id: 'start',
				name: 'Items',
				type: 'test.pass',
				typeVersion: 1,
				position: [0, 0],
				parameters: { items: JSON.stringify(options.items ?? [{}]) },
			},
			{
				id: 'a1b2c3d4-0000-4000-8000-00000000wait',
				name: 'Node',
				type: options.type,
				typeVersion: 1,
				position: [200, 0],
				webhookId: 'c0ffee00-0000-4000-8000-0000000000aa',
				parameters: options.parameters as INode['parameters'],
				credentials,
			},
			{
				id: 'end',
				name: 'End',
				type: 'test.pass',
				typeVersion: 1,
				position: [400, 0],
				parameters: {},
			},
		];
	}

	/** Credential reads so far (each an expression sandbox in n8n 2.x). */
	get credentialReads(): number {
		return this.helper.reads;
	}

	get nodeId(): string {
		return this.nodes[1].id;
	}

	private workflow(): Workflow {
		return new Workflow({
			id: 'wf-wait',
			name: 'Wait test',
			nodes: JSON.parse(JSON.stringify(this.nodes)) as INode[],
			connections: {
				Items: { main: [[{ node: 'Node', type: NodeConnectionTypes.Main, index: 0 }]] },
				Node: { main: [[{ node: 'End', type: NodeConnectionTypes.Main, index: 0 }]] },
			},
			active: false,
			nodeTypes: this.nodeTypes,
			staticData: {},
			settings: { executionOrder: 'v1' },
		});
	}

	private additionalData(executionId: string, extra: IDataObject = {}) {
		return {
			...makeAdditionalData(this.helper, this.base),
			executionId,
			...extra,
		} as unknown as IWorkflowExecuteAdditionalData;
	}

	async start(): Promise<void> {
		const { server, base } = await listen(
			(req, body, res) => this.handle(req, body, res),
			this.pending,
		);
		this.server = server;
		this.base = base;
	}

	async stop(): Promise<void> {
		await close(this.server, this.pending);
	}

	/** Runs the workflow once; it waits (or fails) at the node. Returns the execution id. */
	async run(): Promise<{ id: string; run: IRun }> {
		const id = `${++executionCount}`;
		const workflow = this.workflow();
		const run = await new WorkflowExecute(
			withHooks(this.additionalData(id), 'manual', workflow),
			'manual',
		).run({ workflow, startNode: workflow.getNode('Items')! });
		this.store(id, run);
		return { id, run };
	}

	private store(id: string, run: IRun): void {
		this.executions.set(id, {
			data: JSON.stringify(run.data),
			status: run.waitTill ? 'waiting' : run.data.resultData.error ? 'error' : 'success',
			waitTill: run.waitTill ?? undefined,
			run,
		});
	}

	status(id: string): Stored['status'] | undefined {
		return this.executions.get(id)?.status;
	}

	/** The End node's items of a finished execution. */
	output(id: string): IDataObject[] {
		const run = this.executions.get(id)?.run;
		return (run?.data.resultData.runData.End?.[0]?.data?.main?.[0] ?? []).map((i) => i.json);
	}

	/** The waiting node's output items (its resumed run). */
	nodeOutput(id: string): IDataObject[] {
		const run = this.executions.get(id)?.run;
		const runs = run?.data.resultData.runData.Node ?? [];
		return (runs[runs.length - 1]?.data?.main?.[0] ?? []).map((i) => i.json);
	}

	/** What n8n's WaitTracker does when the wait's time is up: resume without an answer. */
	async timeout(id: string): Promise<IRun> {
		const stored = this.executions.get(id);
		if (stored?.status !== 'waiting') throw new Error(`Execution ${id} is not waiting`);
		return await this.resume(id, JSON.parse(stored.data) as IRunExecutionData);
	}

	/** What stopping an execution in n8n does: it is no longer waiting, and nothing of the node runs. */
	stopExecution(id: string): void {
		const stored = this.executions.get(id);
		if (stored) stored.status = 'error';
	}

	/**
	 * `url` with other query values, signed again as n8n signs resume URLs: what
	 * only someone holding n8n's instance secret could make. Shows what the
	 * node's own checks refuse once n8n's signature holds.
	 */
	resigned(url: string, values: Record<string, string>): string {
		const target = new URL(url);
		target.searchParams.delete('signature');
		for (const [key, value] of Object.entries(values)) target.searchParams.set(key, value);
		const signed = createHmac('sha256', hmacSecret())
			.update(`${target.pathname}${target.search}`)
			.digest('hex');
		target.searchParams.set('signature', signed);
		return target.toString();
	}

	/** The node's resume URL as the provider or the contact gets it (from its registration or link). */
	resumePath(id: string): string {
		return `${this.base}/webhook-waiting/${id}/${this.nodeId}`;
	}

	private async resume(id: string, data: IRunExecutionData): Promise<IRun> {
		const stored = this.executions.get(id)!;
		stored.status = 'running';
		const workflow = this.workflow();
		const run = await new WorkflowExecute(
			withHooks(this.additionalData(id), 'webhook', workflow),
			'webhook',
			data,
		).processRunExecutionData(workflow);
		this.store(id, run);
		return run;
	}

	private async handle(
		req: http.IncomingMessage,
		rawBody: Buffer,
		res: http.ServerResponse,
	): Promise<void> {
		const url = new URL(req.url ?? '/', 'http://n8n');
		const match = /^\/webhook-waiting\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
		const answer = (status: number, body: unknown, type = 'application/json') => {
			this.received.push({ method: req.method ?? '', path: url.pathname, status });
			res.writeHead(status, { 'content-type': type });
			res.end(typeof body === 'string' ? body : JSON.stringify(body));
		};
		const stored = match ? this.executions.get(match[1]) : undefined;
		if (!match || !stored) return answer(404, { message: 'The execution does not exist.' });
		if (stored.status === 'running')
			return answer(409, { message: 'The execution is running already.' });
		if (stored.status === 'error')
			return answer(409, { message: 'The execution has finished with error.' });
		if (stored.status === 'success')
			return answer(200, '<html>No action required</html>', 'text/html');
		if (decodeURIComponent(match[2]) !== this.nodeId)
			return answer(404, { message: 'No waiting webhook with a matching path/method.' });
		// n8n 2.x checks a Send and Wait URL's signature over its path and query (validateSignature).
		const signature = url.searchParams.get('signature') ?? '';
		if (!validateUrlSignature(signature, new URL(req.url ?? '/', 'http://n8n'), hmacSecret()))
			return answer(401, '<html>Invalid token</html>', 'text/html');

		let body: unknown = {};
		const text = rawBody.toString('utf8');
		const type = String(req.headers['content-type'] ?? '');
		if (text && type.includes('application/x-www-form-urlencoded')) {
			body = Object.fromEntries(new URLSearchParams(text));
		} else if (text) {
			try {
				body = JSON.parse(text);
			} catch {
				return answer(400, { message: 'Body is not valid JSON' });
			}
		}
		const data = JSON.parse(stored.data) as IRunExecutionData;
		const workflow = this.workflow();
		const node = workflow.getNode('Node')!;
		const nodeType = this.nodeTypes.getByNameAndVersion(node.type);
		const description = nodeType.description.webhooks!.find(
			(w) => w.httpMethod === req.method && w.restartWebhook === true,
		);
		if (!description) return answer(404, { message: 'No waiting webhook with a matching method.' });

		let status = 200;
		let sent = false;
		const response = {
			status(code: number) {
				status = code;
				return this;
			},
			setHeader: (k: string, v: string) => res.setHeader(k, v),
			header: (k: string, v: string) => res.setHeader(k, v),
			json: (payload: unknown) => {
				sent = true;
				answer(status, payload);
				return response;
			},
			send: (payload?: unknown) => {
				sent = true;
				answer(
					status,
					typeof payload === 'string' ? payload : JSON.stringify(payload ?? ''),
					String(res.getHeader('content-type') ?? 'text/html'),
				);
				return response;
			},
			end: (payload?: string) => {
				if (!sent) {
					sent = true;
					answer(status, payload ?? '');
				}
				return response;
			},
		};
		const request = {
			method: req.method,
			url: req.url,
			headers: req.headers,
			query: Object.fromEntries(url.searchParams),
			params: {},
			body,
			rawBody,
		};
		const webhookData: IWebhookData = {
			httpMethod: description.httpMethod as IWebhookData['httpMethod'],
			node: node.name,
			path: this.nodeId,
			webhookDescription: description,
			workflowId: workflow.id,
			workflowExecuteAdditionalData: this.additionalData(match[1]),
			webhookId: node.webhookId,
		};
		const ctx = new WebhookContext(
			workflow,
			node,
			this.additionalData(match[1], { httpRequest: request, httpResponse: response }),
			'webhook',
			webhookData,
			[],
			data,
		);
		const result = await nodeType.webhook!.call(ctx);
		if (!result.workflowData) {
			if (!sent) answer(200, { message: 'Webhook call received' });
			return;
		}
		if (!sent) {
			const page = result.webhookResponse;
			if (typeof page === 'string') answer(200, page, 'text/html');
			else answer(200, page ?? { message: 'Workflow was started' });
		}
		// The answer becomes the waiting node's output; the node itself does not run again.
		data.executionData!.nodeExecutionStack[0].data.main = result.workflowData;
		await this.resume(match[1], data);
	}
}
