import { recipientsOperation } from './common';

export const addRecipients = recipientsOperation(
	'add',
	'Add recipients to a broadcast',
	'Add contacts to the recipients of a broadcast',
	'IDs of the contacts to add, separated by commas, or an expression that returns an array',
);
