import { getManyOperation } from '../../../shared/factories';
import { API, drfPages } from '../../provider';

export const getAll = getManyOperation('Get many tags', 'List the tags of the account', [], () => [
	{ method: 'GET', path: `${API}/tags/` },
	drfPages(),
]);
