import type { IDataObject } from 'n8n-workflow';

import type { BatchDef, OperationContext, OperationDef } from '../../../shared/definitions';
import { pathSegment } from '../../../shared/path';
import { perRun } from '../../../shared/perRun';
import type { ApiRequest } from '../../../shared/transport';
import {
	contactDetailFields,
	customFieldsField,
	idLocator,
	metadataField,
	phoneField,
} from '../../descriptions';
import { numericId, readContactFields, readCustomFields, readMetadata } from '../../readers';
import { API } from '../../provider';
import { batchFailure } from '../contact/common';
import { additionalFields } from '../../../shared/descriptions';
import { phoneKey } from '../../../shared/validation';

/** The "API Url" start step of an automation: where and with what secret to start it. */
interface StartHook {
	uuid: string;
	secret: string;
	name: string;
}

async function readStartHook(op: OperationContext, id: string): Promise<StartHook> {
	const automation = await op.request<IDataObject>({
		method: 'GET',
		path: `${API}/automations/${id}/`,
	});
	const name = String(automation.name ?? id);
	const hooks = (
		Array.isArray(automation.webhook_set) ? automation.webhook_set : []
	) as IDataObject[];
	const usable = hooks.filter(
		(h) => typeof h.uuid === 'string' && h.uuid && typeof h.secret === 'string' && h.secret,
	);
	const hook = usable.find((h) => h.is_active !== false);
	if (!hook) {
		throw op.params.fail(
			usable.length
				? `The API trigger of automation "${name}" is not active`
				: `Automation "${name}" has no API trigger to start it with`,
			usable.length
				? 'Activate the "API Url" trigger of the automation in Spoki.'
				: 'In Spoki, give the automation an "API Url" trigger, then run the node again.',
		);
	}
	return { uuid: String(hook.uuid), secret: String(hook.secret), name };
}

/** One lookup per automation and run, however many items start it; a failed one is asked again. */
async function startHook(op: OperationContext, id: string): Promise<StartHook> {
	return await perRun(op.ctx, `spoki-automation:${id}`, async () => await readStartHook(op, id));
}

/** One item's start: the automation and the contact record Spoki's start endpoints take. */
interface Entry {
	id: string;
	contact: IDataObject;
}

/**
 * Contacts per bulk start request. Spoki documents no maximum for
 * `POST /wh/ap/{uuid}/bulk/` (MambuSRL/spoki_whatsapp src/Api/Automations.php
 * startAutomationBulk): 100 is a guess, kept small so a request is never refused for size.
 */
export const BULK_START_SIZE = 100;

function prepare(op: OperationContext): Entry {
	const p = op.params;
	const id = numericId(p, 'automationId');
	const phone = p.readText('phone', { required: true, phone: true });
	const extra = p.collection('additionalFields');
	const contact: IDataObject = { phone };
	readContactFields(
		p,
		{
			firstName: extra.firstName,
			lastName: extra.lastName,
			email: extra.email,
			language: extra.language,
		},
		contact,
	);
	for (const key of Object.keys(contact))
		if (contact[key] === undefined || contact[key] === '') delete contact[key];
	const customFields = readCustomFields(p);
	if (customFields) contact.custom_fields = customFields;
	const metadata = readMetadata(p, extra.metadata);
	if (metadata) contact.metadata = metadata;
	return { id, contact };
}

/**
 * Starts: one contact through `POST /wh/ap/{uuid}/` (`{secret, phone, …}`), several
 * starting the same automation through `POST /wh/ap/{uuid}/bulk/` (`{secret, contacts: [...]}`),
 * both without the API key (MambuSRL/spoki_whatsapp src/Api/Automations.php).
 */
async function startEntries(
	entries: Entry[],
	ops: OperationContext[],
	request: <R = unknown>(req: ApiRequest) => Promise<R>,
): Promise<IDataObject[]> {
	const id = entries[0].id;
	const hook = await startHook(ops[0], id);
	const uuid = pathSegment(ops[0].ctx.getNode(), hook.uuid, 'Automation trigger', ops[0].itemIndex);
	const base = (e: Entry): IDataObject => ({
		automation_id: Number(id),
		automation_name: hook.name,
		phone: e.contact.phone,
	});
	if (entries.length === 1) {
		const response = await request<unknown>({
			method: 'POST',
			path: `/wh/ap/${uuid}/`,
			authenticate: false,
			body: { secret: hook.secret, ...entries[0].contact },
		});
		return [
			response && typeof response === 'object' && !Array.isArray(response)
				? { ...base(entries[0]), ...(response as IDataObject) }
				: { ...base(entries[0]), started: true },
		];
	}
	try {
		await request({
			method: 'POST',
			path: `/wh/ap/${uuid}/bulk/`,
			authenticate: false,
			body: { secret: hook.secret, contacts: entries.map((e) => e.contact) },
		});
	} catch (error) {
		const contactsOf = (b: unknown) =>
			b && typeof b === 'object' && !Array.isArray(b) ? (b as IDataObject).contacts : b;
		throw batchFailure(ops[0].ctx.getNode(), error, ops, contactsOf);
	}
	// The bulk answer's shape is not documented: each item reports its own start.
	return entries.map((e) => ({ ...base(e), started: true, bulk: true }));
}

const bulk: BatchDef<Entry> = {
	size: BULK_START_SIZE,
	enabled: (op) => op.params.readBoolean('bulkStart', true),
	prepare,
	key: (entry) => entry.id,
	send: startEntries,
};

export const start: OperationDef = {
	value: 'start',
	name: 'Start',
	action: 'Start an automation for a contact',
	description:
		'Start an automation with an API trigger for a phone number; the node finds the trigger and its secret',
	properties: [
		{
			...idLocator({
				displayName: 'Automation',
				name: 'automationId',
				searchMethod: 'searchApiAutomations',
				placeholder: '345016',
				description:
					'An automation with an "API Url" trigger, searched by name, or given by its numeric ID',
			}),
		},
		phoneField('The contact to run the automation for, in international format'),
		additionalFields([...contactDetailFields, metadataField]),
		{ ...customFieldsField, description: 'Values the automation can use, by custom field code' },
		{
			displayName: 'Start in Bulk',
			name: 'bulkStart',
			type: 'boolean',
			default: true,
			description:
				"Whether items starting the same automation go through Spoki's bulk start endpoint, up to 100 contacts per request, instead of one request per item",
		},
	],
	batch: bulk,
	recipient: (op) => phoneKey(op.params.raw('phone', '')),
	run: async (op) => (await startEntries([prepare(op)], [op], op.request))[0],
};
