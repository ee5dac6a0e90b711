import { labelIconNodes } from '@privacy-label-kit/icons';
import collectedItems from '@privacy-label-kit/icons/icons/collected-items';
import privacyOfficer from '@privacy-label-kit/icons/icons/privacy-officer';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LabelIconById } from '../LabelIconById/LabelIconById.js';
import { LabelIcon } from './LabelIcon.js';

afterEach(cleanup);

/** The drawn shapes as [tag, d/x/y…] so they can be compared with the icon data. */
function shapes(svg: Element) {
  return [...svg.children]
    .filter((child) => child.localName !== 'title')
    .map((child) => [
      child.localName,
      Object.fromEntries([...child.attributes].map((a) => [a.name, a.value])),
    ]);
}

function expectedShapes(frame: boolean) {
  return labelIconNodes(collectedItems, { frame }).map(([tag, attrs]) => [
    tag,
    Object.fromEntries(Object.entries(attrs).map(([name, value]) => [name, String(value)])),
  ]);
}

describe('LabelIcon', () => {
  it('is decorative by default: hidden from assistive technology, no role', () => {
    const { container } = render(<LabelIcon icon={collectedItems} />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.hasAttribute('role')).toBe(false);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('becomes an image named by `title`', () => {
    render(<LabelIcon icon={collectedItems} title="처리 항목" />);
    const image = screen.getByRole('img', { name: '처리 항목' });
    expect(image.hasAttribute('aria-hidden')).toBe(false);
    expect(image.querySelector('title')?.textContent).toBe('처리 항목');
  });

  it('becomes an image named by `aria-label`', () => {
    render(<LabelIcon icon={privacyOfficer} aria-label="Privacy officer" />);
    expect(screen.getByRole('img', { name: 'Privacy officer' })).toBeTruthy();
  });

  it('draws exactly the shared frame + glyph composition, or the glyph alone', () => {
    const framed = render(<LabelIcon icon={collectedItems} />).container.querySelector('svg')!;
    expect(shapes(framed)).toEqual(expectedShapes(true));
    const bare = render(<LabelIcon icon={collectedItems} frame={false} />).container.querySelector('svg')!;
    expect(shapes(bare)).toEqual(expectedShapes(false));
    expect(shapes(framed).length).toBeGreaterThan(shapes(bare).length);
  });

  it('carries family, variant and size, and spreads other props onto the <svg>', () => {
    const { container } = render(
      <LabelIcon
        icon={privacyOfficer}
        size={48}
        variant="offline"
        className="brand-icon"
        data-testid="icon"
      />,
    );
    const svg = screen.getByTestId('icon');
    expect(container.firstElementChild).toBe(svg);
    expect(svg.getAttribute('width')).toBe('48');
    expect(svg.getAttribute('viewBox')).toBe('0 0 24 24');
    expect(svg.getAttribute('data-plk-family')).toBe('protection');
    expect(svg.getAttribute('data-plk-variant')).toBe('offline');
    expect(svg.classList.contains('brand-icon')).toBe(true);
    expect(svg.getAttribute('stroke')).toBe('currentColor');
  });

  it('strokes the framed icon at 1.5, as the SVG files and PDFs do, and the glyph alone at 2', () => {
    const framed = render(<LabelIcon icon={privacyOfficer} />).container.querySelector('svg')!;
    const glyphOnly = render(<LabelIcon icon={privacyOfficer} frame={false} />).container.querySelector(
      'svg',
    )!;
    expect(framed.getAttribute('stroke-width')).toBe('1.5');
    expect(glyphOnly.getAttribute('stroke-width')).toBe('2');
  });
});

describe('LabelIconById (@privacy-label-kit/react/by-id)', () => {
  it('draws the same icon as LabelIcon given that icon’s data', () => {
    const byId = render(<LabelIconById id="collected-items" />).container.querySelector('svg')!;
    expect(shapes(byId)).toEqual(expectedShapes(true));
    expect(byId.getAttribute('data-plk-icon')).toBe('collected-items');
  });

  it('names the known ids when given an unknown one', () => {
    expect(() => render(<LabelIconById id={'cookies' as 'collected-items'} />)).toThrow(
      /Known ids: .*collected-items/,
    );
  });
});
