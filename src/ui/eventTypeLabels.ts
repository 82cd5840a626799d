import type { EventStatus, EventType } from '../data/model';

export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  call: 'Phone call',
  meeting: 'Meeting',
  summit: 'Summit',
  visit: 'Visit',
  agreement: 'Agreement',
  statement: 'Statement',
  other: 'Event',
};

export const STATUS_LABELS: Record<EventStatus, string> = {
  occurred: 'Occurred',
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
};
