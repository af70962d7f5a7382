import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	IDataObject,
	INodeExecutionData,
	IRun,
	IWorkflowExecuteAdditionalData,
	Workflow,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { LoggerProxy } from 'n8n-workflow';

import type { TestCredentialsHelper } from './credentials';
import type { Package } from './workflow';
import { testWorkflow } from './workflow';

export type { Package } from './workflow';
export { TestNodeTypes } from './workflow';

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

let counter = 0;

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

export interface RunOptions {
	/** Node type name as registered in `Package.nodes`. */
	type: string;
	parameters: IDataObject;
	/** Credential type → values (the fake's base URL and key). */
	credentials: Record<string, IDataObject>;
	/** Input items' JSON (default: one empty item). */
	items?: IDataObject[];
	/** Input items as n8n holds them (JSON and binary), instead of `items`. */
	inputs?: INodeExecutionData[];
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
	const { workflow, helper, dispose } = testWorkflow(
		pkg,
		{
			type: options.type,
			parameters: options.parameters,
			credentials: options.credentials,
			onError: options.continueOnFail ? 'continueRegularOutput' : 'stopWorkflow',
		},
		{ items: options.inputs ?? (options.items ?? [{}]).map((json) => ({ json })) },
	);
	try {
		let run: IRun;
		try {
			// n8n gives every execution an id (Send and Wait signs its resume URL with it).
			const additionalData = { ...makeAdditionalData(helper), executionId: `run-${++counter}` };
			run = await new WorkflowExecute(withHooks(additionalData, 'manual', workflow), 'manual').run({
				workflow,
				startNode: workflow.getNode('Items')!,
			});
		} catch (error) {
			// n8n refuses to start a workflow with issues (an empty required field, say).
			return {
				items: [],
				json: [],
				error: error as RunResult['error'],
				run: {} as IRun,
				credentialReads: helper.reads,
			};
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
		dispose();
	}
}
