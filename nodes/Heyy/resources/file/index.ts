import type { ResourceDef } from '../../../shared/definitions';
import { upload } from './upload';

export const file: ResourceDef = {
	value: 'file',
	name: 'File',
	operations: [upload],
};
