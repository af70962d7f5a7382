import type { ResourceDef } from '../../../shared/definitions';
import { checkWhatsapp } from './checkWhatsapp';
import { get } from './get';
import { getAll } from './getAll';
import { getStatus } from './getStatus';

export const number: ResourceDef = {
	value: 'number',
	name: 'Number',
	operations: [getAll, checkWhatsapp, get, getStatus],
};
