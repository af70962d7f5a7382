import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/definitions';
import { fromNumberField, groupField } from '../../descriptions';
import { idValue, phone } from '../../readers';
import { groupRecipient } from './common';

/**
 * POST /whatsapp/group/{uuid}/set-picture with `{from_number, url}`, a publicly accessible image
 * (2ChatCo/agent-skills skills/2chat-whatsapp-groups/SKILL.md "Set group picture").
 */
export const setPicture: OperationDef = {
	value: 'setPicture',
	name: 'Set Picture',
	action: 'Set the picture of a group',
	description: "Replace a group's picture with an image at a public URL",
	properties: [
		fromNumberField,
		groupField,
		{
			displayName: 'Image URL',
			name: 'url',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://example.com/group-photo.jpg',
			description:
				'A public URL 2Chat downloads the image from (2Chat has no upload endpoint: store an n8n binary file somewhere public first)',
		},
	],
	recipient: (op) => groupRecipient(op.params),
	run: async (op) => {
		const p = op.params;
		const body: IDataObject = {
			from_number: phone(p, 'fromNumber'),
			url: p.readText('url', { required: true, url: true }),
		};
		const group = p.segment('groupUuid', idValue(p, 'groupUuid'));
		const answer = await op.request<IDataObject>({
			method: 'POST',
			path: `/whatsapp/group/${group}/set-picture`,
			body,
		});
		return { group_uuid: decodeURIComponent(group), ...answer };
	},
};
