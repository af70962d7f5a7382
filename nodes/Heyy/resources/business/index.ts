import type { ResourceDef } from '../../../shared/operation';
import { get } from './get';

export const business: ResourceDef = {
	value: 'business',
	name: 'Business',
	operations: [get],
};
