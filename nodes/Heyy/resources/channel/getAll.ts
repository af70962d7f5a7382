import { getMany } from '../../../shared/getMany';
import { wholeList } from '../../provider';

export const getAll = getMany({
	action: 'Get many channels',
	description: 'List the channels (WhatsApp numbers, Instagram, SMS, email) of the workspace',
	request: () => ({ method: 'GET', path: '/channels' }),
	pagination: wholeList('channels'),
});
