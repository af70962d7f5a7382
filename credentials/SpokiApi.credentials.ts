import type {
	IAuthenticateGeneric,
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
			description: 'Change only to reach Spoki through a proxy or its legacy host (https://app.spoki.it)',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'X-Spoki-Api-Key': '={{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/api/1/accounts/',
			method: 'GET',
		},
	};
}
