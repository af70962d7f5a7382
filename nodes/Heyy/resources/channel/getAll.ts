import { getManyOperation } from '../../../shared/factories';
import { wholeList } from '../../provider';

export const getAll = getManyOperation(
	'Get many channels',
	'List the channels (WhatsApp numbers, Instagram, SMS, email) of the workspace',
	[],
	() => [{ method: 'GET', path: '/channels' }, wholeList('channels')],
);
