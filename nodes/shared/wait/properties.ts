import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

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

type Choice = [name: string, value: string, description?: string];

/** Dropdown entries from `[name, value, description?]` rows. */
const choices = (rows: Choice[]): INodePropertyOptions[] =>
	rows.map(([name, value, description]) => ({ name, value, ...(description && { description }) }));

/** A text field from `[displayName, name, default, description?]`, plus anything in `extra`. */
type Text = [displayName: string, name: string, fallback: string, description?: string];
const text = (
	[displayName, name, fallback, description]: Text,
	extra: Partial<INodeProperties> = {},
): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: fallback,
	...(description && { description }),
	...extra,
});

/** A fixedCollection with one group, `values`, the shape n8n's Send and Wait gives its groups. */
const group = (
	displayName: string,
	name: string,
	values: INodeProperties[],
	extra: Partial<INodeProperties>,
): INodeProperties => ({
	displayName,
	name,
	type: 'fixedCollection',
	default: {},
	...extra,
	options: [{ displayName: 'Values', name: 'values', values }],
});

const BUTTON_LIMIT = "At most 20 characters, WhatsApp's limit for a reply button";

const approvalOptions = group(
	'Approval Options',
	'approvalOptions',
	[
		{
			displayName: 'Type of Approval',
			name: 'approvalType',
			type: 'options',
			default: 'single',
			options: choices([
				['Approve Only', 'single'],
				['Approve and Disapprove', 'double'],
			]),
		},
		text(['Approve Button Label', 'approveLabel', 'Approve', BUTTON_LIMIT]),
		text(['Disapprove Button Label', 'disapproveLabel', 'Decline', BUTTON_LIMIT], {
			displayOptions: { show: { approvalType: ['double'] } },
		}),
	],
	{ placeholder: 'Add option', displayOptions: { show: { responseType: ['approval'] } } },
);

/** The custom form's fields, with the names n8n's Form node gives them (`formFields.values`). */
const formFields = group(
	'Form Elements',
	'formFields',
	[
		text(
			[
				'Field Name',
				'fieldLabel',
				'',
				'Label that appears above the input field, and the key of its answer',
			],
			{ placeholder: 'e.g. What is your name?', required: true },
		),
		{
			displayName: 'Element Type',
			name: 'fieldType',
			type: 'options',
			default: 'text',
			options: choices([
				['Date', 'date'],
				['Dropdown List', 'dropdown'],
				['Email', 'email'],
				['Number', 'number'],
				['Text', 'text'],
				['Textarea', 'textarea'],
			]),
		},
		text(['Choices', 'fieldOptions', '', 'The dropdown entries, separated by commas'], {
			placeholder: 'e.g. Small, Medium, Large',
			displayOptions: { show: { fieldType: ['dropdown'] } },
		}),
		{
			displayName: 'Required Field',
			name: 'requiredField',
			type: 'boolean',
			default: false,
			description: 'Whether to require the user to enter a value for this field',
		},
	],
	{
		placeholder: 'Add Form Element',
		typeOptions: { multipleValues: true, sortable: true },
		displayOptions: { show: { responseType: ['customForm'] } },
	},
);

const afterInterval = { displayOptions: { show: { limitType: ['afterTimeInterval'] } } };

/** n8n's Limit Wait Time option (descriptions.ts limitWaitTimeProperties), same names and defaults. */
const limitWaitTime = group(
	'Limit Wait Time',
	'limitWaitTime',
	[
		{
			displayName: 'Limit Type',
			name: 'limitType',
			type: 'options',
			default: 'afterTimeInterval',
			description:
				'Sets the condition for the execution to resume. Can be a specified date or after some time.',
			options: choices([
				['After Time Interval', 'afterTimeInterval', 'Waits for a certain amount of time'],
				['At Specified Time', 'atSpecifiedTime', 'Waits until the set date and time to continue'],
			]),
		},
		{
			displayName: 'Amount',
			name: 'resumeAmount',
			type: 'number',
			...afterInterval,
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 1,
			description: 'The time to wait',
		},
		{
			displayName: 'Unit',
			name: 'resumeUnit',
			type: 'options',
			...afterInterval,
			options: choices([
				['Minutes', 'minutes'],
				['Hours', 'hours'],
				['Days', 'days'],
			]),
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
	{
		description:
			'Whether to limit the time this node should wait for a user response before execution resumes',
		default: {
			values: { limitType: 'afterTimeInterval', resumeAmount: 45, resumeUnit: 'minutes' },
		},
	},
);

/** The response form's texts, as n8n's Send and Wait names them. */
const FORM_TEXTS: Text[] = [
	[
		'Message Button Label',
		'messageButtonLabel',
		'Respond',
		'Text before the form link in the message (Custom Form, and link answers)',
	],
	['Response Form Button Label', 'responseFormButtonLabel', 'Submit'],
	[
		'Response Form Description',
		'responseFormDescription',
		'',
		'Description of the form that the user can access to provide their response',
	],
	[
		'Response Form Title',
		'responseFormTitle',
		'',
		'Title of the form that the user can access to provide their response',
	],
];

const options: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [limitWaitTime, ...FORM_TEXTS.map((row) => text(row))],
};

const message = text(['Message', 'message', '', 'The question the contact receives in WhatsApp'], {
	required: true,
	typeOptions: { rows: 4 },
});

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
		message,
		{
			displayName: 'Response Type',
			name: 'responseType',
			type: 'options',
			default: 'approval',
			options: choices([
				['Approval', 'approval', `The contact approves or disapproves: ${facts.approval}`],
				['Free Text', 'freeText', `The contact answers in their own words: ${facts.freeText}`],
				[
					'Custom Form',
					'customForm',
					'The contact fills in a form on this n8n, through a link in the message',
				],
			]),
		},
		approvalOptions,
		formFields,
		options,
	];
}
