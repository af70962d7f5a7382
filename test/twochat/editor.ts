import { LoadOptionsContext } from 'n8n-core';
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INode,
	INodeListSearchResult,
	ResourceMapperFields,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import type { listSearch, resourceMapping } from '../../nodes/TwoChat/methods';
import { TestCredentialsHelper } from '../harness/credentials';
import { makeAdditionalData, TestNodeTypes } from '../harness/engine';
import { pkg, type } from '../harness/package';

/**
 * The editor's calls for the 2Chat node's Resource Locator lists and template mapper, run through
 * n8n-core's LoadOptionsContext with the node's current parameters (as the editor sends them).
 */
function contextFor(
	parameters: IDataObject,
	credentials: Record<string, IDataObject>,
): LoadOptionsContext {
	const helper = new TestCredentialsHelper(pkg.credentials);
	const nodeCredentials: INode['credentials'] = {};
	for (const [name, data] of Object.entries(credentials)) {
		helper.set(name, data as never);
		nodeCredentials[name] = { id: name, name };
	}
	const node: INode = {
		id: 'n',
		name: '2Chat',
		type: type('twoChat'),
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: nodeCredentials,
	};
	const workflow = new Workflow({
		id: 'wf',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: new TestNodeTypes(pkg.nodes),
	});
	const additionalData = makeAdditionalData(helper);
	additionalData.currentNodeParameters = parameters as never;
	return new LoadOptionsContext(workflow, node, additionalData, 'parameters');
}

export async function searchList(
	method: keyof typeof listSearch,
	parameters: IDataObject,
	credentials: Record<string, IDataObject>,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	// Through the methods the node registers, as the editor finds them.
	const fn = pkg.nodes[type('twoChat')].methods?.listSearch?.[method];
	if (!fn) throw new Error(`The 2Chat node registers no listSearch method ${method}`);
	return await fn.call(contextFor(parameters, credentials) as ILoadOptionsFunctions, filter, token);
}

export async function mapperFields(
	method: keyof typeof resourceMapping,
	parameters: IDataObject,
	credentials: Record<string, IDataObject>,
): Promise<ResourceMapperFields> {
	const fn = pkg.nodes[type('twoChat')].methods?.resourceMapping?.[method];
	if (!fn) throw new Error(`The 2Chat node registers no resourceMapping method ${method}`);
	return await fn.call(contextFor(parameters, credentials) as ILoadOptionsFunctions);
}
