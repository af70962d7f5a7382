import type { IDataObject } from 'n8n-workflow';

import { getMany } from '../../../shared/getMany';
import { API, drfPages } from '../../provider';
import { textField } from '../../../shared/descriptions';

const contains = (value: unknown, part: string) =>
	String(value ?? '')
		.toLowerCase()
		.includes(part.toLowerCase());

export const getAll = getMany({
	action: 'Get many custom fields',
	description: 'List the custom fields, optionally those whose code or label contains a text',
	filters: [
		textField('Code', 'code', 'Only custom fields whose code contains this text', {
			placeholder: 'ORDER',
		}),
		textField('Label', 'label', 'Only custom fields whose label contains this text', {
			placeholder: 'Order',
		}),
	],
	read: async (op) => {
		const p = op.params;
		const f = p.collection('filters');
		const code = p.checkText('code', f.code, { maxLength: 200 });
		const label = p.checkText('label', f.label, { maxLength: 200 });
		// Spoki's only filter is `search`, on label or code alike (MambuSRL/spoki_whatsapp
		// src/Api/CustomFields.php); Composio's Spoki tool descriptions have separate code and label filters. Spoki
		// narrows by one text and the node keeps only the fields matching on the right key.
		const search = code || label;
		const qs: IDataObject = search ? { search } : {};
		return await op.list(
			{ method: 'GET', path: `${API}/custom-fields/`, qs },
			drfPages(),
			(field) => (!code || contains(field.code, code)) && (!label || contains(field.label, label)),
		);
	},
});
