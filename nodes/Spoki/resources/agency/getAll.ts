import { getManyOperation } from '../../../shared/factories';
import { API, drfPages } from '../../provider';

export const getAll = getManyOperation(
	'Get many agencies',
	'List the agencies the API key can access',
	[],
	() => [{ method: 'GET', path: `${API}/agencies/` }, drfPages()],
);
