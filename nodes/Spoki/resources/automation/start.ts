import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationContext, OperationDef } from '../../../shared/operation';
import { pathSegment } from '../../../shared/path';
import { perRun } from '../../../shared/perRun';
import {
	customFieldsField,
	emailField,
	firstNameField,
	languageField,
	lastNameField,
	metadataField,
	phoneField,
} from '../../descriptions';
import { idLocator } from '../../descriptions';
import { readContactFields, readCustomFields, readMetadata } from '../../readers';
import { API, numericId } from '../../provider';

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
		throw new NodeOperationError(
			op.ctx.getNode(),
			usable.length
				? `The API trigger of automation "${name}" is not active [item ${op.itemIndex}]`
				: `Automation "${name}" has no API trigger to start it with [item ${op.itemIndex}]`,
			{
				itemIndex: op.itemIndex,
				description: usable.length
					? 'Activate the "API Url" trigger of the automation in Spoki.'
					: 'In Spoki, give the automation an "API Url" trigger, then run the node again.',
			},
		);
	}
	return { uuid: String(hook.uuid), secret: String(hook.secret), name };
}

/** One lookup per automation and run, however many items start it; a failed one is asked again. */
async function startHook(op: OperationContext, id: string): Promise<StartHook> {
	return await perRun(op.ctx, `spoki-automation:${id}`, async () => await readStartHook(op, id));
}

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
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [emailField, firstNameField, languageField, lastNameField, metadataField],
		},
		{ ...customFieldsField, description: 'Values the automation can use, by custom field code' },
	],
	run: async (op) => {
		const p = op.params;
		const id = numericId(p, 'automationId');
		const phone = p.string('phone', { required: true, phone: true });
		const extra = p.collection('additionalFields');
		const body: IDataObject = { phone };
		readContactFields(
			p,
			{
				firstName: extra.firstName,
				lastName: extra.lastName,
				email: extra.email,
				language: extra.language,
			},
			body,
		);
		for (const key of Object.keys(body))
			if (body[key] === undefined || body[key] === '') delete body[key];
		const customFields = readCustomFields(p);
		if (customFields) body.custom_fields = customFields;
		const metadata = readMetadata(p, extra.metadata);
		if (metadata) body.metadata = metadata;

		const hook = await startHook(op, id);
		const uuid = pathSegment(op.ctx.getNode(), hook.uuid, 'Automation trigger', op.itemIndex);
		// Spoki authenticates automation starts by the trigger's secret in the body;
		// the API key is not sent to this public endpoint.
		const response = await op.request<unknown>({
			method: 'POST',
			path: `/wh/ap/${uuid}/`,
			authenticate: false,
			body: { secret: hook.secret, ...body },
		});
		const result: IDataObject = { automation_id: Number(id), automation_name: hook.name, phone };
		if (response && typeof response === 'object' && !Array.isArray(response)) {
			return { ...result, ...(response as IDataObject) };
		}
		return { ...result, started: true };
	},
};
