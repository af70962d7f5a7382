import { API } from '../../provider';
import { numericId } from '../../readers';
import { records } from '../../operations';
import { customFieldIdField } from './common';

export const deleteCustomField = records.delete(
	'Delete a custom field',
	'Delete a custom field and its values on every contact',
	[customFieldIdField],
	(p) => `${API}/custom-fields/${numericId(p, 'customFieldId')}/`,
);
