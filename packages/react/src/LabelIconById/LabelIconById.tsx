import { getLabelIcon } from '@privacy-label-kit/icons/map';
import type { LabelId } from '@privacy-label-kit/schema/core';
import { LabelIcon, type LabelIconProps } from '../LabelIcon/LabelIcon.js';

export interface LabelIconByIdProps extends Omit<LabelIconProps, 'icon'> {
  /** A label id such as 'collected-items'; an unknown id throws, listing the known ones. */
  id: LabelId;
}

/**
 * `LabelIcon` looked up by label id. It imports every icon (the id → icon map), so it lives in its own entry point,
 * `@privacy-label-kit/react/by-id`; the main entry's `LabelIcon` takes one icon's data and pulls in nothing else.
 */
export function LabelIconById({ id, ...rest }: LabelIconByIdProps) {
  return <LabelIcon icon={getLabelIcon(id)} {...rest} />;
}
