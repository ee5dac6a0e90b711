import type { Locale, SchemaWords, VideoDevice, VideoDeviceKind } from '@privacy-label-kit/schema/core';
import type { PageWords } from '../locales/words.js';
import { PolicyTable } from '../PolicyTable/PolicyTable.js';
import { PhoneLink, text } from './content.js';

/** The devices of one kind (PIPA Arts. 25, 25-2), one row each: every particular a CCTV sign (안내판) shows, and more. */
export function VideoDevicesTable({
  devices,
  kind,
  locale,
  m,
  schema,
}: {
  devices: readonly VideoDevice[];
  kind: VideoDeviceKind;
  locale: Locale;
  m: PageWords['videoDevices'];
  schema: SchemaWords;
}) {
  return (
    <PolicyTable
      columns={[
        { header: m.locations, cell: (device) => text(device.locations, locale) },
        { header: m.purpose, cell: (device) => text(device.purpose, locale) },
        { header: m.range, cell: (device) => text(device.range, locale) },
        { header: m.recordingHours, cell: (device) => text(device.recordingHours, locale) },
        { header: m.retention, cell: (device) => schema.format.duration(device.retention) },
        { header: m.manager, cell: (device) => text(device.manager, locale) },
        { header: m.contact, cell: (device) => <PhoneLink phone={device.contact} /> },
        { header: m.howToRequestAccess, cell: (device) => text(device.howToRequestAccess, locale) },
        { header: m.notice, cell: (device) => (device.notice ? text(device.notice, locale) : '—') },
      ]}
      rows={devices.filter((device) => device.kind === kind)}
    />
  );
}
