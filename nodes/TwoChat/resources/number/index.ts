import type { ResourceDef } from '../../../shared/operation';
import { checkWhatsapp } from './checkWhatsapp';
import { get } from './get';
import { list } from './list';

export const number: ResourceDef = {
	value: 'number',
	name: 'Number',
	operations: [checkWhatsapp, get, list],
};
