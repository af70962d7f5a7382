import type { IDataObject } from 'n8n-workflow';

import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { listOperation } from '../../lists';
import { sortOrderField, simplifyField } from '../../descriptions';
import { readSortOrder, SIMPLE_FIELDS } from '../../readers';
import { choices, optionsCollection, simplifier } from '../../../shared/factories';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many message templates',
	description: 'List the WhatsApp message templates of the workspace',
	properties: [
		...returnAllOrLimit(),
		simplifyField,
		optionsCollection([
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
		]),
	],
	run: async (op) => {
		const p = op.params;
		const simplify = simplifier(p, SIMPLE_FIELDS.template);
		const options = p.collection('options');
		const qs: IDataObject = {};
		if (options.sortBy !== undefined)
			qs.sortBy = p.checkText('sortBy', options.sortBy, {
				oneOf: ['createdAt', 'name', 'updatedAt'],
			});
		readSortOrder(p, options, qs);
		const items = await listOperation(op, { method: 'GET', path: '/message_templates', qs }, [
			'messageTemplates',
		]);
		return simplify(items);
	},
};
