import type { ResourceDef } from '../../shared/operation';
import { account } from './account';
import { contact } from './contact';
import { group } from './group';
import { message } from './message';
import { number } from './number';
import { webhook } from './webhook';

export const resources: ResourceDef[] = [message, contact, number, group, account, webhook];
