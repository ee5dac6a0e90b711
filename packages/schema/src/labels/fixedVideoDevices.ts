import type { Policy } from '../policySchema.js';
import { defineLabel } from './defineLabel.js';

export interface FixedVideoDevicesFacts {
  /** How many fixed devices the policy lists. */
  count: number;
  /** Whether every one of them says how to ask to see footage (the schema requires it). */
  accessRequestGiven: boolean;
}

const devices = (policy: Policy) => policy.videoDevices.filter((device) => device.kind === 'fixed');

/** PIPA Art. 25: fixed video devices (고정형 영상정보처리기기), e.g. CCTV on a wall or ceiling. */
export const fixedVideoDevicesLabel = defineLabel({
  id: 'fixed-video-devices',
  family: 'video',
  legalReference: [{ law: 'pipa', article: '25' }],
  sourceFields: ['videoDevices'],
  applies: (policy) => policy.videoDevices.some((device) => device.kind === 'fixed'),
  facts: (policy): FixedVideoDevicesFacts => {
    const ofKind = devices(policy);
    return {
      count: ofKind.length,
      accessRequestGiven: ofKind.every((device) => Object.values(device.howToRequestAccess).some(Boolean)),
    };
  },
});
