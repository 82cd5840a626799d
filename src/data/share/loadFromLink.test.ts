import { describe, expect, it } from 'vitest';
import { DatasetLoadError } from '../load/load';
import { encodeLinkData } from './linkData';
import { loadDatasetFromLink } from './loadFromLink';

describe('loadDatasetFromLink', () => {
  it('validates the dataset in the link as any dataset, keeping the good events', async () => {
    const json = JSON.stringify({
      title: 'In the link',
      events: [
        { id: 'a', title: 'Good', start: '2025-10-25' },
        { id: 'b', title: 'Bad', start: 'Oct 25' },
      ],
    });
    const result = await loadDatasetFromLink(await encodeLinkData(json));
    expect(result.dataset.title).toBe('In the link');
    expect(result.dataset.events.map((e) => e.id)).toEqual(['a']);
    expect(result.issues.map((i) => i.path)).toEqual(['events[1].start']);
  });

  it('says plainly when the link was cut or holds no dataset', async () => {
    await expect(loadDatasetFromLink('%%%')).rejects.toThrow(DatasetLoadError);
    await expect(loadDatasetFromLink(await encodeLinkData('[1, 2]'))).rejects.toThrow(/cannot be used/);
    await expect(loadDatasetFromLink(await encodeLinkData('{"title": '))).rejects.toThrow(/Could not read/);
  });

  it('converts CSV carried in a link', async () => {
    const csv = 'title,start\nFirst call,2025-10-25\n';
    const result = await loadDatasetFromLink(await encodeLinkData(csv));
    expect(result.dataset.events.map((e) => e.start.day)).toEqual([25]);
  });
});
