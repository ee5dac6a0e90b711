// The one icon, not the id → icon map: a page with the sign does not carry every icon.
import fixedVideoDevicesIcon from '@privacy-label-kit/icons/icons/fixed-video-devices';
import { deriveVideoSign, type Locale, type Policy, type Translation } from '@privacy-label-kit/schema/core';
import { type HTMLAttributes, useId } from 'react';
import { styled } from 'styled-components';
import { LabelIcon, type LabelIconVariant } from '../LabelIcon/LabelIcon.js';
import { usePolicyLocale } from '../locale/PolicyLocaleProvider.js';
import { Heading, type HeadingLevel } from '../PolicySection/Heading.js';
import { focusRing, koreanTextWrapping } from '../theme/sharedStyles.js';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { color, layout } from '../theme/tokens.js';

export interface CctvSignProps extends HTMLAttributes<HTMLElement> {
  /** The policy; the sign lists its fixed video devices (`videoDevices[]` of kind `fixed`). */
  policy: Policy;
  /** The sign's language; default: the nearest `PolicyLocaleProvider`'s, else the policy's `defaultLocale`. */
  locale?: Locale;
  /** Words of your own (another language, or your wording of some keys), before the registered ones. */
  translations?: readonly Translation[];
  /** The heading level of the sign's title. Default 2. */
  headingLevel?: HeadingLevel;
  /** 'online' (default): the video family's colour; 'offline': one colour, the text colour, for printing. */
  variant?: LabelIconVariant;
}

const Root = staticInServerComponents(
  styled.section.withConfig({ componentId: 'plk-CctvSign' })`
  ${koreanTextWrapping}
  max-width: 40rem;
  margin: 0;
  padding: ${layout['space-5']};
  border: 3px solid ${color.text};
  border-radius: ${layout.radius};
  background: ${color['surface-raised']};
  color: ${color.text};
  font-family: ${layout['font-family']};
  line-height: 1.5;

  & > header {
    display: flex;
    align-items: center;
    gap: ${layout['space-3']};
    margin: 0 0 ${layout['space-3']};
  }
  & .plk-sign-title {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.3;
    font-weight: 700;
  }
  & > p {
    margin: 0 0 ${layout['space-4']};
  }
  & .plk-sign-device {
    margin: ${layout['space-4']} 0 ${layout['space-2']};
    font-size: 1.0625em;
    font-weight: 700;
  }
  & dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    margin: 0;
    border-top: 1px solid ${color['border-strong']};
  }
  /* Each term and value sit in a div (valid inside dl); the grid places them as if the div were not there. */
  & dl > div {
    display: contents;
  }
  & dt,
  & dd {
    margin: 0;
    padding: ${layout['space-2']} ${layout['space-3']};
    border-bottom: 1px solid ${color['border-strong']};
  }
  & dt {
    padding-left: 0;
    font-weight: 700;
  }
  & a {
    color: ${color.link};
    text-underline-offset: 0.2em;
  }
  & a:focus-visible {
    ${focusRing}
    border-radius: 2px;
  }
  & > .plk-sign-note {
    margin: ${layout['space-4']} 0 0;
    color: ${color['text-muted']};
    font-size: 0.8125em;
  }
  /* Phones: term above value, so long Korean values keep a readable line length. */
  @media (max-width: 30rem) {
    padding: ${layout['space-4']};
    & dl {
      grid-template-columns: minmax(0, 1fr);
    }
    & dt {
      padding-bottom: 0;
      border-bottom: 0;
    }
    & dd {
      padding-left: 0;
    }
  }
  @media print {
    border-color: #000;
    color: #000;
    break-inside: avoid;
    & > .plk-sign-note {
      color: #000;
    }
  }
`,
);

/**
 * The CCTV sign (영상정보처리기기 안내판, PIPA Art. 25(4), Decree Art. 24): for each fixed video device its purpose,
 * location, range and hours of recording, and the manager's name and contact, under the video-device label's icon.
 * Renders nothing when the policy has no fixed device. The printable A4/A5 sign (`privacy-label export`) says the
 * same, from the same words.
 */
export function CctvSign({
  policy,
  locale: localeProp,
  translations: translationsProp,
  headingLevel = 2,
  variant = 'online',
  ...rest
}: CctvSignProps) {
  // Only the sign's words (`videoSign`): the component needs neither the page's nor the labels' words.
  const { locale, translations } = usePolicyLocale(localeProp, policy, translationsProp);
  const headingId = useId();
  const sign = deriveVideoSign(policy, { locale, ...(translations ? { translations } : {}) });
  if (!sign) return null;
  const deviceLevel = Math.min(headingLevel + 1, 6) as HeadingLevel;
  return (
    <Root aria-labelledby={headingId} data-plk-cctv-sign="" {...rest}>
      <header>
        <LabelIcon icon={fixedVideoDevicesIcon} size={56} variant={variant} />
        <Heading level={headingLevel} id={headingId} className="plk-sign-title">
          {sign.title}
        </Heading>
      </header>
      <p>{sign.lead}</p>
      {sign.devices.map((device, index) => (
        // Devices have no id of their own; their order in the policy is stable.
        // biome-ignore lint/suspicious/noArrayIndexKey: the policy's order is the devices' identity here
        <div key={index}>
          {device.name ? (
            <Heading level={deviceLevel} className="plk-sign-device">
              {device.name}
            </Heading>
          ) : null}
          <dl>
            {device.rows.map((row) => (
              <div key={row.key}>
                <dt>{row.term}</dt>
                <dd>
                  {row.key === 'contact' ? (
                    <a href={`tel:${row.value.replace(/[^\d+]/g, '')}`}>{row.value}</a>
                  ) : (
                    row.value
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      <p className="plk-sign-note">{sign.legalNote}</p>
    </Root>
  );
}
