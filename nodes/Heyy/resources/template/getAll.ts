import type { IDataObject } from 'n8n-workflow';

import { getMany } from '../../../shared/getMany';
import { heyyPages } from '../../lists';
import { sortOrderField } from '../../descriptions';
import { readSortOrder, SIMPLE_FIELDS } from '../../readers';
import { choices } from '../../../shared/descriptions';

export const getAll = getMany({
	action: 'Get many message templates',
	description: 'List the WhatsApp message templates of the workspace',
	simplify: SIMPLE_FIELDS.template,
	options: [
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			options: choices({ 'Created At': 'createdAt', Name: 'name', 'Updated At': 'updatedAt' }),
			default: 'updatedAt',
			description:
				"Heyy's sources show Updated At only (Pipedream's Heyy action); Created At and Name are not confirmed and Heyy may refuse them",
		},
		sortOrderField,
	],
	request: (op) => {
		const p = op.params;
		const options = p.collection('options');
		const qs: IDataObject = {};
		if (options.sortBy !== undefined)
			qs.sortBy = p.checkText('sortBy', options.sortBy, {
				oneOf: ['createdAt', 'name', 'updatedAt'],
			});
		readSortOrder(p, options, qs);
		return { method: 'GET', path: '/message_templates', qs };
	},
	pagination: heyyPages('messageTemplates'),
});
