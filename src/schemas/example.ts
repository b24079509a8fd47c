/** The kinds of invented example a lesson can show; each has a label `example.<kind>`. */
export const EXAMPLE_KINDS = ['post', 'chat', 'headline', 'article', 'profile', 'message'] as const;
export type ExampleKind = (typeof EXAMPLE_KINDS)[number];

/** Why a kind cannot be shown, naming the page that asks for it; undefined when it can. */
export function exampleKindError(kind: string, file: string): string | undefined {
  if ((EXAMPLE_KINDS as readonly string[]).includes(kind)) return undefined;
  return `${file}: <InventedExample kind="${kind}"> is not a kind of example. Use one of: ${EXAMPLE_KINDS.join(', ')}.`;
}
