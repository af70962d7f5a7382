import type { ResourceDef } from '../../../shared/definitions';
import { labelField } from '../../descriptions';
import { namedOperations } from '../../operations';

export const label: ResourceDef = {
	value: 'label',
	name: 'Message Label',
	operations: namedOperations({ endpoint: 'labels', noun: 'label', picker: labelField }),
};
