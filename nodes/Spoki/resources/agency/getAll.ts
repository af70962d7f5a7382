import { getMany } from '../../../shared/getMany';
import { API, drfPages } from '../../provider';

export const getAll = getMany({
	action: 'Get many agencies',
	description: 'List the agencies the API key can access',
	request: () => ({ method: 'GET', path: `${API}/agencies/` }),
	pagination: drfPages(),
});
