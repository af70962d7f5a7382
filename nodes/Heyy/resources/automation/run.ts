import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import {
	channelField,
	locator,
	phoneNumberField,
	scheduledAtField,
	variablesField,
} from '../../descriptions';
import { readScheduledAt, readVariables } from '../../readers';
import { phoneKey } from '../../../shared/validation';
import { unwrap } from '../../provider';
import { optionsCollection } from '../../../shared/descriptions';

export const run: OperationDef = {
	value: 'run',
	name: 'Run',
	action: 'Run an automation for a phone number',
	description: 'Start an automation workflow of a channel for one phone number, now or scheduled',
	properties: [
		channelField,
		locator({
			displayName: 'Automation',
			name: 'automationId',
			searchMethod: 'searchAutomations',
			description: 'An automation of the chosen channel',
			dependsOn: ['channelId.value'],
		}),
		{ ...phoneNumberField, description: 'The contact to run it for, in international format' },
		variablesField('Values for the automation variables, by variable name'),
		optionsCollection([
			{
				...scheduledAtField,
				description:
					"When Heyy should start it; leave empty to start now. A time without a timezone is read in the workflow's timezone.",
			},
		]),
	],
	// Writes to the same phone number go out one after the other, in item order, even in parallel.
	recipient: (op) => phoneKey(op.params.raw('phoneNumber', '')),
	run: async (op) => {
		const p = op.params;
		const channel = p.id('channelId');
		const automation = p.id('automationId');
		const body: IDataObject = {
			phoneNumber: p.readText('phoneNumber', { required: true, phone: true }),
		};
		const variables = readVariables(p);
		if (variables.length) body.variables = variables;
		readScheduledAt(p, body);
		return unwrap(
			await op.request({ method: 'POST', path: `/${channel}/workflows/${automation}`, body }),
		);
	},
};
