import '../testing/registerWords.js';
import { assertPolicy } from '@privacy-label-kit/schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import { CctvSign } from './CctvSign.js';

afterEach(cleanup);

const shop = () => readExample('small-shop') as Record<string, any>;

describe('CctvSign (PIPA Art. 25(4))', () => {
  it('shows the small shop’s counter camera: purpose, location, range, hours, manager and a phone link', () => {
    render(<CctvSign policy={assertPolicy(shop())} locale="ko" />);
    const sign = screen.getByRole('region', { name: 'CCTV 설치·운영 안내' });
    const terms = within(sign)
      .getAllByRole('term')
      .map((term) => term.textContent);
    const values = within(sign)
      .getAllByRole('definition')
      .map((value) => value.textContent);
    expect(Object.fromEntries(terms.map((term, index) => [term, values[index]]))).toEqual({
      '설치 목적': '도난 방지 및 시설 안전',
      '설치 장소': '매장 계산대 위 천장',
      '촬영 범위': '계산대와 그 앞 통로',
      '촬영 시간': '영업시간 중 (10:00–18:00)',
      관리책임자: '오하늘 (대표)',
      연락처: '063-555-0142',
    });
    expect(within(sign).getByRole('link', { name: '063-555-0142' }).getAttribute('href')).toBe(
      'tel:0635550142',
    );
    // The icon is the video-device label's, decorative beside the title.
    expect(sign.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('gives each fixed device a heading when there are several, and leaves mobile devices off', () => {
    const input = shop();
    const counter = input.videoDevices[0];
    input.videoDevices = [
      counter,
      { ...counter, kind: 'mobile' },
      { ...counter, locations: { ko: '창고 입구', en: 'Storeroom door' } },
    ];
    render(<CctvSign policy={assertPolicy(input)} locale="en" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'CCTV in operation' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'Camera 1',
      'Camera 2',
    ]);
    expect(screen.getAllByRole('term').filter((term) => term.textContent === 'Location')).toHaveLength(2);
  });

  it('renders nothing without a fixed device, also on the server', () => {
    const input = shop();
    input.videoDevices = [];
    expect(renderToString(<CctvSign policy={assertPolicy(input)} />)).toBe('');
  });
});
