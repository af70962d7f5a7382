import type { INodeProperties } from 'n8n-workflow';

export const automationIdField: INodeProperties = {
	displayName: 'Automation Name or ID',
	name: 'automationId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAutomations' },
	required: true,
	default: '',
	description:
		'The automation. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Platforms an automation's webhook trigger can come from (`webhook_platform`). */
export const WEBHOOK_PLATFORMS = [
	'Active Campaign',
	'Api',
	'BrainLead',
	'Connectif',
	'HubSpot',
	'IFTTT',
	'Klaviyo',
	'Magento',
	'Meta',
	'Pipedrive',
	'Prestashop',
	"Qapla'",
	'Sendinblue',
	'Shopify',
	'Woocommerce',
	'WPNotif',
	'Zapier',
	'Zendesk',
	'Zoho',
];
