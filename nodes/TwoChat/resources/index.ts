import type { ResourceDef } from '../../shared/definitions';
import { account } from './account';
import { contact } from './contact';
import { conversation } from './conversation';
import { group } from './group';
import { message } from './message';
import { number } from './number';
import { user } from './user';
import { webhook } from './webhook';
import { whatsappBusiness } from './whatsappBusiness';

/** The first resource and its first operation are the node's defaults: a send, the most common safe action. */
export const resources: ResourceDef[] = [
	message,
	whatsappBusiness,
	contact,
	conversation,
	group,
	number,
	user,
	account,
	webhook,
];
