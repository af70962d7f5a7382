import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const campaignEvent: ResourceDef = {
	value: 'campaignEvent',
	name: 'Campaign Event',
	operations: [getAll],
};
