import type { INodeProperties } from 'n8n-workflow';

export const accountIdField: INodeProperties = {
	displayName: 'Account Name or ID',
	name: 'accountId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAccounts' },
	required: true,
	default: '',
	description:
		'The Spoki account. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};
