import { getManyOperation } from '../../../shared/factories';
import { wholeList } from '../../provider';

export const getAll = getManyOperation(
	'Get many contact attributes',
	'List the custom contact attributes of the workspace',
	[],
	() => [{ method: 'GET', path: '/attributes' }, wholeList('attributes')],
);
