import type {
	IAuthenticateGeneric,
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
			description: 'Change only to reach 2Chat through a proxy',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				'X-User-API-Key': '={{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/info',
			method: 'GET',
		},
	};
}
