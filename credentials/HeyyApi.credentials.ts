import type {
	IAuthenticateGeneric,
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
			description: 'Your key from the Heyy app → Settings → API Keys → Create API Key (shown only once)',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.heyy.io/api/v2.0',
			description: 'Change only to reach Heyy through a proxy',
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

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/channels',
			method: 'GET',
		},
	};
}
