import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { afterField, beforeField, labelField } from '../../fields';
import { cursor, endpoint } from '../../provider';
import { addDateRange, uuidRule } from '../../values';

const FOLDERS = ['inbox', 'flows', 'archived', 'outbox', 'incoming', 'failed', 'sent'];

export const list: OperationDef = {
	value: 'list',
	name: 'List',
	action: 'List messages',
	description: 'List messages, newest first: of a folder, a contact, a label or a broadcast',
	properties: [
		{
			displayName: 'Messages Of',
			name: 'filterBy',
			type: 'options',
			options: [
				{ name: 'All', value: 'all' },
				{ name: 'Broadcast', value: 'broadcast' },
				{ name: 'Contact', value: 'contact' },
				{ name: 'Folder', value: 'folder' },
				{ name: 'Label', value: 'label' },
			],
			default: 'all',
			description: 'Weni filters by one of these at a time',
		},
		{
			displayName: 'Broadcast ID',
			name: 'broadcast',
			type: 'number',
			required: true,
			default: 0,
			displayOptions: { show: { filterBy: ['broadcast'] } },
		},
		{
			displayName: 'Contact UUID',
			name: 'contact',
			type: 'string',
			required: true,
			default: '',
			placeholder: '09d23a05-47fe-11e4-bfe9-b8f6b119e9ab',
			displayOptions: { show: { filterBy: ['contact'] } },
		},
		{
			displayName: 'Folder',
			name: 'folder',
			type: 'options',
			options: [
				{ name: 'Archived', value: 'archived' },
				{ name: 'Failed', value: 'failed' },
				{ name: 'Flows', value: 'flows', description: 'Incoming messages handled by flows' },
				{ name: 'Inbox', value: 'inbox', description: 'Incoming messages not handled by flows' },
				{ name: 'Incoming', value: 'incoming', description: 'All incoming messages' },
				{ name: 'Outbox', value: 'outbox' },
				{ name: 'Sent', value: 'sent' },
			],
			default: 'inbox',
			displayOptions: { show: { filterBy: ['folder'] } },
		},
		{ ...labelField, displayOptions: { show: { filterBy: ['label'] } } },
		...returnAllOrLimit(),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ ...afterField, displayName: 'Created After', description: 'Only messages created on or after this time' },
				{ ...beforeField, displayName: 'Created Before', description: 'Only messages created on or before this time' },
			],
		},
	],
	run: async (op) => {
		const p = op.params;
		const qs: IDataObject = {};
		const by = p.string('filterBy', { oneOf: ['all', 'broadcast', 'contact', 'folder', 'label'] });
		if (by === 'broadcast') qs.broadcast = p.number('broadcast', { required: true, min: 1, integer: true });
		if (by === 'contact') qs.contact = p.string('contact', { required: true, pattern: uuidRule }).toLowerCase();
		if (by === 'folder') qs.folder = p.string('folder', { required: true, oneOf: FOLDERS });
		if (by === 'label') qs.label = p.string('label', { required: true, maxLength: 255 });
		addDateRange(p, p.collection('filters'), qs);
		return await op.list({ method: 'GET', path: endpoint('messages'), qs }, cursor);
	},
};
