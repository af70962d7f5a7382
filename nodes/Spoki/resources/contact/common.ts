import type { IDataObject } from 'n8n-workflow';

import { idLocator } from '../../descriptions';

export const contactIdField = idLocator({
	displayName: 'Contact',
	name: 'contactId',
	searchMethod: 'searchContacts',
	placeholder: '1091234',
	description: 'The contact, searched by phone, email or name, or given by its numeric ID',
});

/**
 * A contact without its nested sets: custom field values by code
 * (`contactfield_set[].visual_code`), tag names, list ids (fields per
 * shared/api/spoki.md, "Retrieve contact").
 */
export function simplifyContact(c: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const key of [
		'id',
		'phone',
		'first_name',
		'last_name',
		'email',
		'language',
		'status',
		'is_blocked',
		'created_datetime',
	]) {
		if (c[key] !== undefined) out[key] = c[key];
	}
	const fields: IDataObject = {};
	for (const f of (Array.isArray(c.contactfield_set) ? c.contactfield_set : []) as IDataObject[]) {
		const code = f.visual_code ?? f.field;
		if (code !== undefined) fields[String(code)] = f.value_datetime ?? f.value;
	}
	out.custom_fields = fields;
	out.tags = ((Array.isArray(c.tag_set) ? c.tag_set : []) as IDataObject[]).map(
		(t) => t.name ?? t.id,
	);
	out.lists = ((Array.isArray(c.list_set) ? c.list_set : []) as IDataObject[]).map((l) =>
		l && typeof l === 'object' ? (l.id ?? l.name) : l,
	);
	return out;
}
