import type { ResourceDef } from '../../shared/definitions';
import { attribute } from './attribute';
import { automation } from './automation';
import { broadcast } from './broadcast';
import { business } from './business';
import { channel } from './channel';
import { chat } from './chat';
import { contact } from './contact';
import { file } from './file';
import { label } from './label';
import { message } from './message';
import { template } from './template';
import { webhook } from './webhook';

/** The first resource is the node's default: Message, whose default operation is Send. */
export const resources: ResourceDef[] = [
	message,
	contact,
	broadcast,
	chat,
	template,
	label,
	attribute,
	automation,
	channel,
	file,
	webhook,
	business,
];
