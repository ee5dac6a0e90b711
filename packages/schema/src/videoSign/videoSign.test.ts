import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import { assertPolicy, deriveVideoSign } from '../index.js';

const smallShop = () => readExample('small-shop') as Record<string, any>;

describe('deriveVideoSign: what a CCTV sign shows (PIPA Art. 25(4), Decree Art. 24)', () => {
  it('gives the small shop’s counter camera its purpose, location, range, hours, manager and contact', () => {
    const sign = deriveVideoSign(assertPolicy(smallShop()), { locale: 'ko' })!;
    expect(sign.title).toBe('CCTV 설치·운영 안내');
    expect(sign.lead).toBe(
      '담장 위 고양이 공방은 아래와 같이 영상정보처리기기(CCTV)를 설치·운영하고 있습니다.',
    );
    expect(sign.devices).toHaveLength(1);
    expect(sign.devices[0]!.name).toBeUndefined();
    expect(Object.fromEntries(sign.devices[0]!.rows.map((row) => [row.term, row.value]))).toEqual({
      '설치 목적': '도난 방지 및 시설 안전',
      '설치 장소': '매장 계산대 위 천장',
      '촬영 범위': '계산대와 그 앞 통로',
      '촬영 시간': '영업시간 중 (10:00–18:00)',
      관리책임자: '오하늘 (대표)',
      연락처: '063-555-0142',
    });
  });

  it.each([
    ['한빛상점(본점)', '한빛상점(본점)은 '],
    ['한빛상점 (Hanbit Store)', '한빛상점 (Hanbit Store)은 '],
    ['주식회사 오로라(Aurora Inc.)', '주식회사 오로라(Aurora Inc.)는 '],
    ['도토리(주)', '도토리(주)는 '],
    ['(주)한빛', '(주)한빛은 '],
    ['한빛 2호점', '한빛 2호점은 '],
  ])('names the controller "%s" with the particle of the name before any part in brackets', (name, lead) => {
    const input = smallShop();
    input.controller.name = { ko: name, en: 'Hanbit' };
    expect(deriveVideoSign(assertPolicy(input), { locale: 'ko' })!.lead.startsWith(lead)).toBe(true);
  });

  it('numbers the fixed devices when there are several and leaves mobile ones (Art. 25-2) off the sign', () => {
    const input = smallShop();
    const counter = input.videoDevices[0];
    input.videoDevices = [
      counter,
      { ...counter, kind: 'mobile', locations: { ko: '배달 차량', en: 'Delivery van' } },
      { ...counter, locations: { ko: '창고 입구', en: 'Storeroom door' } },
    ];
    const sign = deriveVideoSign(assertPolicy(input), { locale: 'en' })!;
    expect(sign.devices.map((device) => device.name)).toEqual(['Camera 1', 'Camera 2']);
    expect(sign.devices.map((device) => device.rows.find((row) => row.key === 'locations')!.value)).toEqual([
      'The ceiling above the shop counter',
      'Storeroom door',
    ]);
  });

  it('is undefined for a policy without fixed devices, so no sign is made', () => {
    const input = smallShop();
    input.videoDevices = [{ ...input.videoDevices[0], kind: 'mobile' }];
    expect(deriveVideoSign(assertPolicy(input))).toBeUndefined();
  });
});
