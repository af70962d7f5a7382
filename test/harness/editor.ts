import { LoadOptionsContext } from 'n8n-core';
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	ResourceMapperFields,
} from 'n8n-workflow';

import { makeAdditionalData } from './engine';
import { pkg } from './package';
import { testWorkflow } from './workflow';

/**
 * The editor's context for a node's list searches and resource mappers:
 * n8n-core's LoadOptionsContext with the node's current parameters, as the editor sends them.
 */
export function editorContext(
	nodeType: string,
	parameters: IDataObject,
	credentials: Record<string, IDataObject>,
): LoadOptionsContext {
	const { helper, node, workflow } = testWorkflow(pkg, { type: nodeType, parameters, credentials });
	const additionalData = makeAdditionalData(helper);
	additionalData.currentNodeParameters = parameters as never;
	return new LoadOptionsContext(workflow, node, additionalData, 'parameters');
}

/** Runs a list search the node registers (as the editor finds it), with an optional filter and paging token. */
export async function searchList(
	nodeType: string,
	method: string,
	parameters: IDataObject,
	credentials: Record<string, IDataObject>,
	filter?: string,
	token?: string,
): Promise<INodeListSearchResult> {
	const fn = pkg.nodes[nodeType].methods?.listSearch?.[method];
	if (!fn) throw new Error(`${nodeType} registers no listSearch method ${method}`);
	const ctx = editorContext(nodeType, parameters, credentials) as ILoadOptionsFunctions;
	return await fn.call(ctx, filter, token);
}

/** Runs a resource mapper the node registers (as the editor finds it). */
export async function mapperFields(
	nodeType: string,
	method: string,
	parameters: IDataObject,
	credentials: Record<string, IDataObject>,
): Promise<ResourceMapperFields> {
	const fn = pkg.nodes[nodeType].methods?.resourceMapping?.[method];
	if (!fn) throw new Error(`${nodeType} registers no resourceMapping method ${method}`);
	return await fn.call(editorContext(nodeType, parameters, credentials) as ILoadOptionsFunctions);
}
