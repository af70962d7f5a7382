import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	INodeTypeDescription,
	IRun,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { LoggerProxy, NodeConnectionTypes, Workflow } from 'n8n-workflow';

/** Every log line n8n and the nodes write during tests, for assertions (e.g. no secrets). */
export const logLines: string[] = [];
const record =
	(level: string) =>
	(message: string, meta?: object): void => {
		logLines.push(`${level} ${message}${meta ? ` ${JSON.stringify(meta)}` : ''}`);
	};
LoggerProxy.init({
	error: record('error'),
	warn: record('warn'),
	info: record('info'),
	debug: record('debug'),
	scoped: () => LoggerProxy,
} as never);

import { TestCredentialsHelper } from './credentials';

/** A start node for tests: emits the items the test hands it. */
let counter = 0;

const pendingItems = new Map<string, INodeExecutionData[]>();
class TestItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Test Items',
		name: 'testItems',
		group: ['input'],
		version: 1,
		description: 'Emits the test items',
		defaults: { name: 'Items' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Key', name: 'key', type: 'string' as const, default: '' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const key = this.getNodeParameter('key', 0) as string;
		return [pendingItems.get(key) ?? [{ json: {} }]];
	}
}

export class TestNodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType> = { 'test.items': new TestItems() };

	constructor(nodes: Record<string, INodeType>) {
		for (const [name, type] of Object.entries(nodes)) this.types[name] = type;
	}

	getByName(name: string): INodeType | IVersionedNodeType {
		return this.getByNameAndVersion(name);
	}

	getByNameAndVersion(name: string): INodeType {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown node type ${name}`);
		return type;
	}

	getKnownTypes(): IDataObject {
		return {};
	}
}

/** Lifecycle hooks n8n attaches to every execution (here with no handlers). */
export function withHooks(
	additionalData: IWorkflowExecuteAdditionalData,
	mode: WorkflowExecuteMode,
	workflow: Workflow,
): IWorkflowExecuteAdditionalData {
	const hooks = new ExecutionLifecycleHooks(mode, `exec-${++counter}`, {
		id: workflow.id,
		name: workflow.name ?? 'Test',
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: Object.values(workflow.nodes),
		connections: workflow.connectionsBySourceNode,
		settings: workflow.settings,
	} as never);
	return { ...additionalData, hooks } as IWorkflowExecuteAdditionalData;
}

export function makeAdditionalData(
	credentialsHelper: TestCredentialsHelper,
	webhookBaseUrl = 'http://127.0.0.1:5678',
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper,
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678',
		formBaseUrl: `${webhookBaseUrl}/form`,
		formWaitingBaseUrl: `${webhookBaseUrl}/form-waiting`,
		formTestBaseUrl: `${webhookBaseUrl}/form-test`,
		webhookBaseUrl: `${webhookBaseUrl}/webhook`,
		webhookWaitingBaseUrl: `${webhookBaseUrl}/webhook-waiting`,
		webhookTestBaseUrl: `${webhookBaseUrl}/webhook-test`,
		mcpBaseUrl: `${webhookBaseUrl}/mcp`,
		mcpTestBaseUrl: `${webhookBaseUrl}/mcp-test`,
		variables: {},
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('not supported in tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface Package {
	nodes: Record<string, INodeType>;
	credentials: Record<string, ICredentialType>;
}

export interface RunOptions {
	/** Node type name as registered in `Package.nodes`. */
	type: string;
	parameters: IDataObject;
	/** Credential type → values (the fake's base URL and key). */
	credentials: Record<string, IDataObject>;
	items?: IDataObject[];
	continueOnFail?: boolean;
}

export interface RunResult {
	/** Output items of the node under test (first output). */
	items: INodeExecutionData[];
	json: IDataObject[];
	/** The error that stopped the node, if any. */
	error?: Error & { description?: string; httpCode?: string; context?: IDataObject };
	run: IRun;
	credentialReads: number;
}



/**
 * Runs one node inside a real two-node workflow (items → node) through
 * n8n-core's WorkflowExecute, with credentials applied the way n8n applies them.
 */
export async function runNode(pkg: Package, options: RunOptions): Promise<RunResult> {
	const helper = new TestCredentialsHelper(pkg.credentials);
	for (const [type, data] of Object.entries(options.credentials)) {
		helper.set(type, data as never);
	}
	const key = `items-${++counter}`;
	pendingItems.set(
		key,
		(options.items ?? [{}]).map((json) => ({ json })),
	);
	const nodeCredentials: INode['credentials'] = {};
	for (const type of Object.keys(options.credentials)) {
		nodeCredentials[type] = { id: type, name: `Test ${type}` };
	}
	const nodes: INode[] = [
		{
			id: 'start',
			name: 'Items',
			type: 'test.items',
			typeVersion: 1,
			position: [0, 0],
			parameters: { key },
		},
		{
			id: 'target',
			name: 'Node',
			type: options.type,
			typeVersion: 1,
			position: [200, 0],
			parameters: options.parameters as INode['parameters'],
			credentials: nodeCredentials,
			onError: options.continueOnFail ? 'continueRegularOutput' : 'stopWorkflow',
		},
	];
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'Test',
		nodes,
		connections: { Items: { main: [[{ node: 'Node', type: NodeConnectionTypes.Main, index: 0 }]] } },
		active: false,
		nodeTypes: new TestNodeTypes(pkg.nodes),
		settings: { executionOrder: 'v1' },
	});
	try {
		let run: IRun;
		try {
			run = await new WorkflowExecute(withHooks(makeAdditionalData(helper), 'manual', workflow), 'manual').run({
				workflow,
				startNode: workflow.getNode('Items')!,
			});
		} catch (error) {
			// n8n refuses to start a workflow with issues (an empty required field, say).
			return { items: [], json: [], error: error as RunResult['error'], run: {} as IRun, credentialReads: helper.reads };
		}
		const task = run.data.resultData.runData.Node?.[0];
		const items = task?.data?.main?.[0] ?? [];
		return {
			items,
			json: items.map((i) => i.json),
			error: (task?.error ?? run.data.resultData.error) as RunResult['error'],
			run,
			credentialReads: helper.reads,
		};
	} finally {
		pendingItems.delete(key);
	}
}
