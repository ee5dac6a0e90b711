import { policySection } from '../../PolicySection/PolicySection.js';
import { VideoDevicesTable } from '../videoDevicesTable.js';

/** PIPA Art. 25: fixed video devices (CCTV) — where and why, what and when they record, and how to ask to see footage. */
export const FixedVideoDevicesSection = policySection('fixed-video-devices', ({ policy, words }) => {
  const { locale, schema } = words;
  const m = words.page.videoDevices;
  return (
    <>
      <p>{m.fixedIntro}</p>
      <VideoDevicesTable devices={policy.videoDevices} kind="fixed" locale={locale} m={m} schema={schema} />
    </>
  );
});
