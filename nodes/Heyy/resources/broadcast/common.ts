import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import type { Params } from '../../../shared/params';
import { locatorValue } from '../../../shared/params';
import { channelField, locator, scheduledAtField } from '../../descriptions';
import { itemsAt } from '../../../shared/pagination';
import { createdRecord, dataItems } from '../../provider';
import { locatorKey } from '../../readers';

/**
 * Heyy broadcasts, from MindCloud's catalog (mindcloud-inc/universal-api-reference,
 * apis/h/heyy/native-api/actions/*broadcast*.md), each page linking its docs.heyy.io
 * reference (get-broadcasts, get-broadcast-by-id, create-broadcast, update-broadcast,
 * delete-broadcast, start-broadcast, get-broadcast-recipients, add-recipients-to-broadcast,
 * remove-recipients-from-broadcast). Paths: `/{channelId}/broadcasts[/{broadcastId}[/start|/recipients]]`.
 */
export const broadcastIdField = locator({
	displayName: 'Broadcast',
	name: 'broadcastId',
	searchMethod: 'searchBroadcasts',
	description: 'A broadcast of the chosen channel',
	dependsOn: ['channelId.value'],
});

/** The path of one broadcast: `/{channelId}/broadcasts/{broadcastId}`. */
export function broadcastPath(p: Params): string {
	return `/${p.id('channelId')}/broadcasts/${p.id('broadcastId')}`;
}

export const automationField = locator({
	displayName: 'Automation',
	name: 'workflowId',
	searchMethod: 'searchAutomations',
	description: 'The automation (workflow) the broadcast runs for each recipient',
	dependsOn: ['channelId.value'],
});

/**
 * Fields create and update share, all documented as body fields of both
 * (`isScheduled`, `scheduledAt`, `isReoccurring`, `recurrenceRules[]` of strings).
 */
export const scheduleFields: INodeProperties[] = [
	{
		displayName: 'Recurrence Rules',
		name: 'recurrenceRules',
		type: 'string',
		typeOptions: { multipleValues: true },
		default: [],
		description:
			"Heyy's recurrence rules, one per entry, written as Heyy's app writes them (its docs type them as text only)",
	},
	{
		displayName: 'Recurring',
		name: 'isReoccurring',
		type: 'boolean',
		default: false,
		description: 'Whether the broadcast repeats by its recurrence rules',
	},
	{
		displayName: 'Scheduled',
		name: 'isScheduled',
		type: 'boolean',
		default: false,
		description: 'Whether the broadcast waits for Scheduled At instead of being started',
	},
	{
		...scheduledAtField,
		description:
			"When the broadcast runs. A time without a timezone is read in the workflow's timezone.",
	},
];

/** Reads the shared schedule fields of a collection into a body. */
export function readSchedule(p: Params, fields: IDataObject, body: IDataObject): void {
	for (const key of ['isScheduled', 'isReoccurring'] as const) {
		const flag = p.checkBoolean(key, fields[key]);
		if (flag !== undefined) body[key] = flag;
	}
	const scheduledAt = p.checkDate('scheduledAt', fields.scheduledAt);
	if (scheduledAt) body.scheduledAt = scheduledAt;
	if (fields.recurrenceRules !== undefined) {
		const rules = Array.isArray(fields.recurrenceRules)
			? fields.recurrenceRules
			: [fields.recurrenceRules];
		body.recurrenceRules = rules.map((rule) =>
			p.checkText('recurrenceRules', rule, { required: true, maxLength: 500 }),
		);
	}
}

/** The automation given in an update's collection (a Resource Locator value or text). */
export function readWorkflowId(p: Params, value: unknown): string {
	return p.checkText('workflowId', locatorValue(value), { required: true, maxLength: 200 });
}

/** A list of ids: an array of texts (from an expression) or text separated by commas; at least one. */
export function readIds(p: Params, name: string): string[] {
	const raw = p.raw(name, '');
	const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : undefined;
	if (!list || list.some((id) => typeof id !== 'string')) {
		throw p.invalid(name, 'must be IDs separated by commas, or a list of IDs (text)');
	}
	const ids = (list as string[]).map((id) => id.trim()).filter(Boolean);
	if (ids.length === 0) {
		throw p.required(
			name,
			'Give one ID, several separated by commas, or an expression that returns an array.',
		);
	}
	return ids.map((id) => p.checkText(name, id, { maxLength: 200 }));
}

/** The recipients in an answer of the recipients endpoints. */
const RECIPIENTS = dataItems('recipients', 'contacts');

/**
 * How Heyy takes each recipient write, as [method, ids parameter, its label, body key, output key]:
 * POST with `contactsIds[]` (MindCloud add-recipients-to-broadcast.md), DELETE with body `ids[]`
 * (remove-recipients-from-broadcast.md), both on /{channelId}/broadcasts/{broadcastId}/recipients.
 */
const RECIPIENT_WRITES = {
	add: ['POST', 'contactIds', 'Contact IDs', 'contactsIds', 'added'],
	remove: ['DELETE', 'recipientIds', 'Recipient IDs', 'ids', 'removed'],
} as const;

/** Add Recipients and Remove Recipients: one definition, the differences in RECIPIENT_WRITES. */
export function recipientsOperation(
	verb: keyof typeof RECIPIENT_WRITES,
	action: string,
	description: string,
	idsDescription: string,
): OperationDef {
	const [method, name, displayName, bodyKey, outputKey] = RECIPIENT_WRITES[verb];
	return {
		value: `${verb}Recipients`,
		name: `${verb === 'add' ? 'Add' : 'Remove'} Recipients`,
		action,
		description,
		properties: [
			channelField,
			broadcastIdField,
			{
				displayName,
				name,
				type: 'string',
				required: true,
				default: '',
				placeholder: 'con_1, con_2',
				description: idsDescription,
			},
		],
		// Writes to the same broadcast go out one after the other, in item order, even in parallel.
		recipient: (op) => locatorKey(op.params.raw('broadcastId', '')),
		run: async (op) => {
			const p = op.params;
			const path = `${broadcastPath(p)}/recipients`;
			const body = { [bodyKey]: readIds(p, name) };
			const response = await op.request({ method, path, body });
			// No source shows the answer (guess): the recipients as Get Many Recipients lists them
			// (`data[]`, `data.recipients[]` or `data.contacts[]`), or under the broadcast it returns.
			const listed = RECIPIENTS(response);
			return {
				[outputKey]: body[bodyKey],
				recipients: listed.length
					? listed
					: itemsAt('recipients', 'contacts')(createdRecord(response, ['broadcast'], [])),
			};
		},
	};
}
