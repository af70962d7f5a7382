import type { FieldRules } from '../../../shared/validation';

/** RapidPro field names: letters, numbers, spaces and hyphens, starting with a letter; at most 36. */
export const fieldNameRules: FieldRules = {
	required: true,
	maxLength: 36,
	pattern: {
		regex: /^[A-Za-z][A-Za-z0-9\- ]*$/,
		hint: 'must start with a letter and contain only letters, numbers, spaces and hyphens',
	},
};

export const TYPE_VALUES = ['text', 'number', 'datetime', 'state', 'district', 'ward'];
