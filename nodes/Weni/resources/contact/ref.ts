import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Params } from '../../../shared/params';
import { uuidRule, checkUrn } from '../../values';

/** How a single contact is addressed: `?uuid=` or `?urn=`, as RapidPro's contacts endpoint does. */
export const contactByFields: INodeProperties[] = [
	{
		displayName: 'Contact By',
		name: 'by',
		type: 'options',
		options: [
			{ name: 'UUID', value: 'uuid' },
			{ name: 'URN', value: 'urn', description: 'One of its URNs, such as whatsapp:5582999990000' },
		],
		default: 'uuid',
	},
	{
		displayName: 'Contact UUID',
		name: 'contactUuid',
		type: 'string',
		required: true,
		default: '',
		placeholder: '09d23a05-47fe-11e4-bfe9-b8f6b119e9ab',
		displayOptions: { show: { by: ['uuid'] } },
	},
	{
		displayName: 'Contact URN',
		name: 'contactUrn',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'whatsapp:5582999990000',
		description: 'Scheme and address: tel:+…, whatsapp:…, mailto:… or ext:…',
		displayOptions: { show: { by: ['urn'] } },
	},
];

/** The query that addresses the contact: `{uuid}` or `{urn}`. */
export function contactQuery(p: Params): IDataObject {
	if (p.string('by', { oneOf: ['uuid', 'urn'] }) === 'urn') {
		return { urn: checkUrn(p, 'contactUrn', p.raw('contactUrn', '')) };
	}
	return { uuid: p.string('contactUuid', { required: true, pattern: uuidRule }).toLowerCase() };
}
