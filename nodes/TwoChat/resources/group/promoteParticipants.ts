import { participantOperation } from './common';

export const promoteParticipants = participantOperation(
	'promoteParticipants',
	'Promote Participants',
	'Make participants group admins',
	'promote-participant',
	'Make up to 10 participants admins of a group (may take a few minutes to show)',
);
