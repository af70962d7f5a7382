import type { IDataObject } from 'n8n-workflow';

import { locatorKey } from '../../readers';
import type { OperationDef } from '../../../shared/definitions';
import { channelField } from '../../descriptions';
import { unwrap } from '../../provider';
import {
	automationField,
	broadcastIdField,
	broadcastPath,
	readSchedule,
	readWorkflowId,
	scheduleFields,
} from './common';
import { updateFields } from '../../../shared/descriptions';

/**
 * PUT /{channelId}/broadcasts/{broadcastId} (MindCloud update-broadcast.md):
 * `name`, `workflowId`, `isScheduled`, `scheduledAt`, `isReoccurring`,
 * `recurrenceRules[]`, all optional; fields left out stay as they are.
 */
export const update: OperationDef = {
	value: 'update',
	name: 'Update',
	action: 'Update a broadcast',
	description: 'Change the name, automation or schedule of a broadcast',
	properties: [
		channelField,
		broadcastIdField,
		updateFields([
			{ ...automationField, required: false },
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			...scheduleFields,
		]),
	],
	// Writes to the same broadcast go out one after the other, in item order, even in parallel.
	recipient: (op) => locatorKey(op.params.raw('broadcastId', '')),
	run: async (op) => {
		const p = op.params;
		const path = broadcastPath(p);
		const fields = p.collection('updateFields');
		const body: IDataObject = {};
		if (fields.name !== undefined)
			body.name = p.checkText('name', fields.name, { required: true, maxLength: 200 });
		if (fields.workflowId !== undefined) body.workflowId = readWorkflowId(p, fields.workflowId);
		readSchedule(p, fields, body);
		if (Object.keys(body).length === 0)
			throw p.required('updateFields', 'Add at least one field to update.');
		return unwrap(await op.request({ method: 'PUT', path, body }));
	},
};
