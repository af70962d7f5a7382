import type { ResourceDef } from '../../../shared/definitions';
import { getAll } from './getAll';

export const whatsappBroadcast: ResourceDef = {
	value: 'whatsappBroadcast',
	name: 'WhatsApp Broadcast',
	operations: [getAll],
};
