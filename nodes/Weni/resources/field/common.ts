import type { IDataObject } from 'n8n-workflow';

import type { FieldRules } from '../../../shared/validation';
import type { Flavour } from '../../flavour';
import { FIELD_TYPE_ON_FLOWS } from '../../flavour';

/**
 * Field names, the stricter of the two servers' rules so a name passes on both:
 * RapidPro's ContactField.is_valid_name (letters, numbers, spaces, hyphens;
 * weni-ai/rapidpro temba/contacts/models.py) and Weni Flows' is_valid_label
 * (also underscores; weni-ai/flows same file); at most 36 (MAX_LABEL_LEN / MAX_NAME_LEN).
 */
export const fieldNameRules: FieldRules = {
	required: true,
	maxLength: 36,
	pattern: {
		regex: /^[A-Za-z][A-Za-z0-9\- ]*$/,
		hint: 'must start with a letter and contain only letters, numbers, spaces and hyphens',
	},
};

export const TYPE_VALUES = ['text', 'number', 'datetime', 'state', 'district', 'ward'];

/**
 * The write body each server takes: RapidPro `{name, type}` (ContactFieldWriteSerializer,
 * weni-ai/rapidpro temba/api/v2/serializers.py); Weni Flows `{label, value_type}` with
 * `numeric` for numbers, both required (same serializer in weni-ai/flows).
 */
export function fieldBody(flavour: Flavour, name: string, type: string): IDataObject {
	return flavour === 'flows'
		? { label: name, value_type: FIELD_TYPE_ON_FLOWS[type] }
		: { name, type };
}

/** A field row read from either server, in the node's terms (name, RapidPro type). */
export function nameAndType(row: IDataObject): { name?: string; type?: string } {
	const name = (row.name ?? row.label) as string | undefined;
	const type = (row.type ?? (row.value_type === 'numeric' ? 'number' : row.value_type)) as
		| string
		| undefined;
	return { name, type };
}
