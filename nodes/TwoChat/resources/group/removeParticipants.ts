import { participantOperation } from './common';

export const removeParticipants = participantOperation(
	'removeParticipants',
	'Remove Participants',
	'Remove participants from a group',
	'remove-participant',
	'Remove up to 10 phone numbers from a group',
);
