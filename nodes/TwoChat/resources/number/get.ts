import type { OperationDef } from '../../../shared/operation';
import { channelField } from '../../descriptions';

export const get: OperationDef = {
	value: 'get',
	name: 'Get',
	action: 'Get a connected number',
	description: 'Get the settings and status of one connected number',
	properties: [
		{
			...channelField,
			required: true,
			description: channelField.description?.replace(
				'Limit to contacts of this connected number',
				'The connected number',
			),
		},
	],
	run: async (op) =>
		await op.request({ method: 'GET', path: `/whatsapp/channel/${op.params.id('channelUuid')}` }),
};
