import { afterField, beforeField, groupField } from '../../descriptions';
import { addDateRange, checkSchemes, checkUrn, locatorText, refOf, uuidQuery } from '../../readers';
import { cursorGetMany } from '../../operations';

/**
 * ContactsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows): most recently
 * modified first; filters `uuid`, `urn`, `group`, `deleted`, `before`/`after`, `reverse`.
 */
export const getAll = cursorGetMany({
	action: 'Get many contacts',
	description: 'List contacts, most recently modified first',
	endpoint: 'contacts',
	simplify: [
		'uuid',
		'name',
		'status',
		'language',
		'urns',
		'groups',
		'fields',
		'last_seen_on',
		'modified_on',
	],
	filters: [
		{
			displayName: 'Deleted Only',
			name: 'deleted',
			type: 'boolean',
			default: false,
			description: 'Whether to list deleted contacts instead of active ones',
		},
		{
			// nyaruka/rapidpro temba/api/v2/views.py ContactsEndpoint.prepare_for_serialization:
			// `expand_urns=true` makes each URN an object {channel, scheme, path, display}.
			// weni-ai/flows' ContactsEndpoint has no such parameter and ignores it.
			displayName: 'Expand URNs',
			name: 'expandUrns',
			type: 'boolean',
			default: false,
			description:
				'Whether each URN comes as an object with its scheme, path and channel (RapidPro only; Weni Flows ignores it)',
		},
		{
			...groupField,
			required: false,
			description: 'Only the contacts of this group (smart groups included)',
		},
		afterField,
		beforeField,
		{
			displayName: 'Oldest First',
			name: 'reverse',
			type: 'boolean',
			default: false,
			description: 'Whether to list the least recently modified contacts first',
		},
		{
			displayName: 'URN',
			name: 'urn',
			type: 'string',
			default: '',
			placeholder: 'whatsapp:5582999990000',
			description: 'Only the contact with this URN',
		},
		{
			// ContactsEndpoint (temba/api/v2/views.py, nyaruka/rapidpro and weni-ai/flows): `uuid` filter.
			displayName: 'UUID',
			name: 'uuid',
			type: 'string',
			default: '',
			placeholder: '5d76d86b-3bb9-4d5a-b822-c9d86f5d8e4f',
			description: 'Only the contact with this UUID',
		},
	],
	query: async (p, filters, qs, op) => {
		// ContactsEndpoint's `group` takes a group's UUID or its name (both servers); a Resource
		// Locator gives the UUID, an expression either.
		const group = locatorText(filters.group);
		if (group) qs.group = p.checkText('group', refOf(p, 'group', group), { maxLength: 255 });
		uuidQuery(p, filters, qs);
		if (filters.urn) {
			qs.urn = checkUrn(p, 'urn', filters.urn);
			await checkSchemes(op, 'urn', [qs.urn as string]);
		}
		addDateRange(p, filters, qs);
		if (p.checkBoolean('deleted', filters.deleted)) qs.deleted = true;
		if (p.checkBoolean('reverse', filters.reverse)) qs.reverse = true;
		if (p.checkBoolean('expandUrns', filters.expandUrns)) qs.expand_urns = true;
	},
});
