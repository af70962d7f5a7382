import type {
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { TestCredentialsHelper } from './credentials';

/** The nodes and credentials a test workflow can use, keyed the way n8n registers them. */
export interface Package {
	nodes: Record<string, INodeType>;
	credentials: Record<string, ICredentialType>;
}

/** Items waiting for their start node, by the key in its parameters. */
const pendingItems = new Map<string, INodeExecutionData[]>();
let counter = 0;

/** A start node for tests: emits the items (JSON and binary) the test hands it. */
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

/** The package's node types plus the test start node (`test.items`). */
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

/** The node under test. */
export interface TestNode {
	/** Node type name as registered in `Package.nodes`. */
	type: string;
	parameters: IDataObject;
	/** Credential type → stored values (the fake's base URL and key). */
	credentials: Record<string, IDataObject>;
	id?: string;
	name?: string;
	webhookId?: string;
	onError?: INode['onError'];
}

export interface TestWorkflowOptions {
	id?: string;
	active?: boolean;
	staticData?: IDataObject;
	/** Items a start node ("Items") feeds the node; without them the node stands alone. */
	items?: INodeExecutionData[];
}

export interface TestWorkflow {
	workflow: Workflow;
	node: INode;
	nodeTypes: TestNodeTypes;
	/** Applies the credentials the way n8n does, and counts reads. */
	helper: TestCredentialsHelper;
	/** Forgets the start node's items once the run is over. */
	dispose(): void;
}

/**
 * The one workflow builder of the harness: the node under test with its
 * credentials stored in a credentials helper, alone or fed by a start node.
 */
export function testWorkflow(
	pkg: Package,
	spec: TestNode,
	options: TestWorkflowOptions = {},
): TestWorkflow {
	const helper = new TestCredentialsHelper(pkg.credentials);
	const credentials: INode['credentials'] = {};
	for (const [type, data] of Object.entries(spec.credentials)) {
		helper.set(type, data as never);
		credentials[type] = { id: type, name: type };
	}
	const node: INode = {
		id: spec.id ?? 'target',
		name: spec.name ?? 'Node',
		type: spec.type,
		typeVersion: 1,
		position: [200, 0],
		parameters: spec.parameters as INode['parameters'],
		credentials,
		...(spec.webhookId ? { webhookId: spec.webhookId } : {}),
		...(spec.onError ? { onError: spec.onError } : {}),
	};
	const nodes = [node];
	const connections: Workflow['connectionsBySourceNode'] = {};
	const key = `items-${++counter}`;
	if (options.items) {
		pendingItems.set(key, options.items);
		const start: INode = {
			id: 'start',
			name: 'Items',
			type: 'test.items',
			typeVersion: 1,
			position: [0, 0],
			parameters: { key },
		};
		nodes.unshift(start);
		connections[start.name] = {
			main: [[{ node: node.name, type: NodeConnectionTypes.Main, index: 0 }]],
		};
	}
	const nodeTypes = new TestNodeTypes(pkg.nodes);
	const workflow = new Workflow({
		id: options.id ?? 'test-workflow',
		name: 'Test',
		nodes,
		connections,
		active: options.active ?? false,
		nodeTypes,
		staticData: options.staticData,
		settings: { executionOrder: 'v1' },
	});
	return { workflow, node, nodeTypes, helper, dispose: () => pendingItems.delete(key) };
}
