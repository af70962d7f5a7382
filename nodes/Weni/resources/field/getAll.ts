import { getMany } from '../../../shared/getMany';
import { cursor, endpoint } from '../../provider';

export const getAll = getMany({
	action: 'Get many contact fields',
	description: 'List the contact fields of the workspace with their keys and types',
	request: () => ({ method: 'GET', path: endpoint('fields') }),
	pagination: cursor,
});
