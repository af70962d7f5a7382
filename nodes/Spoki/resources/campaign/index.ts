import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const campaign: ResourceDef = {
	value: 'campaign',
	name: 'Campaign',
	operations: [getAll],
};
