import type { ResourceDef } from '../../../shared/operation';
import { getAll } from './getAll';

export const whatsappBroadcast: ResourceDef = {
	value: 'whatsappBroadcast',
	name: 'WhatsApp Broadcast',
	operations: [getAll],
};
