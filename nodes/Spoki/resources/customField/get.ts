import { API } from '../../provider';
import { numericId } from '../../readers';
import { records } from '../../operations';
import { customFieldIdField } from './common';

export const get = records.get(
	'Get a custom field',
	'Get the label, code, type and example of a custom field',
	[customFieldIdField],
	(p) => `${API}/custom-fields/${numericId(p, 'customFieldId')}/`,
);
