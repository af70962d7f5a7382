import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { wholeList } from '../../provider';

export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many channels',
	description: 'List the channels (WhatsApp numbers, Instagram, SMS, email) of the workspace',
	properties: [...returnAllOrLimit()],
	run: async (op) => await op.list({ method: 'GET', path: '/channels' }, wholeList('channels')),
};
