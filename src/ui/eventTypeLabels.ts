import type { EventStatus, EventType } from '../data/model';
import type { MessageKey } from '../i18n/messages';

/** The message that names each event type and status in the UI language. */
export const EVENT_TYPE_KEYS: Record<EventType, MessageKey> = {
  call: 'typeCall',
  meeting: 'typeMeeting',
  summit: 'typeSummit',
  visit: 'typeVisit',
  agreement: 'typeAgreement',
  statement: 'typeStatement',
  other: 'typeOther',
};

export const STATUS_KEYS: Record<EventStatus, MessageKey> = {
  occurred: 'statusOccurred',
  scheduled: 'statusScheduled',
  cancelled: 'statusCancelled',
};
