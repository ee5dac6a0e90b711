import { assertPolicy, deriveEasyRead } from '@privacy-label-kit/schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import { PrivacyPolicy } from '../PrivacyPolicy/PrivacyPolicy.js';
import { smallShopPolicy } from '../testing/policies.js';
import { PrivacyLabelThemeProvider } from '../theme/PrivacyLabelThemeProvider.js';
import { EasyReadPolicy } from './EasyReadPolicy.js';

afterEach(cleanup);

const kids = () => assertPolicy(readExample('kids-learning-app'));

describe('EasyReadPolicy', () => {
  it('is an article titled by its heading, with one section per topic headed by its question', () => {
    const policy = kids();
    render(<EasyReadPolicy policy={policy} locale="ko" />);
    const article = screen.getByRole('article', { name: '쉽게 읽는 개인정보 처리방침' });
    const topics = deriveEasyRead(policy, { locale: 'ko' }).topics;
    const headings = within(article)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['보호자께 드리는 안내', ...topics.map((topic) => topic.heading)]);
    expect(article.getAttribute('lang')).toBe('ko');
  });

  it('tells each topic as an ordered list of messages, each with its speaker’s name in text', () => {
    render(<EasyReadPolicy policy={kids()} locale="ko" />);
    const topic = screen.getByRole('list', { name: '내 정보를 다른 회사에 주나요?' });
    const messages = within(topic)
      .getAllByRole('listitem')
      .filter((item) => item.dataset.plkSpeaker);
    expect(topic.tagName).toBe('OL');
    expect(messages[0]?.textContent).toBe('콩이: 제 정보를 다른 회사에 줘요?');
    // The app's error-reporting SDK is run by a company: the chat names it instead of saying no company gets anything.
    expect(messages[1]?.textContent).toMatch(/^도담: 쿠키 같은 도구로 내 정보를 모아 가는 회사도 있어요\./);
    expect(topic.textContent).not.toContain('아니요');
    for (const message of document.querySelectorAll('[data-plk-speaker]')) {
      expect(message.querySelector('.plk-speaker')?.textContent?.trim()).toMatch(/^(도담|콩이):$/);
      // The drawing beside a message is decorative: the name is the speaker.
      expect(message.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('introduces the two characters once, as named images with alt text', () => {
    render(<EasyReadPolicy policy={kids()} locale="en" />);
    const images = screen.getAllByRole('img');
    expect(images.map((image) => image.getAttribute('aria-label'))).toEqual([
      'Dodam: a round green friend with two sprout leaves on top',
      'Kongi: an orange bean-shaped friend with big eyes',
    ]);
    expect(screen.getByRole('list', { name: 'Meet our two friends' })).toBeTruthy();
  });

  it('links each topic to its full section, on this page or at fullPolicyHref', () => {
    const { unmount } = render(<EasyReadPolicy policy={kids()} locale="ko" />);
    expect(
      screen.getByRole('link', { name: '자세히 보기: 내 정보는 언제 지우나요?' }).getAttribute('href'),
    ).toBe('#privacy-retention');
    unmount();
    render(<EasyReadPolicy policy={kids()} locale="ko" fullPolicyHref="/privacy" />);
    expect(
      screen.getByRole('link', { name: '자세히 보기: 내 정보를 다른 회사에 주나요?' }).getAttribute('href'),
    ).toBe('/privacy#privacy-entrustment');
    // Every link lands on a section the full policy renders.
    const html = renderToString(<PrivacyPolicy policy={kids()} locale="ko" />);
    for (const link of screen.getAllByRole('link')) {
      const anchor = link.getAttribute('href')!.split('#')[1]!;
      expect(html, anchor).toContain(`id="${anchor}"`);
    }
  });

  it('tells the location, camera and AI topics of a policy that has them, each linking to its full section', () => {
    const messenger = assertPolicy(readExample('messenger-platform'));
    render(<EasyReadPolicy policy={messenger} locale="ko" />);
    const cameras = screen.getByRole('list', { name: '카메라로 나를 찍나요?' });
    expect(within(cameras).getAllByRole('listitem')[0]?.textContent).toBe('콩이: 카메라로 저를 찍어요?');
    expect(cameras.textContent).toContain(messenger.videoDevices[0]!.locations.ko);
    const ai = screen.getByRole('list', { name: '인공지능(AI)이 내 정보를 쓰나요?' });
    for (const feature of messenger.generativeAi!.features) expect(ai.textContent).toContain(feature.ko);
    expect(screen.getByRole('list', { name: '내가 있는 곳을 알아내나요?' })).toBeTruthy();
    const html = renderToString(<PrivacyPolicy policy={messenger} locale="ko" />);
    for (const question of [
      '카메라로 나를 찍나요?',
      '인공지능(AI)이 내 정보를 쓰나요?',
      '내가 있는 곳을 알아내나요?',
    ]) {
      const links = screen.getAllByRole('link', { name: `자세히 보기: ${question}` });
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(html).toContain(`id="${link.getAttribute('href')!.slice(1)}"`);
    }
  });

  it('has a note for parents on guardian consent only when children’s information is processed', () => {
    const { unmount } = render(<EasyReadPolicy policy={kids()} locale="ko" />);
    const note = screen.getByRole('complementary', { name: '보호자께 드리는 안내' });
    expect(note.textContent).toContain('보호자(법정대리인)');
    expect(within(note).getByText('동의 방법')).toBeTruthy();
    unmount();
    render(<EasyReadPolicy policy={smallShopPolicy()} locale="ko" />);
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('sets large type on its root, or inherits it from a theme provider', () => {
    const { container, unmount } = render(<EasyReadPolicy policy={kids()} typeScale="large" />);
    const root = container.querySelector('[data-plk-easy-read]')!;
    expect(root.getAttribute('data-plk-type')).toBe('large');
    expect(root.getAttribute('data-plk-theme')).toBe('light');
    unmount();
    const inside = render(
      <PrivacyLabelThemeProvider theme="dark" typeScale="large">
        <EasyReadPolicy policy={kids()} />
      </PrivacyLabelThemeProvider>,
    );
    expect(inside.container.firstElementChild?.getAttribute('data-plk-type')).toBe('large');
    expect(inside.container.querySelector('[data-plk-easy-read]')?.hasAttribute('data-plk-theme')).toBe(
      false,
    );
    expect(() => render(<EasyReadPolicy policy={kids()} typeScale={'huge' as 'large'} />)).toThrow(
      /unknown typeScale "huge"/,
    );
  });

  it('renders on the server', () => {
    const html = renderToString(<EasyReadPolicy policy={kids()} locale="ko" />);
    expect(html).toContain('data-plk-easy-read');
    expect(html).toContain('내 정보를 다른 회사에 주나요?');
  });

  it('marks a controller or service name written only in Korean as Korean in the English byline', () => {
    const input = structuredClone(kids()) as Record<string, any>;
    input.controller.name = { ko: '담장 위 고양이 공방' };
    input.serviceName = { ko: '고양이 공방 앱' };
    const { container } = render(<EasyReadPolicy policy={assertPolicy(input)} locale="en" />);
    const byline = container.querySelector('.plk-easy-byline')!;
    expect(byline.textContent).toBe('담장 위 고양이 공방 · 고양이 공방 앱');
    expect(
      within(byline as HTMLElement)
        .getByText('담장 위 고양이 공방')
        .getAttribute('lang'),
    ).toBe('ko');
    expect(
      within(byline as HTMLElement)
        .getByText('고양이 공방 앱')
        .getAttribute('lang'),
    ).toBe('ko');
    cleanup();
    const korean = render(<EasyReadPolicy policy={assertPolicy(input)} locale="ko" />).container;
    const koreanByline = korean.querySelector('.plk-easy-byline')!;
    expect(koreanByline.textContent).toBe('담장 위 고양이 공방 · 고양이 공방 앱');
    expect(koreanByline.querySelector('[lang]')).toBeNull();
  });
});
