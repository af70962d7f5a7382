import type { INodeProperties } from 'n8n-workflow';

/**
 * The fields of "Send and Wait for Response", named and shaped as in n8n's
 * own nodes (n8n-io/n8n packages/nodes-base/utils/sendAndWait/utils.ts
 * getSendAndWaitProperties, descriptions.ts limitWaitTimeOption), so a
 * workflow written for n8n's WhatsApp, Slack or Telegram node reads the same:
 * `message`, `responseType`, `approvalOptions.values`, `formFields.values`,
 * `options.limitWaitTime.values` and the response form options.
 */

/** What a provider says about how its waits are answered, shown above the fields. */
export interface WaitFacts {
	/** How an approval is answered, e.g. "two reply buttons in WhatsApp". */
	approval: string;
	/** How a free-text wait is answered, e.g. "the contact's next WhatsApp message". */
	freeText: string;
	/** What the wait registers at the provider while it waits, and when it is removed. */
	registers: string;
}

const approvalOptions: INodeProperties = {
	displayName: 'Approval Options',
	name: 'approvalOptions',
	type: 'fixedCollection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Values',
			name: 'values',
			values: [
				{
					displayName: 'Type of Approval',
					name: 'approvalType',
					type: 'options',
					default: 'single',
					options: [
						{ name: 'Approve Only', value: 'single' },
						{ name: 'Approve and Disapprove', value: 'double' },
					],
				},
				{
					displayName: 'Approve Button Label',
					name: 'approveLabel',
					type: 'string',
					default: 'Approve',
					description: 'At most 20 characters: WhatsApp cuts longer reply buttons',
				},
				{
					displayName: 'Disapprove Button Label',
					name: 'disapproveLabel',
					type: 'string',
					default: 'Decline',
					displayOptions: { show: { approvalType: ['double'] } },
					description: 'At most 20 characters: WhatsApp cuts longer reply buttons',
				},
			],
		},
	],
	displayOptions: { show: { responseType: ['approval'] } },
};

/** The custom form's fields, with the names n8n's Form node gives them (`formFields.values`). */
const formFields: INodeProperties = {
	displayName: 'Form Elements',
	name: 'formFields',
	type: 'fixedCollection',
	placeholder: 'Add Form Element',
	default: {},
	typeOptions: { multipleValues: true, sortable: true },
	displayOptions: { show: { responseType: ['customForm'] } },
	options: [
		{
			displayName: 'Values',
			name: 'values',
			values: [
				{
					displayName: 'Field Name',
					name: 'fieldLabel',
					type: 'string',
					default: '',
					placeholder: 'e.g. What is your name?',
					description: 'Label that appears above the input field, and the key of its answer',
					required: true,
				},
				{
					displayName: 'Element Type',
					name: 'fieldType',
					type: 'options',
					default: 'text',
					options: [
						{ name: 'Date', value: 'date' },
						{ name: 'Dropdown List', value: 'dropdown' },
						{ name: 'Email', value: 'email' },
						{ name: 'Number', value: 'number' },
						{ name: 'Text', value: 'text' },
						{ name: 'Textarea', value: 'textarea' },
					],
				},
				{
					displayName: 'Choices',
					name: 'fieldOptions',
					type: 'string',
					default: '',
					placeholder: 'e.g. Small, Medium, Large',
					description: 'The dropdown entries, separated by commas',
					displayOptions: { show: { fieldType: ['dropdown'] } },
				},
				{
					displayName: 'Required Field',
					name: 'requiredField',
					type: 'boolean',
					default: false,
					description: 'Whether to require the user to enter a value for this field',
				},
			],
		},
	],
};

/** n8n's Limit Wait Time option (descriptions.ts limitWaitTimeProperties), same names and defaults. */
const limitWaitTime: INodeProperties = {
	displayName: 'Limit Wait Time',
	name: 'limitWaitTime',
	type: 'fixedCollection',
	description:
		'Whether to limit the time this node should wait for a user response before execution resumes',
	default: { values: { limitType: 'afterTimeInterval', resumeAmount: 45, resumeUnit: 'minutes' } },
	options: [
		{
			displayName: 'Values',
			name: 'values',
			values: [
				{
					displayName: 'Limit Type',
					name: 'limitType',
					type: 'options',
					default: 'afterTimeInterval',
					description:
						'Sets the condition for the execution to resume. Can be a specified date or after some time.',
					options: [
						{
							name: 'After Time Interval',
							description: 'Waits for a certain amount of time',
							value: 'afterTimeInterval',
						},
						{
							name: 'At Specified Time',
							description: 'Waits until the set date and time to continue',
							value: 'atSpecifiedTime',
						},
					],
				},
				{
					displayName: 'Amount',
					name: 'resumeAmount',
					type: 'number',
					displayOptions: { show: { limitType: ['afterTimeInterval'] } },
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 1,
					description: 'The time to wait',
				},
				{
					displayName: 'Unit',
					name: 'resumeUnit',
					type: 'options',
					displayOptions: { show: { limitType: ['afterTimeInterval'] } },
					options: [
						{ name: 'Minutes', value: 'minutes' },
						{ name: 'Hours', value: 'hours' },
						{ name: 'Days', value: 'days' },
					],
					default: 'hours',
					description: 'Unit of the interval value',
				},
				{
					displayName: 'Max Date and Time',
					name: 'maxDateAndTime',
					type: 'dateTime',
					displayOptions: { show: { limitType: ['atSpecifiedTime'] } },
					default: '',
					description: 'Continue execution after the specified date and time',
				},
			],
		},
	],
};

/**
 * The Send and Wait fields after the provider's own (channel, recipient):
 * a notice saying how this provider's wait is answered, then n8n's fields.
 */
export function waitProperties(facts: WaitFacts): INodeProperties[] {
	return [
		{
			displayName: `Approval: ${facts.approval}. Free Text: ${facts.freeText}. Custom Form: a link to a form on this n8n, sent in the message. While waiting, ${facts.registers}; it is removed when the wait ends. Replies from other contacts, repeated deliveries and deliveries without the wait's secret are ignored.`,
			name: 'waitNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			default: '',
			required: true,
			typeOptions: { rows: 4 },
			description: 'The question the contact receives in WhatsApp',
		},
		{
			displayName: 'Response Type',
			name: 'responseType',
			type: 'options',
			default: 'approval',
			options: [
				{
					name: 'Approval',
					value: 'approval',
					description: `The contact approves or disapproves: ${facts.approval}`,
				},
				{
					name: 'Free Text',
					value: 'freeText',
					description: `The contact answers in their own words: ${facts.freeText}`,
				},
				{
					name: 'Custom Form',
					value: 'customForm',
					description: 'The contact fills in a form on this n8n, through a link in the message',
				},
			],
		},
		approvalOptions,
		formFields,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				limitWaitTime,
				{
					displayName: 'Message Button Label',
					name: 'messageButtonLabel',
					type: 'string',
					default: 'Respond',
					description: 'Text before the form link in the message (Custom Form, and link answers)',
				},
				{
					displayName: 'Response Form Button Label',
					name: 'responseFormButtonLabel',
					type: 'string',
					default: 'Submit',
				},
				{
					displayName: 'Response Form Description',
					name: 'responseFormDescription',
					description: 'Description of the form that the user can access to provide their response',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Response Form Title',
					name: 'responseFormTitle',
					description: 'Title of the form that the user can access to provide their response',
					type: 'string',
					default: '',
				},
			],
		},
	];
}
