import type { ResourceDef } from '../../../shared/operation';
import { labelField } from '../../descriptions';
import { namedOperations } from '../../named';

export const label: ResourceDef = {
	value: 'label',
	name: 'Message Label',
	operations: namedOperations({ endpoint: 'labels', noun: 'label', picker: labelField }),
};
