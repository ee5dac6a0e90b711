import { policySection } from '../../PolicySection/PolicySection.js';
import { VideoDevicesTable } from '../videoDevicesTable.js';

/** PIPA Art. 25-2: mobile video devices (body cams, drones, vehicles) — why and where, and how to ask to see footage. */
export const MobileVideoDevicesSection = policySection('mobile-video-devices', ({ policy, words }) => {
  const { locale, schema } = words;
  const m = words.page.videoDevices;
  return (
    <>
      <p>{m.mobileIntro}</p>
      <VideoDevicesTable devices={policy.videoDevices} kind="mobile" locale={locale} m={m} schema={schema} />
    </>
  );
});
