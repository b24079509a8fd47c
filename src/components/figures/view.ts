import type { Direction } from '../../utils/figures/geometry';
import type { figureFormats } from '../../utils/figures/format';

/** What every figure drawer needs from the page: its language's text and formats, its direction. */
export interface FigureView {
  text: (value: Readonly<Record<string, string>>) => string;
  format: ReturnType<typeof figureFormats>;
  dir: Direction;
  /** Id of the caption's title, which names the drawing for assistive technology. */
  titleId: string;
}
