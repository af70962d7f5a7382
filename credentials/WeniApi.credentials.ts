import type {
	IAuthenticateGeneric,
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
				'Where the Weni flows engine runs. Use https://textit.com for TextIt, or the address of a self-hosted RapidPro; the node adds /api/v2/….',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Token {{$credentials.apiToken}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/v2/workspace.json',
			method: 'GET',
		},
	};
}
