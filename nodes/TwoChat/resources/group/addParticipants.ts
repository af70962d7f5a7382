import { participantOperation } from './common';

export const addParticipants = participantOperation(
	'addParticipants',
	'Add Participants',
	'Add participants to a group',
	'add-participant',
	'Add up to 10 phone numbers to a group',
);
