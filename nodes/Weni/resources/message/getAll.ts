import type { IDataObject } from 'n8n-workflow';

import type { OperationContext } from '../../../shared/definitions';
import { shown } from '../../../shared/validation';
import { contactField, createdRange, labelField } from '../../descriptions';
import { FLAVOUR_NAMES, flavourOf, MESSAGE_FOLDERS } from '../../flavour';
import { endpoint } from '../../provider';
import { UUID, addDateRange, contactFilterUuid, refOf } from '../../readers';
import { cursorGetMany } from '../../operations';

/**
 * messages.json filters by the broadcast's numeric id on both servers
 * (`broadcast`, deprecated on weni-ai/rapidpro views.py MessagesEndpoint), while
 * RapidPro now names broadcasts by UUID (`broadcasts.json?uuid=`, same file): a
 * UUID is looked up first. Weni Flows' broadcasts have only the id.
 */
async function broadcastId(op: OperationContext): Promise<number> {
	const p = op.params;
	const given = p.readText('broadcast', { required: true });
	if (/^\d+$/.test(given)) return Number(given);
	if (!UUID.test(given)) {
		throw p.invalid('broadcast', `must be a broadcast UUID or numeric ID (got "${shown(given)}")`);
	}
	if ((await flavourOf(op.ctx)) === 'flows') {
		throw p.invalid(
			'broadcast',
			'must be the numeric broadcast ID on Weni Flows, whose broadcasts have no UUID',
			'Copy the "id" of the broadcast from Broadcast → Get Many or Send.',
		);
	}
	const found = await op.request<IDataObject>({
		method: 'GET',
		path: endpoint('broadcasts'),
		qs: { uuid: given.toLowerCase() },
	});
	const broadcast = Array.isArray(found.results)
		? (found.results[0] as IDataObject | undefined)
		: undefined;
	if (!broadcast || typeof broadcast.id !== 'number') {
		throw p.invalid('broadcast', `names no broadcast of this workspace (got "${given}")`);
	}
	return broadcast.id;
}

export const getAll = cursorGetMany({
	action: 'Get many messages',
	description: 'List messages, newest first: of a folder, a contact, a label or a broadcast',
	endpoint: 'messages',
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
			displayName: 'Broadcast',
			name: 'broadcast',
			type: 'string',
			required: true,
			default: '',
			placeholder: '0d3c4c4e-7a1c-4bd6-8b1c-2f1c9e2d7a10',
			description: 'The broadcast UUID (RapidPro) or its numeric ID (both servers)',
			displayOptions: { show: { filterBy: ['broadcast'] } },
		},
		{
			...contactField,
			description:
				'The contact whose messages to list: from the list, by UUID or URN, or by the URL of its page',
			displayOptions: { show: { filterBy: ['contact'] } },
		},
		{
			displayName: 'Folder Name or ID',
			name: 'folder',
			type: 'options',
			// The folders the detected server accepts (see flavour.ts MESSAGE_FOLDERS).
			typeOptions: { loadOptionsMethod: 'getMessageFolders' },
			default: 'inbox',
			description:
				'A message folder the server accepts (Incoming exists on Weni Flows only). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			displayOptions: { show: { filterBy: ['folder'] } },
		},
		{ ...labelField, displayOptions: { show: { filterBy: ['label'] } } },
	],
	simplify: [
		'uuid',
		'id',
		'contact',
		'urn',
		'direction',
		'type',
		'status',
		'text',
		'attachments',
		'labels',
		'created_on',
	],
	filters: createdRange('messages'),
	query: async (p, filters, qs, op) => {
		// Every input is checked before the broadcast lookup below sends a request.
		addDateRange(p, filters, qs);
		const by = p.readText('filterBy', {
			oneOf: ['all', 'broadcast', 'contact', 'folder', 'label'],
		});
		if (by === 'contact') {
			qs.contact = (await contactFilterUuid(op, 'contact', p.raw('contact', ''))) ?? '';
			if (!qs.contact) throw p.required('contact');
		}
		if (by === 'folder') {
			const folder = p.readText('folder', { required: true }).toLowerCase();
			const flavour = await flavourOf(op.ctx);
			// An unknown folder answers an empty list, not an error (weni-ai/rapidpro views.py MessagesEndpoint).
			if (!MESSAGE_FOLDERS[flavour].includes(folder)) {
				throw p.invalid(
					'folder',
					`"${shown(folder)}" is not a folder ${FLAVOUR_NAMES[flavour]} knows`,
					`Use one of ${MESSAGE_FOLDERS[flavour].join(', ')}.`,
				);
			}
			qs.folder = folder;
		}
		if (by === 'broadcast') qs.broadcast = await broadcastId(op);
		if (by === 'label') qs.label = refOf(p, 'label');
	},
});
