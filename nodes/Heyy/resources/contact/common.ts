import type { IDataObject } from 'n8n-workflow';

import type { Params } from '../../../shared/params';

/** Copies first name, last name and email from a collection into a contact body. */
export function readNames(p: Params, fields: IDataObject, body: IDataObject): void {
	for (const key of ['firstName', 'lastName'] as const) {
		if (fields[key] !== undefined) body[key] = p.checkText(key, fields[key], { maxLength: 200 });
	}
	if (fields.email !== undefined) {
		const email = p.checkText('email', fields.email, { email: true });
		if (email) body.email = email;
	}
}
