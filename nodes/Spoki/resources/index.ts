import type { ResourceDef } from '../../shared/definitions';
import { account } from './account';
import { agency } from './agency';
import { automation } from './automation';
import { campaign } from './campaign';
import { contact } from './contact';
import { customField } from './customField';
import { list } from './list';
import { message } from './message';
import { partner } from './partner';
import { tag } from './tag';
import { template } from './template';
import { ticket } from './ticket';

export const resources: ResourceDef[] = [
	message,
	contact,
	automation,
	list,
	template,
	tag,
	customField,
	ticket,
	campaign,
	account,
	agency,
	partner,
];
