import { participantOperation } from './common';

export const demoteParticipants = participantOperation(
	'demoteParticipants',
	'Demote Participants',
	'Remove admin rights from participants',
	'demote-participant',
	'Remove admin rights from up to 10 participants of a group',
);
