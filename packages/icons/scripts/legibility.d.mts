import type { Page } from 'playwright-core';

export interface LegibilityGoal {
  minimumDifferingShare: number;
  maximumInkShare: number;
}
export declare const legibilityGoal: Readonly<LegibilityGoal>;
export declare const legibilitySizes: ReadonlyArray<{ name: string; pixels: number }>;

/** A black-and-white rendering of one icon: 1 = ink. */
export interface MeasuredIcon {
  id: string;
  family: string;
  bits: Uint8Array;
}
export interface FamilyLegibility {
  family: string;
  count: number;
  closest: { a: string; b: string; share: number } | null;
  heaviest: { id: string; share: number };
}
export interface GoalMiss {
  kind: 'pair' | 'ink';
  ids: string[];
  family: string;
  share: number;
}

export declare function binarise(rgba: ArrayLike<number>, threshold?: number): Uint8Array;
export declare function inkShare(bits: ArrayLike<number>): number;
export declare function differingShare(a: ArrayLike<number>, b: ArrayLike<number>): number;
export declare function measureFamilies(icons: readonly MeasuredIcon[]): FamilyLegibility[];
export declare function goalMisses(icons: readonly MeasuredIcon[], goal?: LegibilityGoal): GoalMiss[];
export declare function percent(share: number): string;
export declare function renderIconPixels(
  page: Page,
  svgs: ReadonlyArray<{ id: string; svg: string }>,
  pixels: number,
): Promise<Array<{ id: string; rgba: number[] }>>;
