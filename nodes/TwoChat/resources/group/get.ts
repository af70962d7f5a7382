import type { IDataObject } from 'n8n-workflow';

import { fromNumberField, groupField } from '../../descriptions';
import { idValue } from '../../readers';
import { records } from '../../operations';

const listingNumberField = {
	...fromNumberField,
	required: false,
	description: 'Used only to list the groups to choose from',
};

export const get = records.get(
	'Get a group and its participants',
	'Get the details and participants of a group',
	[listingNumberField, groupField],
	(p) => `/whatsapp/group/${p.segment('groupUuid', idValue(p, 'groupUuid'))}`,
	(body) => (body.data as IDataObject) ?? body,
);
