import { idLocator } from '../../descriptions';

export const automationIdField = idLocator({
	displayName: 'Automation',
	name: 'automationId',
	searchMethod: 'searchAutomations',
	placeholder: '345016',
	description: 'The automation, searched by name, or given by its numeric ID',
});

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
