import { getMany } from '../../../shared/getMany';
import { wholeList } from '../../provider';

export const getAll = getMany({
	action: 'Get many labels',
	description: 'List the contact labels of the workspace',
	request: () => ({ method: 'GET', path: '/labels' }),
	pagination: wholeList('labels'),
});
