import { getManyOperation } from '../../../shared/factories';
import { wholeList } from '../../provider';

export const getAll = getManyOperation(
	'Get many labels',
	'List the contact labels of the workspace',
	[],
	() => [{ method: 'GET', path: '/labels' }, wholeList('labels')],
);
