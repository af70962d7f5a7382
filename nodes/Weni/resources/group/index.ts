import type { ResourceDef } from '../../../shared/operation';
import { groupField } from '../../fields';
import { namedOperations } from '../named';

export const group: ResourceDef = {
	value: 'group',
	name: 'Contact Group',
	operations: namedOperations({
		endpoint: 'groups',
		noun: 'group',
		picker: groupField,
		deleteNote: 'a group used by a campaign, flow or trigger cannot be deleted',
	}),
};
