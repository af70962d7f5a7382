import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialTestRequest,
	IDataObject,
	IHttpRequestOptions,
	INodePropertyOptions,
} from 'n8n-workflow';

import { makeAdditionalData } from './engine';
import type { Package } from './workflow';
import { testWorkflow } from './workflow';

/** Runs a node's `methods.loadOptions[method]` the way the editor does, through LoadOptionsContext. */
export async function loadOptions(
	pkg: Package,
	type: string,
	method: string,
	parameters: IDataObject,
	credentials: Record<string, IDataObject>,
): Promise<INodePropertyOptions[]> {
	const { helper, node, workflow } = testWorkflow(pkg, { type, parameters, credentials });
	const additionalData = makeAdditionalData(helper);
	additionalData.currentNodeParameters = parameters as never;
	const ctx = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const fn = pkg.nodes[type].methods?.loadOptions?.[method];
	if (!fn) throw new Error(`No loadOptions method ${method}`);
	return await fn.call(ctx);
}

/**
 * Sends a credential's `test` request the way n8n's credential tester does:
 * its expressions resolved against the credential, then authenticated.
 */
export async function testCredential(
	pkg: Package,
	credentialType: string,
	data: IDataObject,
): Promise<{ status: number; body: unknown }> {
	const { helper, node, workflow } = testWorkflow(pkg, {
		type: 'test.items',
		parameters: {},
		credentials: { [credentialType]: data },
	});
	const test = pkg.credentials[credentialType].test as ICredentialTestRequest;
	const resolve = (value: unknown) =>
		typeof value === 'string' && value.startsWith('=')
			? workflow.expression.getSimpleParameterValue(
					node,
					value,
					'internal',
					{ $credentials: data },
					undefined,
					'',
				)
			: value;
	const request: IHttpRequestOptions = {
		url: String(resolve(test.request.url)),
		baseURL: String(resolve(test.request.baseURL ?? '')),
		method: test.request.method ?? 'GET',
		headers: {},
	};
	const authenticated = await helper.authenticate(
		data as never,
		credentialType,
		request,
		workflow,
		node,
	);
	const response = await fetch(`${authenticated.baseURL}${authenticated.url}`, {
		method: authenticated.method,
		headers: authenticated.headers as Record<string, string>,
	});
	return { status: response.status, body: await response.json().catch(() => undefined) };
}
