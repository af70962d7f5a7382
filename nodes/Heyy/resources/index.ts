import type { ResourceDef } from '../../shared/operation';
import { attribute } from './attribute';
import { automation } from './automation';
import { business } from './business';
import { channel } from './channel';
import { chat } from './chat';
import { contact } from './contact';
import { file } from './file';
import { label } from './label';
import { message } from './message';
import { template } from './template';
import { webhook } from './webhook';

export const resources: ResourceDef[] = [
	message,
	contact,
	attribute,
	label,
	chat,
	channel,
	automation,
	template,
	file,
	webhook,
	business,
];
