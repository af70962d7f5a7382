import type { ResourceDef } from '../../../shared/definitions';
import { get } from './get';

export const business: ResourceDef = {
	value: 'business',
	name: 'Business',
	operations: [get],
};
