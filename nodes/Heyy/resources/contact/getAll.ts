import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { listOperation } from '../../lists';
import { sortOrderField, simplifyField } from '../../descriptions';
import { readSortOrder, SIMPLE_FIELDS } from '../../readers';
import {
	choices,
	optionsCollection,
	simplifier,
	textField,
	textQuery,
} from '../../../shared/factories';

const SORT_FIELDS = ['createdAt', 'firstName', 'lastName', 'phoneNumber', 'updatedAt'];

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List or search the contacts of the workspace',
	properties: [
		...returnAllOrLimit(),
		simplifyField,
		optionsCollection([
			textField(
				'Search',
				'search',
				'Only contacts whose name, phone number or email contains this text',
			),
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'options',
				options: choices({
					'Created At': 'createdAt',
					'First Name': 'firstName',
					'Last Name': 'lastName',
					'Phone Number': 'phoneNumber',
					'Updated At': 'updatedAt',
				}),
				default: 'createdAt',
			},
			sortOrderField,
		]),
	],
	run: async (op) => {
		const p = op.params;
		const simplify = simplifier(p, SIMPLE_FIELDS.contact);
		const options = p.collection('options');
		const qs = textQuery(p, options, 'search');
		if (options.sortBy !== undefined)
			qs.sortBy = p.checkText('sortBy', options.sortBy, { oneOf: SORT_FIELDS });
		readSortOrder(p, options, qs);
		const items = await listOperation(op, { method: 'GET', path: '/contacts', qs }, ['contacts']);
		return simplify(items);
	},
};
