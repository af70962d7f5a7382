import { getMany } from '../../../shared/getMany';
import { wholeList } from '../../provider';

export const getAll = getMany({
	action: 'Get many contact attributes',
	description: 'List the custom contact attributes of the workspace',
	request: () => ({ method: 'GET', path: '/attributes' }),
	pagination: wholeList('attributes'),
});
