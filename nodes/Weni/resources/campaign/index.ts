import type { ResourceDef } from '../../../shared/operation';
import { getAll } from './getAll';

export const campaign: ResourceDef = {
	value: 'campaign',
	name: 'Campaign',
	operations: [getAll],
};
