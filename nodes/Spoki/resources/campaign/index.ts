import type { ResourceDef } from '../../../shared/operation';
import { list } from './list';

export const campaign: ResourceDef = {
	value: 'campaign',
	name: 'Campaign',
	operations: [list],
};
