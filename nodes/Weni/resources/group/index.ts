import type { ResourceDef } from '../../../shared/definitions';
import { groupField } from '../../descriptions';
import { namedOperations } from '../../operations';

export const group: ResourceDef = {
	value: 'group',
	name: 'Contact Group',
	operations: namedOperations({
		endpoint: 'groups',
		noun: 'group',
		picker: groupField,
		// Only unarchived triggers and campaigns block a delete (weni-ai/rapidpro temba/api/v2/views.py GroupsEndpoint.perform_destroy).
		deleteNote:
			'a group used by an active trigger or campaign cannot be deleted (archive those first); flows do not block it',
	}),
};
