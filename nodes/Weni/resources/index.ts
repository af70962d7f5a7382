import type { ResourceDef } from '../../shared/definitions';
import { broadcast } from './broadcast';
import { campaign } from './campaign';
import { campaignEvent } from './campaignEvent';
import { channel } from './channel';
import { contact } from './contact';
import { field } from './field';
import { flow } from './flow';
import { flowStart } from './flowStart';
import { globalResource } from './global';
import { group } from './group';
import { label } from './label';
import { message } from './message';
import { flowRun } from './run';
import { ticket } from './ticket';
import { template } from './template';
import { topic } from './topic';
import { whatsappBroadcast } from './whatsappBroadcast';

/** The first resource's first operation is the node's default: Message → Send (a common, safe one). */
export const resources: ResourceDef[] = [
	message,
	contact,
	broadcast,
	flow,
	flowStart,
	flowRun,
	field,
	group,
	label,
	campaign,
	campaignEvent,
	channel,
	globalResource,
	ticket,
	topic,
	template,
	whatsappBroadcast,
];
