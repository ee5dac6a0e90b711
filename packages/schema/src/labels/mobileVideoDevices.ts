import type { Policy } from '../policySchema.js';
import { defineLabel } from './defineLabel.js';

export interface MobileVideoDevicesFacts {
  /** How many mobile devices the policy lists. */
  count: number;
  /** Whether every one of them says how to ask to see footage (the schema requires it). */
  accessRequestGiven: boolean;
}

const devices = (policy: Policy) => policy.videoDevices.filter((device) => device.kind === 'mobile');

/** PIPA Art. 25-2: mobile video devices (이동형 영상정보처리기기), e.g. body cams, drones, cameras on vehicles. */
export const mobileVideoDevicesLabel = defineLabel({
  id: 'mobile-video-devices',
  family: 'video',
  legalReference: [{ law: 'pipa', article: '25-2' }],
  sourceFields: ['videoDevices'],
  applies: (policy) => policy.videoDevices.some((device) => device.kind === 'mobile'),
  facts: (policy): MobileVideoDevicesFacts => {
    const ofKind = devices(policy);
    return {
      count: ofKind.length,
      accessRequestGiven: ofKind.every((device) => Object.values(device.howToRequestAccess).some(Boolean)),
    };
  },
});
