import { operatorOperation } from './common';

export const removeOperator = operatorOperation(
	'remove',
	'Remove an operator from a contact',
	"Take a Spoki user (operator) off a contact, by the user's email",
);
