import { operatorOperation } from './common';

export const addOperator = operatorOperation(
	'add',
	'Add an operator to a contact',
	"Assign a Spoki user (operator) to a contact, by the user's email",
);
