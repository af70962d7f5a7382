import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { locatorValue } from '../../../shared/params';
import { channelField, locator } from '../../descriptions';
import { readLocator } from '../../readers';
import { createdRecord } from '../../provider';
import { automationField, readSchedule, scheduleFields } from './common';
import { additionalFields } from '../../../shared/descriptions';

/**
 * POST /{channelId}/broadcasts (MindCloud create-broadcast.md): `name` and
 * `workflowId` required; `messageTemplateId`, `isScheduled`, `scheduledAt`,
 * `isReoccurring`, `recurrenceRules[]` optional. The documented `contacts[]`
 * and `variables[]` give no shape for their entries, so they are not sent:
 * add recipients with Add Recipients (`contactsIds[]`, documented).
 */
export const create: OperationDef = {
	value: 'create',
	name: 'Create',
	action: 'Create a broadcast',
	description: 'Create a broadcast of a channel; add its recipients with Add Recipients',
	properties: [
		{
			displayName:
				'A new broadcast has no recipients: add them with Broadcast → Add Recipients, then send it with Broadcast → Start',
			name: 'recipientsNotice',
			type: 'notice',
			default: '',
		},
		channelField,
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
		automationField,
		additionalFields([
			...scheduleFields,
			{
				...locator({
					displayName: 'Template',
					name: 'messageTemplateId',
					searchMethod: 'searchTemplates',
					description: 'The message template the broadcast sends',
				}),
				required: false,
			},
		]),
	],
	run: async (op) => {
		const p = op.params;
		const channel = p.id('channelId');
		const body: IDataObject = {
			name: p.readText('name', { required: true, maxLength: 200 }),
			workflowId: readLocator(p, 'workflowId'),
		};
		const fields = p.collection('additionalFields');
		const templateId = locatorValue(fields.messageTemplateId);
		if (templateId)
			body.messageTemplateId = p.checkText('messageTemplateId', templateId, { maxLength: 200 });
		readSchedule(p, fields, body);
		const answer = await op.request({ method: 'POST', path: `/${channel}/broadcasts`, body });
		// No source shows the answer (guess): the broadcast as its Get answers it, or under `broadcast`.
		return createdRecord(answer, ['broadcast'], ['broadcastId']);
	},
};
