import type { ResourceDef } from '../../shared/operation';
import { broadcast } from './broadcast';
import { contact } from './contact';
import { field } from './field';
import { flow } from './flow';
import { group } from './group';
import { label } from './label';
import { message } from './message';

export const resources: ResourceDef[] = [contact, field, group, flow, message, broadcast, label];
